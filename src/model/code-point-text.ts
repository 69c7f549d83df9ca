/**
 * Evidence offsets count Unicode code points of the NFC-normalised source text, end exclusive, so
 * they mean the same in every language runtime. JavaScript strings, the browser's selections and
 * some annotation tools count UTF-16 units instead, which differ from code points after any
 * character outside the Basic Multilingual Plane (an emoji, 𝔸): every conversion goes through
 * here, on the server, in the drafter and in the curation page alike.
 */
export class CodePointText {
  // The code point at each UTF-16 offset and the other way, built on first use; null when the
  // text has no surrogate pair, so that the two counts are the same.
  private tables: { toPoint: Uint32Array; toUnit: Uint32Array } | null | undefined;
  readonly length: number;

  constructor(readonly text: string) {
    let pairs = 0;
    for (let unit = 0; unit < text.length; unit++) {
      const code = text.charCodeAt(unit);
      if (code >= 0xd800 && code <= 0xdbff) pairs++;
    }
    this.length = text.length - pairs;
    if (pairs === 0) this.tables = null;
  }

  /** The code point offset of a UTF-16 offset; the middle of a pair counts as the pair's start. */
  point(unit: number): number {
    const tables = this.table();
    return tables ? tables.toPoint[unit] : unit;
  }

  /** The UTF-16 offset of a code point offset. */
  unit(point: number): number {
    const tables = this.table();
    return tables ? tables.toUnit[point] : point;
  }

  /** Whether a UTF-16 offset falls between characters, not inside a pair. */
  isBoundary(unit: number): boolean {
    return unit >= 0 && unit <= this.text.length && this.unit(this.point(unit)) === unit;
  }

  /** The text between two code-point offsets, end exclusive. */
  slice(start: number, end: number): string {
    return this.text.slice(this.unit(start), this.unit(end));
  }

  /** Code-point offsets of every occurrence of `quote`. */
  find(quote: string): Array<{ start: number; end: number }> {
    const found: Array<{ start: number; end: number }> = [];
    for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1))
      found.push({ start: this.point(at), end: this.point(at + quote.length) });
    return found;
  }

  /** Up to `width` code points either side of a span, with ellipses where the text goes on. */
  context(start: number, end: number, width: number): string {
    const from = Math.max(0, start - width);
    const to = Math.min(this.length, end + width);
    const body = this.slice(from, to).replace(/\s+/g, ' ').trim();
    return `${from > 0 ? '…' : ''}${body}${to < this.length ? '…' : ''}`;
  }

  private table(): { toPoint: Uint32Array; toUnit: Uint32Array } | null {
    if (this.tables !== undefined) return this.tables;
    const toPoint = new Uint32Array(this.text.length + 1);
    const toUnit = new Uint32Array(this.length + 1);
    let point = 0;
    for (let unit = 0; unit < this.text.length; point++) {
      toUnit[point] = unit;
      toPoint[unit] = point;
      const width = (this.text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
      if (width === 2) toPoint[unit + 1] = point;
      unit += width;
    }
    toPoint[this.text.length] = point;
    toUnit[point] = this.text.length;
    this.tables = { toPoint, toUnit };
    return this.tables;
  }
}
