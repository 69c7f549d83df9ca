import { CodePointText } from '../code-point-text';

describe('CodePointText', () => {
  it('counts code points, not UTF-16 units', () => {
    const text = new CodePointText('a𝐀b مرحبا');
    expect(text.length).toBe(9);
    expect(text.slice(2, 3)).toBe('b');
    expect(text.find('مرحبا')).toEqual([{ start: 4, end: 9 }]);
  });

  it('finds every occurrence and gives a short context', () => {
    const text = new CodePointText('one two one two one');
    expect(text.find('one').map((f) => f.start)).toEqual([0, 8, 16]);
    expect(text.context(8, 11, 4)).toBe('…two one two…');
  });
});
