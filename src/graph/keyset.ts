/** How a page in either direction compares with its cursor and orders its rows. */
export function keysetDirection(backward: boolean): { past: '<' | '>'; desc: '' | ' DESC' } {
  return backward ? { past: '<', desc: ' DESC' } : { past: '>', desc: '' };
}
