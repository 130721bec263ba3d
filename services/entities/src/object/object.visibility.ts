import { caseVisible } from '@crosslink/common';

/**
 * An object is visible through a visible case it is recorded in (SEEN_IN), like a person through
 * the cases they take part in: the shared predicate, built on caseVisible.
 */
export { objectVisible } from '@crosslink/common';

/**
 * A relationship that carries the case it was asserted in (`caseId`: HAS_PHONE, USED_NUMBER,
 * KNOWS…) is shown only when that case is visible: two visible records must not reveal a link
 * that only a hidden case asserts.
 */
export function assertedInVisibleCase(relVar: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(relVar)) throw new Error(`not a Cypher variable: ${relVar}`);
  return `EXISTS { MATCH (ac:Case {id: ${relVar}.caseId}) WHERE ${caseVisible('ac')} }`;
}
