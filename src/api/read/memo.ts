/**
 * A memo of values per object and string key: kept weakly per object (a parsed document, a field
 * node), so they go when it goes, and at most `perObject` keys an object, forgotten all at once
 * when that is reached, so that an object met with ever new keys (variables) stays bounded.
 */
export function memoPerObject<O extends object, V>(perObject: number) {
  const byObject = new WeakMap<O, Map<string, V>>();
  return (object: O, key: string, make: () => V): V => {
    let known = byObject.get(object);
    if (!known) {
      known = new Map();
      byObject.set(object, known);
    }
    let value = known.get(key);
    if (value === undefined) {
      value = make();
      if (known.size >= perObject) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
