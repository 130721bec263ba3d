/**
 * What the Data Protection Act 2018 s.62 asks a law-enforcement processor to log: collection,
 * alteration, consultation, disclosure (with recipients), combination and erasure.
 */
export const auditOperations = ['COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE', 'COMBINATION', 'ERASURE'] as const;
export type AuditOperation = (typeof auditOperations)[number];

/** A record an event concerns, as `Label:id`, e.g. `Case:5f0c…`. */
export type AuditRecord = string;

/** An event as a service describes it, before it takes its place in the chain. */
export interface AuditEntry {
  readonly id: string;
  /** ISO-8601 instant, UTC, millisecond precision. */
  readonly at: string;
  readonly userId: string;
  readonly username: string;
  readonly force: string;
  readonly operation: AuditOperation;
  /** What was done, e.g. `Query.case` or `Mutation.recordPerson`. */
  readonly action: string;
  readonly records: readonly AuditRecord[];
  /** Forces or people the data was disclosed to, for DISCLOSURE. */
  readonly recipients: readonly string[];
  /** The justification the user gave; required for other forces' data and for exports. */
  readonly purpose: string | null;
  readonly requestId: string;
  readonly service: string;
}

/** An entry sealed into a chain: which chain, its position there and the hashes binding it to its predecessor. */
export interface AuditEvent extends AuditEntry {
  /** The chain the event belongs to: the service that wrote it (`trail` for events written before chains were per service). */
  readonly chain: string;
  /** Position in its chain, from 1. */
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}
