/**
 * An operation joins cases of several forces under one lead force (or the hub). Participating
 * forces are explicit: each case's force joins when its case does, and the lead always takes part.
 */
export interface Operation {
  readonly id: string;
  readonly name: string;
  /** Why the cases were joined. */
  readonly reason: string;
  readonly leadForce: string;
  /** The lead force again: the force whose data the operation is, for the purpose rule. */
  readonly force: string;
  readonly participants: readonly string[];
  readonly createdAt: string;
  readonly createdBy: string;
}

/** An operation as a change sees it: with the owning force of each of its cases, one per case. */
export interface OperationForChange extends Operation {
  readonly caseForces: readonly string[];
}

/** One decision on who leads: the first (from null) when the operation was set up, then each transfer. */
export interface LeadChange {
  readonly id: string;
  readonly from: string | null;
  readonly to: string;
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

/**
 * A case's place in an operation it is joined to: the operation, and who joined the case, when and
 * why (its PART_OF). The row names no record of its own; the read audit notes the operation in it.
 */
export interface CaseOperation {
  readonly operation: Operation;
  readonly reason: string;
  readonly joinedBy: string;
  readonly joinedAt: string;
}

export interface NewOperation {
  readonly id: string;
  readonly name: string;
  readonly reason: string;
  readonly leadForce: string;
  readonly caseIds: readonly string[];
  readonly createdBy: string;
}
