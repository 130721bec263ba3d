import type { MatchOutcome as SchemaMatchOutcome, MatchReasonKind as SchemaMatchReasonKind } from '../generated/schema-types.js';
import { everyValueOf } from '../shared/enum-values.js';

/**
 * The review queue of match suggestions: pairs of person records that may be one person recorded
 * twice (by two forces, or twice by one), each with the reasons, and a reviewer's decision on it.
 */

/** What a person record says that matching compares. */
export interface PersonRecord {
  readonly forenames: string | null;
  readonly surname: string | null;
  /** As recorded: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly dateOfBirth: string | null;
}

/** A person as a suggestion shows them: the viewer may see them. */
export interface MatchPerson extends PersonRecord {
  readonly id: string;
  /** Forces of the cases the viewer may see that record them, in order. */
  readonly forces: readonly string[];
  /** True when the viewer sees them only through other forces' cases. */
  readonly foreign: boolean;
}

/** Identifiers two people may both hold, as recorded in cases the viewer may see. */
export const identifierKinds = ['PHONE', 'EMAIL', 'VEHICLE', 'ADDRESS'] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

/** How many of each kind of identifier two people both hold. */
export type SharedIdentifiers = Readonly<Record<IdentifierKind, number>>;

export const nothingShared: SharedIdentifiers = { PHONE: 0, EMAIL: 0, VEHICLE: 0, ADDRESS: 0 };

/** Why two records may be one person: the schema's MatchReasonKind. */
export type MatchReasonKind = SchemaMatchReasonKind;

export interface MatchReason {
  readonly kind: MatchReasonKind;
  /** In words, for the reviewer: "Smith and Smtih differ by one slip". */
  readonly detail: string;
  /** What the reason counts for in the score (see match.score.ts). */
  readonly weight: number;
}

export interface MatchScore {
  /** 0 to 1: how alike the two records are. */
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

export type MatchOutcome = SchemaMatchOutcome;
export const matchOutcomes = everyValueOf<MatchOutcome>()(['SAME', 'DIFFERENT']);

/** A reviewer's decision on a pair: one per pair, replaced when the pair is decided again. */
export interface MatchDecision {
  readonly id: string;
  readonly outcome: MatchOutcome;
  readonly reason: string;
  /** Username of the reviewer. */
  readonly decidedBy: string;
  /** Force of the reviewer: their reason is that force's words. */
  readonly force: string;
  readonly decidedAt: string;
}

export interface MatchSuggestion extends MatchScore {
  /** The pair's key: the two person ids, in order, joined by a colon. */
  readonly id: string;
  /** The two people, in id order. */
  readonly people: readonly [MatchPerson, MatchPerson];
  /** Null while open. */
  readonly decision: MatchDecision | null;
}
