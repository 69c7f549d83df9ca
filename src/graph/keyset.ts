/** How a page in either direction compares with its cursor and orders its rows. */
export function keysetDirection(backward: boolean): { past: '<' | '>'; desc: '' | ' DESC' } {
  return backward ? { past: '<', desc: ' DESC' } : { past: '>', desc: '' };
}

/**
 * Where a first page of relationships starts, as a cursor id before every id in the page's
 * direction (ids are ASCII). With it, a page's statement tests a cursor whether or not it has
 * one, so it is one statement text, planned once.
 */
export const firstPageFrom = (backward: boolean): string => (backward ? '\uffff' : '');
