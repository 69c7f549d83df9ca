import { statedAliasProblem } from '../alias-check';

const TEXT =
  'قال الرئيس الأوكراني فولوديمير زيلينسكي إن روسيا ... وأفاد مصدر لوكالة «تاس» بأن ... شبه جزيرة القرم';

describe('a STATED alias', () => {
  it('is one the source uses as a word of its own, an Arabic proclitic allowed before it', () => {
    expect(statedAliasProblem('وكالة «تاس»', [TEXT], ['تاس'])).toBeNull();
    expect(statedAliasProblem('روسيا', [TEXT], [])).toBeNull();
  });

  it('is not one the source uses only within a longer name of the same item', () => {
    expect(statedAliasProblem('زيلينسكي', [TEXT], ['فولوديمير زيلينسكي'])).toBe('only-within');
    expect(statedAliasProblem('القرم', [TEXT], ['شبه جزيرة القرم'])).toBe('only-within');
  });

  it('is not a piece of a longer word, nor absent', () => {
    expect(statedAliasProblem('روس', [TEXT], [])).toBe('absent');
    expect(statedAliasProblem('Kyiv', [TEXT], [])).toBe('absent');
  });
});
