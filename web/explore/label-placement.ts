// Where labels go on the canvas: pure geometry, no DOM, so that it can be reasoned about (and
// tested) apart from the page.

/** A right-to-left script's letter: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const LTR_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff]/;

/** The direction of a text by its first strong letter, as the Unicode bidi algorithm decides (P2). */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return 'rtl';
    if (LTR_LETTER.test(char)) return 'ltr';
  }
  return 'ltr';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function inside(box: Box, area: Box): boolean {
  return (
    box.x >= area.x &&
    box.y >= area.y &&
    box.x + box.width <= area.x + area.width &&
    box.y + box.height <= area.y + area.height
  );
}

/** A label asking for a place: the candidate boxes it may take, best first. */
export interface LabelRequest<T> {
  item: T;
  /** Higher goes first; a forced label is placed even over others. */
  priority: number;
  forced: boolean;
  candidates: Box[];
}

export interface Placed<T> {
  item: T;
  box: Box;
}

/**
 * Greedy placement: by priority, each label takes its first candidate box that lies wholly in
 * the area and overlaps no box already taken (nor any of `blocked`); a label with no such box is
 * left out, unless forced, when it takes its first box that lies in the area.
 */
export function placeLabels<T>(
  requests: LabelRequest<T>[],
  area: Box,
  blocked: Box[] = [],
): Placed<T>[] {
  const taken: Box[] = [...blocked];
  const placed: Placed<T>[] = [];
  const ordered = [...requests].sort(
    (a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority,
  );
  for (const request of ordered) {
    const fits = request.candidates.filter((box) => inside(box, area));
    const box =
      fits.find((candidate) => !taken.some((other) => overlaps(candidate, other))) ??
      (request.forced ? fits[0] : undefined);
    if (!box) continue;
    taken.push(box);
    placed.push({ item: request.item, box });
  }
  return placed;
}

/**
 * Where the k-th of n relationships between the same two nodes is drawn: offsets across the
 * line, centred on it (0 for a single one), in units of one label's height.
 */
export function parallelOffset(index: number, count: number): number {
  return index - (count - 1) / 2;
}
