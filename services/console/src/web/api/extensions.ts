import { mapExchange, type Exchange } from 'urql';

/**
 * Keeps an answer's `extensions` (the gateway's `withheld`: how many records of other forces a list
 * left out) through the normalised cache, which keeps data only. The inner exchange notes the
 * extensions of each answer from the network by operation; the outer one puts them back on what the
 * cache hands the view, until an answer without them replaces them.
 */
export function keptExtensions(): { outer: Exchange; inner: Exchange } {
  const kept = new Map<number, Record<string, unknown>>();
  return {
    inner: mapExchange({
      onResult(result) {
        if (result.extensions !== undefined && Object.keys(result.extensions).length > 0) kept.set(result.operation.key, result.extensions);
        else kept.delete(result.operation.key);
        return result;
      },
    }),
    outer: mapExchange({
      onResult(result) {
        const extensions = kept.get(result.operation.key);
        const own = result.extensions !== undefined && Object.keys(result.extensions).length > 0;
        return extensions !== undefined && !own ? { ...result, extensions } : result;
      },
    }),
  };
}
