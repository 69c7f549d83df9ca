import { nameTokens, normalizeName } from '../name-normalize';

describe('normalizeName', () => {
  it('drops Arabic diacritics and tatweel', () => {
    expect(normalizeName('زِيلِينْسْكِي')).toBe('زيلينسكي');
    expect(normalizeName('ترـــمب')).toBe('ترمب');
  });

  it('folds every form of alef and hamza, taa marbuta and alif maqsura', () => {
    expect(normalizeName('أوميروف')).toBe(normalizeName('اوميروف'));
    expect(normalizeName('إيغور')).toBe('ايغور');
    expect(normalizeName('آمال')).toBe('امال');
    expect(normalizeName('مؤتمر')).toBe('موتمر');
    expect(normalizeName('هيئة')).toBe('هييه');
    expect(normalizeName('مصطفى')).toBe('مصطفي');
    expect(normalizeName('ٱلقرم')).toBe('القرم');
  });

  it('drops Latin accents and case, and folds ё', () => {
    expect(normalizeName('Zelenskýy')).toBe('zelenskyy');
    expect(normalizeName('Kostioukov, Igor')).toBe('kostioukov igor');
    expect(normalizeName('Пётр')).toBe('петр');
    expect(normalizeName('ДОНАЛЬД Трамп')).toBe('дональд трамп');
  });

  it('splits into words on punctuation of any script', () => {
    expect(nameTokens('وكالة «تاس»')).toEqual(['وكاله', 'تاس']);
    expect(nameTokens('  ')).toEqual([]);
  });
});
