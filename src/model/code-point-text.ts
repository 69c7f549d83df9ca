/**
 * Evidence offsets count Unicode code points of the NFC-normalised source text, end exclusive, so
 * they mean the same in every language runtime (JavaScript strings count UTF-16 units instead).
 */
export class CodePointText {
  private readonly points: string[];

  constructor(readonly text: string) {
    this.points = Array.from(text);
  }

  get length(): number {
    return this.points.length;
  }

  /** The text between two code-point offsets, end exclusive. */
  slice(start: number, end: number): string {
    return this.points.slice(start, end).join('');
  }

  /** Code-point offsets of every occurrence of `quote`. */
  find(quote: string): Array<{ start: number; end: number }> {
    const found: Array<{ start: number; end: number }> = [];
    const length = Array.from(quote).length;
    let from = 0;
    for (;;) {
      const unit = this.text.indexOf(quote, from);
      if (unit < 0) return found;
      const start = Array.from(this.text.slice(0, unit)).length;
      found.push({ start, end: start + length });
      from = unit + 1;
    }
  }

  /** Up to `width` code points either side of a span, with ellipses where the text goes on. */
  context(start: number, end: number, width: number): string {
    const from = Math.max(0, start - width);
    const to = Math.min(this.points.length, end + width);
    const body = this.slice(from, to).replace(/\s+/g, ' ').trim();
    return `${from > 0 ? '…' : ''}${body}${to < this.points.length ? '…' : ''}`;
  }
}
