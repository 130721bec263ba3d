import DataLoader from 'dataloader';

/**
 * A per-request batch loader over a lookup that answers a map: all the keys asked for in one tick go
 * to one lookup (one query), and each gets its entry, or `absent` when the map has none (a record
 * unknown, or hidden from the caller). The loader caches for the request it was made in.
 */
export function loadByKeys<V, A>(lookup: (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>, absent: A): DataLoader<string, V | A> {
  return new DataLoader<string, V | A>(async (keys) => {
    const found = await lookup(keys);
    return keys.map((key) => (found.has(key) ? (found.get(key) as V) : absent));
  });
}
