import type { BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';

/** The error a mutation's answer carries when its change stands but the rest of its answer could not be audited. */
export const UNAUDITED_ANSWER_MESSAGE =
  'The change was made and is in the audit trail, but its answer could not be audited, so only the ids of what it wrote are returned: read it back rather than repeating the change';

/**
 * For a mutation whose answer cannot be audited once its change has committed. The change stands
 * (its own audit event committed with it), so the answer must not say it failed: it keeps, of each
 * root field that answered, the ids at the top of its answer — the records the write's event names,
 * e.g. `createCase { case { id } }` or `recordPerson { person { id } }` — and drops everything else,
 * with an AUDIT_UNAVAILABLE error that says the change was made (`changeMade: true`). It is not
 * marked retryable: repeating the mutation would repeat the change.
 */
export function keepWhatWasWritten(request: GraphQLRequestContextWillSendResponse<BaseContext>): void {
  if (request.response.body.kind !== 'single') return;
  const result = request.response.body.singleResult;
  const data = Object.fromEntries(Object.entries(result.data ?? {}).map(([field, value]) => [field, idsOf(value, 1)]));
  result.data = data;
  result.errors = [...(result.errors ?? []), { message: UNAUDITED_ANSWER_MESSAGE, extensions: { code: 'AUDIT_UNAVAILABLE', changeMade: true } }];
  delete result.extensions;
}

/** `id` and `__typename` of a value, and of the objects directly under it (`depth` levels), nothing else. */
function idsOf(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) return value.map((item) => idsOf(item, depth));
  const kept: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'id' || key === '__typename') && typeof child === 'string') kept[key] = child;
    else if (depth > 0 && child !== null && typeof child === 'object') {
      const nested = idsOf(child, depth - 1) as Record<string, unknown> | unknown[] | null;
      if (nested !== null && (Array.isArray(nested) || Object.keys(nested).length > 0)) kept[key] = nested;
    }
  }
  return kept;
}
