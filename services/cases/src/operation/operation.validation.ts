import { singleLine, validationError } from '@crosslink/common';
import { forceCode, REASON_MAX, requiredText } from '../shared/validate.js';

export interface CreateOperationInput {
  readonly name: string;
  readonly caseIds: readonly string[];
  /** Defaults to the creator's force. */
  readonly leadForce?: string | null;
  readonly reason: string;
  /** Makes a retry safe: see shared/idempotency.ts. */
  readonly idempotencyKey?: string | null;
}

export interface ValidOperation {
  readonly name: string;
  readonly caseIds: readonly string[];
  readonly leadForce: string;
  readonly reason: string;
}

const NAME_MAX = 120;
/** An operation is set up from a handful of linked cases; more join one by one. */
export const MAX_CASES_AT_CREATION = 50;

export function validateNewOperation(input: CreateOperationInput, defaultLead: string): ValidOperation {
  const name = singleLine(requiredText(input.name, 'input.name', NAME_MAX), 'input.name');
  const caseIds = [...new Set(input.caseIds.map((id) => id.trim()))];
  if (caseIds.length === 0) throw validationError('input.caseIds', 'An operation joins at least one case');
  if (caseIds.length > MAX_CASES_AT_CREATION) {
    throw validationError('input.caseIds', `At most ${MAX_CASES_AT_CREATION} cases at creation; add more afterwards`);
  }
  const leadForce = input.leadForce?.trim() ? forceCode(input.leadForce, 'input.leadForce') : defaultLead;
  return { name, caseIds, leadForce, reason: reason(input.reason) };
}

/** Decisions on operations always carry their reason. */
export function reason(value: string | null | undefined): string {
  return requiredText(value ?? '', 'input.reason', REASON_MAX);
}
