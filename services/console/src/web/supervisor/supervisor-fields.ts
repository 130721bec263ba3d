import { ActionFields, type ActionRow } from '../cases/action-fields.js';

/**
 * What the supervisor's views read of an action: the actions views' fields (so the step mutations,
 * which answer with those, keep one whole record in the cache), who has it, and the forces taking
 * part in its operation (whose officers may be allocated it).
 */
export const SupervisorActionFields = `
  ${ActionFields}
  allocatedTo { username displayName team force { code name } }
  operation { id participants { code name } }
`;

export interface ForceRef {
  code: string;
  name: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface SupervisorActionRow extends Omit<ActionRow, 'operation'> {
  operation: (NonNullable<ActionRow['operation']> & { participants: ForceRef[] }) | null;
  allocatedTo: { username: string; displayName: string | null; team: string | null; force: ForceRef } | null;
}

/** The mutation that allocates an action; it answers with the whole action, so every view of it moves on. */
export const AllocateMutation = `
  mutation AllocateAction($input: AllocateActionInput!) { allocateAction(input: $input) { ${SupervisorActionFields} } }
`;

/** As many of an operation's cases and lead decisions as the board shows. */
export const OPERATION_CASES = 100;
export const LEAD_HISTORY = 50;

/**
 * What the operation board reads of an operation. Transferring the lead and adding a case answer
 * with the same (same arguments too), so the cache updates the board from the answer.
 */
export const OperationFields = `
  id name reason createdAt createdBy
  leadForce { code name }
  participants { code name }
  cases(first: ${OPERATION_CASES}) {
    edges { node { id reference title status priority classification force { code name } } }
    pageInfo { hasNextPage endCursor }
  }
  leadHistory(first: ${LEAD_HISTORY}) {
    edges { node { id from to reason by at } }
    pageInfo { hasNextPage endCursor }
  }
`;

export interface OperationCase {
  id: string;
  reference: string;
  title: string;
  status: string;
  priority: string;
  classification: string;
  force: ForceRef;
}

export interface LeadChange {
  id: string;
  from: string | null;
  to: string;
  reason: string;
  by: string;
  at: string;
}

export interface OperationDetail {
  id: string;
  name: string;
  reason: string;
  createdAt: string;
  createdBy: string;
  leadForce: ForceRef;
  participants: ForceRef[];
  cases: { edges: { node: OperationCase }[]; pageInfo: PageInfo };
  leadHistory: { edges: { node: LeadChange }[]; pageInfo: PageInfo };
}
