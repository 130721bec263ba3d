/**
 * The order in which a national import's lanes take the forces: the indexes of `sizes` (each
 * force's bytes), largest first, ties in their given order. Started late, a large force would run on
 * alone at the end while the other lanes stand idle.
 */
export function largestFirst(sizes: readonly number[]): number[] {
  return sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}
