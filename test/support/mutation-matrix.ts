// What the access matrix's writes are made of: the writers (reach × role × clearance × caveat), the
// fixtures and builders the mutations act on, the shape of a mutation's spec, and who sees the subject.
// The specs themselves, one per mutation of the API, are in mutation-specs.ts.
import { actionRoles, type Action, type AuditOperation } from '@crosslink/common';

export type Clearance = 'OFFICIAL' | 'SECRET' | 'TOP_SECRET';

/** How a writer reaches the subject case: GMP owns it, MPS was shared it, MERPOL takes part in its operation. */
export type Reach = 'own' | 'shared' | 'operation' | 'other' | 'hub' | 'hubDetective';

export const reachForce: Record<Reach, string> = { own: 'GMP', shared: 'MPS', operation: 'MERPOL', other: 'WMP', hub: 'NCA', hubDetective: 'NCA' };

export interface Writer {
  readonly name: string;
  readonly reach: Reach;
  readonly role: 'detective' | 'analyst' | 'supervisor';
  readonly clearance: Clearance;
  readonly caveat: boolean;
  token: string;
}

/**
 * What the beforeAll builds through the API. `subject` is a GMP case classified SECRET with the
 * SENSITIVE caveat, shared with MPS and joined to `operation` (led by MERPOL); `person` and
 * `associate` are suspects in it, `victim` an adult victim; `action` waits for allocation,
 * `allocated` is allocated to supervisor.gmp, and `referral` has no decision yet.
 */
export interface Fixtures {
  readonly subject: string;
  readonly person: string;
  readonly associate: string;
  readonly victim: string;
  readonly operation: string;
  readonly action: string;
  readonly allocated: string;
  readonly referral: string;
  /** A hit given to detective.wmp (none of the matrix's writers) on a GMP case like the subject. */
  readonly hit: string;
  /** detective.wmp's pending request for a GMP case like the subject. */
  readonly accessRequest: string;
  readonly suffix: string;
}

/** Builds a target of its own for an attempt that should succeed and would change shared state. */
export interface Builders {
  /** A GMP case like the subject (SECRET, SENSITIVE, shared with MPS, in the MERPOL-led operation). */
  subjectLike(): Promise<string>;
  /** A GMP case like the subject, shared with BTP. */
  sharedWithBtp(): Promise<string>;
  /** An operation led by MERPOL over a case of its own. */
  operationLedByMerpol(): Promise<string>;
  /** An action on the subject at a step of its lifecycle, allocated to `officer` when allocated. */
  action(status: 'FOR_ALLOCATION' | 'ALLOCATED' | 'COMPLETED' | 'RESULTED', officer?: { username: string; force: string }): Promise<string>;
  /** A referral of the victim without decisions. */
  referral(): Promise<string>;
  /** A referral of the victim with a positive Reasonable Grounds decision. */
  decidedReferral(): Promise<string>;
  /** detective.wmp's pending request for a fresh GMP case like the subject. */
  accessRequest(): Promise<string>;
}

export interface MutationSpec {
  /** The root field. */
  readonly field: string;
  /** The authz action its service asserts: the roles that may make it come from the registry. */
  readonly action: Action;
  /** The DPA operation of the event its write leaves. */
  readonly operation: AuditOperation;
  readonly text: string;
  /** Beyond the role: whether this writer may make it (sight of the subject, remit). */
  readonly allowed: (w: Writer) => boolean;
  /** The codes a refusal may carry; all of them say nothing of the subject. */
  readonly codes: readonly string[];
  readonly variables: (f: Fixtures, w: Writer, own: string | undefined) => Record<string, unknown>;
  /** For mutations that move a record along (or would collide with another attempt): a target per successful attempt. */
  readonly fresh?: (b: Builders, w: Writer) => Promise<string>;
  /** Records the write event must name, from the fixtures, the attempt's own target and the answer. */
  readonly records: (f: Fixtures, own: string | undefined, data: any) => string[];
  /** Whom the write event must name as recipients: the same for every writer, or for this writer. */
  readonly recipients?: readonly string[] | ((w: Writer) => readonly string[]);
  /** The answer holds, or the write touches, another force's data for this writer (so it needs a purpose). */
  readonly foreign: (w: Writer) => boolean;
}

/** Government Security Classification tiers in order: a clearance reaches every tier up to its own. */
export const rank: Record<Clearance, number> = { OFFICIAL: 0, SECRET: 1, TOP_SECRET: 2 };

/** Whether the writer sees the subject: reach, then SECRET and SENSITIVE. */
export function sees(w: Writer): boolean {
  const reaches = ['own', 'shared', 'operation'].includes(w.reach) || (w.reach === 'hub' && w.role !== 'detective');
  return reaches && handles(w);
}

/** Clearance reaching SECRET and the SENSITIVE caveat held: what the subject asks. */
export function handles(w: Writer): boolean {
  return rank[w.clearance] >= rank.SECRET && w.caveat;
}

export function roleMay(spec: MutationSpec, w: Writer): boolean {
  return (actionRoles[spec.action] as readonly string[]).includes(w.role);
}
