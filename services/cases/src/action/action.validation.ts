import { validationError } from '@crosslink/common';
import type { Priority } from '../case/case.model.js';
import { calendarDate, forceCode, requiredText, username } from '../shared/validate.js';
import type { ActionTarget } from './action.model.js';

export interface RaiseActionInput {
  readonly caseId?: string | null;
  readonly operationId?: string | null;
  readonly description: string;
  readonly priority?: Priority | null;
  readonly dueDate?: string | null;
  /** Makes a retry safe: see shared/idempotency.ts. */
  readonly idempotencyKey?: string | null;
}

export interface ValidRaise {
  readonly target: ActionTarget;
  readonly description: string;
  readonly priority: Priority;
  readonly dueDate: string | null;
}

const DESCRIPTION_MAX = 2000;
const RESULT_MAX = 4000;

/** An action is raised on exactly one case or one operation. */
export function validateRaise(input: RaiseActionInput): ValidRaise {
  const caseId = input.caseId?.trim() || null;
  const operationId = input.operationId?.trim() || null;
  if ((caseId === null) === (operationId === null)) {
    throw validationError(caseId === null ? 'input.caseId' : 'input.operationId', 'Raise an action on a case or on an operation: give exactly one');
  }
  const target: ActionTarget = caseId !== null ? { kind: 'Case', id: caseId } : { kind: 'Operation', id: operationId as string };
  return {
    target,
    description: requiredText(input.description, 'input.description', DESCRIPTION_MAX),
    priority: input.priority ?? 'MEDIUM',
    dueDate: input.dueDate == null ? null : calendarDate(input.dueDate, 'input.dueDate'),
  };
}

export function validateOfficer(officer: { username: string; force: string }): { username: string; force: string } {
  return { username: username(officer.username, 'input.officer.username'), force: forceCode(officer.force, 'input.officer.force') };
}

export function validateResult(result: string): string {
  return requiredText(result, 'input.result', RESULT_MAX);
}

const COMMENT_MAX = 2000;

export function validateComment(text: string, field: string): string {
  return requiredText(text, field, COMMENT_MAX);
}
