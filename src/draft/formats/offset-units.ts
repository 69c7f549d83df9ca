/**
 * Offsets as annotation formats count them. Parley counts code points of the NFC text; brat
 * (Python strings) counts code points too; JavaScript tools (Hypothesis and others writing W3C
 * Web Annotations) count UTF-16 code units. The two differ after any character outside the Basic
 * Multilingual Plane, so every import and export names its unit and converts. Pure.
 */
export type OffsetUnit = 'code-points' | 'utf16';
export const OFFSET_UNITS: readonly OffsetUnit[] = ['code-points', 'utf16'];

/** A text with conversions between code points and UTF-16 code units. */
export class OffsetText {
  private readonly unitOfPoint: number[] = [];
  private readonly pointOfUnit: Int32Array;

  constructor(readonly text: string) {
    this.pointOfUnit = new Int32Array(text.length + 1).fill(-1);
    let unit = 0;
    for (const character of text) {
      this.pointOfUnit[unit] = this.unitOfPoint.length;
      this.unitOfPoint.push(unit);
      unit += character.length;
    }
    this.pointOfUnit[unit] = this.unitOfPoint.length;
    this.unitOfPoint.push(unit);
  }

  /** Code points in the text. */
  get length(): number {
    return this.unitOfPoint.length - 1;
  }

  /** A code-point offset from an offset in `unit`; null when it is not one (inside a pair). */
  toPoint(offset: number, unit: OffsetUnit): number | null {
    if (!Number.isInteger(offset) || offset < 0) return null;
    if (unit === 'code-points') return offset <= this.length ? offset : null;
    if (offset > this.text.length) return null;
    const point = this.pointOfUnit[offset];
    return point < 0 ? null : point;
  }

  /** An offset in `unit` from a code-point offset. */
  fromPoint(point: number, unit: OffsetUnit): number {
    return unit === 'code-points' ? point : this.unitOfPoint[point];
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.unitOfPoint[start], this.unitOfPoint[end]);
  }

  /** Code-point offsets of every occurrence of a quote. */
  find(quote: string): number[] {
    const found: number[] = [];
    for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1))
      found.push(this.pointOfUnit[at]);
    return found;
  }
}
