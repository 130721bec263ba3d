import { validationError } from '@crosslink/common';
import { matchOutcomes, type MatchOutcome } from './matching.model.js';

/** A reason for a decision, as every decision in Crosslink carries one: at most this many characters. */
export const REASON_MAX = 1000;

export interface DecideMatchInput {
  readonly personId: string;
  readonly otherId: string;
  readonly outcome: string;
  readonly reason: string;
}

/** A decision checked: its pair, the two ids in order, the outcome and the trimmed reason. */
export interface ValidDecision {
  readonly pair: string;
  readonly personIds: readonly [string, string];
  readonly outcome: MatchOutcome;
  readonly reason: string;
}

/** The pair's key: the two person ids, in order, joined by a colon. The same for either order of asking. */
export function pairKey(a: string, b: string): string {
  return (a < b ? [a, b] : [b, a]).join(':');
}

/** The two ids of a pair, in order. */
export function pairOf(a: string, b: string): readonly [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** Checks a reviewer's decision: two different people, an outcome, and a reason (trimmed, required). */
export function checkDecision(input: DecideMatchInput): ValidDecision {
  const personId = input.personId.trim();
  const otherId = input.otherId.trim();
  if (personId === '') throw validationError('input.personId', 'A person id is required');
  if (otherId === '') throw validationError('input.otherId', 'A person id is required');
  if (personId === otherId) throw validationError('input.otherId', 'A match is between two different people');
  if (!(matchOutcomes as readonly string[]).includes(input.outcome)) throw validationError('input.outcome', 'SAME or DIFFERENT');
  const reason = input.reason.trim();
  if (reason === '') throw validationError('input.reason', 'Say why: a decision on a match always carries its reason');
  if (reason.length > REASON_MAX) throw validationError('input.reason', `At most ${REASON_MAX} characters`);
  return { pair: pairKey(personId, otherId), personIds: pairOf(personId, otherId), outcome: input.outcome as MatchOutcome, reason };
}
