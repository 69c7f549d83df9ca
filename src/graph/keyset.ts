/** How a page in either direction compares with its cursor and orders its rows. */
export function keysetDirection(backward: boolean): { past: '<' | '>'; desc: '' | ' DESC' } {
  return backward ? { past: '<', desc: ' DESC' } : { past: '>', desc: '' };
}

/**
 * The rows past a cursor's (key, id) pair, as an index range: the key's bound first, so that an
 * index on (key, id) seeks to it. `past` compares keys, `idPast` ids (they differ when keys are
 * read largest first and ids still ascending).
 */
export function seekPast(key: string, id: string, past: '<' | '>', idPast = past): string {
  return `${key} ${past}= $fromKey AND (${key} ${past} $fromKey OR ${id} ${idPast} $fromId)`;
}

/**
 * Where a first page of relationships starts, as a cursor id before every id in the page's
 * direction (ids are ASCII). With it, a page's statement tests a cursor whether or not it has
 * one, so it is one statement text, planned once.
 */
export const firstPageFrom = (backward: boolean): string => (backward ? '\uffff' : '');
