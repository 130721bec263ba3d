/**
 * References to records another subgraph resolves, as resolvers return them. A case reference may
 * carry its force: it is never sent (the gateway sends only the key), but the read audit judges the
 * reference as it judges the case.
 */
export function caseRef(id: string, force?: string): { readonly __typename: 'Case'; readonly id: string; readonly force?: string } {
  return force === undefined ? { __typename: 'Case', id } : { __typename: 'Case', id, force };
}

export function forceRef(code: string): { readonly __typename: 'Force'; readonly code: string } {
  return { __typename: 'Force', code };
}
