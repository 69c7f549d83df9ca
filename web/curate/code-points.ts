/**
 * Offsets in a text as ingest counts them: code points of its NFC form, end exclusive. The
 * browser counts UTF-16 units, which differ from code points after any character outside the
 * Basic Multilingual Plane (an emoji, a rare CJK character), so every offset the page shows or
 * writes goes through here.
 */
export class CodePoints {
  // Code point offset at each UTF-16 offset, and the other way; null when the text has no pair.
  private readonly toPoint: Uint32Array | null;
  private readonly toUnit: Uint32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.toPoint = null;
      this.toUnit = null;
      this.length = text.length;
      return;
    }
    this.toPoint = new Uint32Array(text.length + 1);
    const units: number[] = [];
    let point = 0;
    for (let unit = 0; unit < text.length; point++) {
      units.push(unit);
      const width = (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
      this.toPoint[unit] = point;
      // The middle of a pair counts as the pair's start.
      if (width === 2) this.toPoint[unit + 1] = point;
      unit += width;
    }
    this.toPoint[text.length] = point;
    units.push(text.length);
    this.toUnit = Uint32Array.from(units);
    this.length = point;
  }

  /** The code point offset of a UTF-16 offset. */
  point(unit: number): number {
    return this.toPoint ? this.toPoint[unit] : unit;
  }

  /** The UTF-16 offset of a code point offset. */
  unit(point: number): number {
    return this.toUnit ? this.toUnit[point] : point;
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.unit(start), this.unit(end));
  }
}
