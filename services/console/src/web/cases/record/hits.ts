/** A hit on entry, as the record mutations answer it (RecordPhonePayload.hits, …). */
export interface Hit {
  /** Names the hit when asking for access; null for a case the officer may see, and on a retried request's answer. */
  readonly id: string | null;
  readonly officerInCharge: string;
  readonly force: { readonly code: string; readonly name: string };
  readonly case: { readonly id: string; readonly reference: string; readonly title: string } | null;
}

/** The selection every record mutation asks of its hits. */
export const hitSelection = 'hits { id officerInCharge force { code name } case { id reference title } }';

/** One sentence on where else a value is known: how many cases, seen or known only by their force. */
export function hitsHeadline(what: string, hits: readonly Hit[]): string {
  if (hits.length === 0) return `${what} is not known in any other case.`;
  const seen = hits.filter((hit) => hit.case !== null).length;
  const hidden = hits.length - seen;
  const cases = hits.length === 1 ? 'another case' : `${hits.length} other cases`;
  if (hidden === 0) return `${what} is also in ${cases}, which you may see.`;
  const forces = [...new Set(hits.filter((hit) => hit.case === null).map((hit) => hit.force.code))].join(', ');
  const known = `known to ${forces} in ${hidden === 1 ? 'a case' : `${hidden} cases`} you may not see`;
  return seen === 0 ? `${what} is ${known}.` : `${what} is also in ${cases}: ${seen} you may see, and ${known}.`;
}
