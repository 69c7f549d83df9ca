import 'reflect-metadata';
import { knownFrom } from '../../src/graph/queries/known.repository';
import { instantArg } from '../../src/api/history/known.resolver';

const statement = (props: Record<string, unknown> | null, more: object = {}) =>
  JSON.stringify({ family: 'node', props, aliases: [], aliasBases: [], evidence: [], ...more });

const row = (said: Array<[string, string]>, stored: Record<string, unknown> = {}) => ({
  id: 'person:x',
  labels: ['Person', 'Node', 'Entity'],
  type: null,
  from: null,
  to: null,
  stored,
  retracted: false,
  said,
});

describe('an item as known at an instant', () => {
  it('merges the statements current then in the order they were added, a later one winning', () => {
    const known = knownFrom(
      row([
        [
          'a@1',
          statement({ name_en: 'X', title_en: 'Envoy' }, { aliases: ['Ex'], evidence: ['e1'] }),
        ],
        [
          'b@3',
          statement(
            { title_en: 'Minister', note: null },
            { aliases: ['Ex', 'Xe'], evidence: ['e2', 'e1'] },
          ),
        ],
      ]),
    );
    expect(known).toEqual({
      id: 'person:x',
      labels: ['Entity', 'Node', 'Person'],
      type: null,
      from: null,
      to: null,
      props: { name_en: 'X', title_en: 'Minister' },
      aliases: ['Ex', 'Xe'],
      evidence: ['e1', 'e2'],
      statedBy: ['a@1', 'b@3'],
      retractedNow: false,
    });
  });

  it('takes a property a later statement clears as gone', () => {
    const known = knownFrom(
      row([
        ['a@1', statement({ extent: 'all' })],
        ['a@2', statement({ extent: null })],
      ]),
    );
    expect(known.props).toEqual({});
  });

  it('keeps what the store holds of an item every statement then only referred to', () => {
    const known = knownFrom(
      row([['a@1', statement(null)]], {
        id: 'person:x',
        name_en: 'X',
        searchText: 'x',
        aliases: ['Ex'],
      }),
    );
    expect(known.props).toEqual({ name_en: 'X' });
  });
});

describe('the instant an `at` argument names', () => {
  it('reads an instant with its zone in UTC, and a calendar day as its end', () => {
    expect(instantArg('2026-02-04T12:00:00+02:00')).toBe('2026-02-04T10:00:00.000Z');
    expect(instantArg('2026-02-04T12:00Z')).toBe('2026-02-04T12:00:00.000Z');
    expect(instantArg('2026-02-04')).toBe('2026-02-04T23:59:59.999Z');
  });

  it('refuses anything else with BAD_USER_INPUT', () => {
    for (const at of ['2026-02-04T12:00:00', '2026-02-30', '2026-02-30T00:00:00Z', '', 'now'])
      expect(() => instantArg(at)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
