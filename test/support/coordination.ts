// Case coordination operations and helpers the end-to-end tests share, written as a client would.
import { postGraphQL, testEnv, tokenFor } from '@crosslink/common/testing';
import { expect } from 'vitest';

/**
 * Every request states a purpose: hub users reading a force's cases must give one, and stating it
 * for one's own force's data is harmless.
 */
const PURPOSE = { 'x-crosslink-purpose': 'Crosslink end-to-end test' };

/** Runs an operation as `username` and returns `data`, failing with the errors when there are any. */
export async function gql<T = any>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await postGraphQL<T>(testEnv().gatewayUrl, query, variables, { token: await tokenFor(username), headers: PURPOSE });
  if (response.errors?.length || response.data === undefined) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** Runs an operation that must fail with exactly one error, and returns that error's extensions. */
export async function refused(username: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await postGraphQL(testEnv().gatewayUrl, query, variables, { token: await tokenFor(username), headers: PURPOSE });
  expect(response.errors, 'the operation should fail').toHaveLength(1);
  return response.errors?.[0]?.extensions ?? {};
}

/** Follows `after` cursors through a connection, `first` at a time, collecting the nodes. */
export async function collectPages<N>(
  fetch: (after: string | null) => Promise<{ edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>,
): Promise<N[][]> {
  const pages: N[][] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const page = await fetch(after);
    pages.push(page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

export const CASE_FIELDS = 'id reference status priority classification caveats crimeTypes officerInCharge openedAt closedAt';

export const CHANGE_STATUS = `mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { ${CASE_FIELDS} } }`;
export const UPDATE_CASE = `mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { ${CASE_FIELDS} } }`;
export const ASSIGN_OFFICER = `mutation ($input: AssignOfficerInput!) { assignOfficerInCharge(input: $input) { ${CASE_FIELDS} } }`;
export const CASE_HISTORY = `query ($reference: String!, $first: Int, $after: String) {
  case(reference: $reference) { history(first: $first, after: $after) { edges { node { field from to by reason at } } pageInfo { hasNextPage endCursor } } }
}`;

export const RECORD_EVENT = `mutation ($input: RecordEventInput!) { recordEvent(input: $input) { id kind occurredAt occurredFrom precision place { id } case { id } } }`;
export const TIMELINE = `query ($reference: String!, $first: Int, $after: String) {
  case(reference: $reference) { timeline(first: $first, after: $after) { edges { node { description occurredAt precision } } pageInfo { hasNextPage endCursor } } }
}`;

export const OPERATION_FIELDS = 'id name reason leadForce { code } participants { code }';
export const CREATE_OPERATION = `mutation ($input: CreateOperationInput!) { createOperation(input: $input) { ${OPERATION_FIELDS} } }`;
export const ADD_CASE = `mutation ($input: AddCaseToOperationInput!) { addCaseToOperation(input: $input) { ${OPERATION_FIELDS} } }`;
export const TRANSFER_LEAD = `mutation ($input: TransferOperationLeadInput!) { transferOperationLead(input: $input) { ${OPERATION_FIELDS} } }`;
export const OPERATION = `query ($id: ID!) {
  operation(id: $id) { ${OPERATION_FIELDS} leadHistory(first: 10) { edges { node { from to reason by at } } } cases(first: 10) { edges { node { id } } } }
}`;

export const ACTION_FIELDS =
  'id status priority dueDate overdue result allocatedTo { username force { code } } owningForce { code } case { id } operation { id }';
export const RAISE_ACTION = `mutation ($input: RaiseActionInput!) { raiseAction(input: $input) { ${ACTION_FIELDS} } }`;
export const ALLOCATE_ACTION = `mutation ($input: AllocateActionInput!) { allocateAction(input: $input) { ${ACTION_FIELDS} } }`;
export const COMPLETE_ACTION = `mutation ($input: CompleteActionInput!) { completeAction(input: $input) { ${ACTION_FIELDS} } }`;
export const RESULT_ACTION = `mutation ($input: ActionStepInput!) { resultAction(input: $input) { ${ACTION_FIELDS} } }`;
export const FILE_ACTION = `mutation ($input: ActionStepInput!) { fileAction(input: $input) { ${ACTION_FIELDS} } }`;
export const WORKLOAD = `query ($force: ID!, $first: Int, $after: String) {
  workload(force: $force, first: $first, after: $after) {
    edges { node { officer openCases openActions overdueActions byPriority { priority cases actions } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
