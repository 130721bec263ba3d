import type { Principal } from './principal.js';
import { ownForceCase } from './visibility.js';

/**
 * Who may change a record, as opposed to who may see it (visibility.ts). Seeing another force's
 * record — shared with one's force, in an operation one's force takes part in, or from the hub — is
 * not the right to change it: a record is changed by its owning force's officers, or by the hub's
 * supervisors, who coordinate across forces (docs/access.md).
 */

/** A hub supervisor coordinates across forces: they may act for any force. */
export function isHubSupervisor(principal: Principal, hubForce: string): boolean {
  return principal.force === hubForce && principal.roles.has('supervisor');
}

/** Whether the principal may change records that belong to `force`. */
export function worksFor(principal: Principal, hubForce: string, force: string): boolean {
  return principal.force === force || isHubSupervisor(principal, hubForce);
}

export interface WriterParams {
  readonly writer: {
    /** The caller may change any force's records (a hub supervisor). */
    readonly anyForce: boolean;
  };
}

/** The `$writer` parameter the predicates below read. */
export function writerParams(principal: Principal, hubForce: string): WriterParams {
  return { writer: { anyForce: isHubSupervisor(principal, hubForce) } };
}

/**
 * The case (already known to be visible) may be written to by the caller: it is their force's, or
 * they act for any force. What a case holds — its people, their roles, the links asserted in it,
 * its objects and referrals — is its owning force's to record.
 */
export function caseWritable(caseVar: string): string {
  assertVariable(caseVar);
  return `(${caseVar}.force = $viewer.force OR $writer.anyForce)`;
}

/**
 * The person (already known to be visible) may be changed by the caller: their force has the person
 * in one of its own cases, or they act for any force. A person met only through other forces'
 * cases is theirs to change, not the caller's.
 */
export function personWritable(personVar: string): string {
  assertVariable(personVar);
  return `($writer.anyForce OR EXISTS { MATCH (${personVar})-[:INVOLVED_IN]->(wc:Case) WHERE ${ownForceCase('wc')} })`;
}

function assertVariable(name: string): void {
  if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new Error(`not a Cypher variable: ${name}`);
}
