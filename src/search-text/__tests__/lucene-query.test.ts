import { containsQuery } from '../lucene-query';

describe('containsQuery', () => {
  it('asks for each normalised word inside some indexed word', () => {
    expect(containsQuery('Myr Zel')).toBe('searchText:*myr* AND searchText:*zel*');
    expect(containsQuery('زيلينسكي')).toBe('searchText:*زيلينسكي*');
  });

  it('lets no Lucene syntax through, and gives nothing for nothing', () => {
    expect(containsQuery('a* OR b:"x" (y) ~2')).toBe(
      'searchText:*a* AND searchText:*or* AND searchText:*b* AND searchText:*x* AND searchText:*y* AND searchText:*2*',
    );
    expect(containsQuery(' *:* ')).toBeNull();
  });
});
