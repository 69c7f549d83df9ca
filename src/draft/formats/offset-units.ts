import type { CodePointText } from '../../model/code-point-text';

/**
 * Offsets as annotation formats count them. Parley counts code points of the NFC text; brat
 * (Python strings) counts code points too; JavaScript tools (Hypothesis and others writing W3C
 * Web Annotations) count UTF-16 code units. The two differ after any character outside the Basic
 * Multilingual Plane, so every import and export names its unit and converts.
 */
export type OffsetUnit = 'code-points' | 'utf16';
export const OFFSET_UNITS: readonly OffsetUnit[] = ['code-points', 'utf16'];

/** A code-point offset from an offset in `unit`; null when it is none (past the end, in a pair). */
export function toPoint(text: CodePointText, offset: number, unit: OffsetUnit): number | null {
  if (!Number.isInteger(offset) || offset < 0) return null;
  if (unit === 'code-points') return offset <= text.length ? offset : null;
  return text.isBoundary(offset) ? text.point(offset) : null;
}

/** An offset in `unit` from a code-point offset. */
export function fromPoint(text: CodePointText, point: number, unit: OffsetUnit): number {
  return unit === 'code-points' ? point : text.unit(point);
}
