/** Whether each subgraph answers its own `/readyz`, by name, as the gateway sees it. */
export type SubgraphStatus = Record<string, 'ready' | 'unavailable'>;

/** A subgraph's readiness URL beside its GraphQL endpoint (`…/graphql` → `…/readyz`). */
export function readinessUrl(graphqlUrl: string): string {
  return new URL('/readyz', graphqlUrl).toString();
}

/**
 * Asks every subgraph whether it is ready, each within `timeoutMs`, all at once. A subgraph that is
 * down makes the gateway degraded, not unready: it still answers, with that subgraph's fields null
 * and SUBGRAPH_UNAVAILABLE, so `/readyz` reports each subgraph rather than failing as a whole.
 */
export async function subgraphStatus(urls: Record<string, string>, timeoutMs = 2000): Promise<SubgraphStatus> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const ok = await fetch(readinessUrl(url), { signal: AbortSignal.timeout(timeoutMs) })
        .then((response) => response.ok)
        .catch(() => false);
      return [name, ok ? 'ready' : 'unavailable'] as const;
    }),
  );
  return Object.fromEntries(entries);
}
