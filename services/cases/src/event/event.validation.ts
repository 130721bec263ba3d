import { validationError } from '@crosslink/common';
import { requiredText } from '../shared/validate.js';
import type { EventKind } from './event.model.js';
import { isFuture, parsePartialTime, type PartialTime } from './event.time.js';

export interface RecordEventInput {
  readonly caseId: string;
  readonly kind: EventKind;
  readonly description: string;
  /** 2026, 2026-03, 2026-03-14 or an instant. */
  readonly occurredAt: string;
  readonly locationId?: string | null;
  /** Makes a retry safe: see shared/idempotency.ts. */
  readonly idempotencyKey?: string | null;
}

export interface ValidEvent {
  readonly caseId: string;
  readonly kind: EventKind;
  readonly description: string;
  readonly time: PartialTime;
  readonly locationId: string | null;
}

const DESCRIPTION_MAX = 4000;

export function validateEvent(input: RecordEventInput, now: Date): ValidEvent {
  const description = requiredText(input.description, 'input.description', DESCRIPTION_MAX);
  const time = parsePartialTime(input.occurredAt, 'input.occurredAt');
  if (isFuture(time, now)) throw validationError('input.occurredAt', 'An event cannot have happened in the future');
  const locationId = input.locationId?.trim() || null;
  return { caseId: input.caseId.trim(), kind: input.kind, description, time, locationId };
}
