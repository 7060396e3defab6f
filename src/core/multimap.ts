// A map of lists, appended to in place. Spreading the old list into a new one on every append
// (`map.set(k, [...(map.get(k) ?? []), v])`) costs the square of a list's length: one long report of thousands of
// facts took minutes in resolution that way.

/** Appends `values` to the list at `key`, starting one when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}

/** Adds `value` to the set at `key`, starting one when there is none. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
