import { forceCodePattern, singleLine, validationError } from '@crosslink/common';
import { caveatList, distinctSorted, forceCode, optionalText, requiredText } from '../shared/validate.js';
import type { Classification, CrimeType, NewCase, Priority } from './case.model.js';

export interface CreateCaseInput {
  readonly title: string;
  readonly summary?: string | null;
  readonly force?: string | null;
  /** REFERRED or OPEN (the default). */
  readonly status?: string | null;
  readonly crimeTypes?: readonly CrimeType[] | null;
  readonly priority?: Priority | null;
  readonly classification?: Classification | null;
  readonly caveats?: readonly string[] | null;
  /** Makes a retry safe: see shared/idempotency.ts. */
  readonly idempotencyKey?: string | null;
}

export interface UpdateCaseInput {
  readonly caseId: string;
  readonly title?: string | null;
  readonly summary?: string | null;
  readonly crimeTypes?: readonly CrimeType[] | null;
  readonly priority?: Priority | null;
  readonly classification?: Classification | null;
  readonly caveats?: readonly string[] | null;
  readonly reason?: string | null;
}

/** What an update sets; absent keys are left as they are. `summary: null` clears the summary. */
export interface CaseUpdate {
  readonly title?: string;
  readonly summary?: string | null;
  readonly crimeTypes?: readonly CrimeType[];
  readonly priority?: Priority;
  readonly classification?: Classification;
  readonly caveats?: readonly string[];
}

const TITLE_MAX = 200;
const SUMMARY_MAX = 4000;

/** Trims and checks a new case; the force defaults to the creator's own, the officer in charge to the creator. */
export function validateNewCase(input: CreateCaseInput, defaultForce: string, creator = 'unknown'): NewCase {
  const title = singleLine(requiredText(input.title, 'input.title', TITLE_MAX), 'input.title');
  const summary = optionalText(input.summary, 'input.summary', SUMMARY_MAX);
  const force = input.force?.trim() ? forceCode(input.force, 'input.force') : defaultForce;
  // The default comes from the token; it is checked too rather than trusted to be well formed.
  if (!forceCodePattern.test(force)) throw validationError('input.force', 'A force code is 2-12 letters or digits, e.g. GMP');
  const status = input.status ?? 'OPEN';
  if (status !== 'OPEN' && status !== 'REFERRED') throw validationError('input.status', 'A new case is OPEN or REFERRED');
  return {
    title,
    summary,
    force,
    status,
    crimeTypes: distinctSorted(input.crimeTypes ?? []),
    priority: input.priority ?? 'MEDIUM',
    classification: input.classification ?? 'OFFICIAL',
    caveats: caveatList(input.caveats ?? [], 'input.caveats'),
    officerInCharge: creator,
  };
}

/** Trims and checks an update; a field left out (or null, except summary) stays as it is. */
export function validateCaseUpdate(input: UpdateCaseInput): CaseUpdate {
  const update: { -readonly [K in keyof CaseUpdate]: CaseUpdate[K] } = {};
  if (input.title != null) update.title = singleLine(requiredText(input.title, 'input.title', TITLE_MAX), 'input.title');
  if (input.summary !== undefined) update.summary = optionalText(input.summary, 'input.summary', SUMMARY_MAX);
  if (input.crimeTypes != null) update.crimeTypes = distinctSorted(input.crimeTypes);
  if (input.priority != null) update.priority = input.priority;
  if (input.classification != null) update.classification = input.classification;
  if (input.caveats != null) update.caveats = caveatList(input.caveats, 'input.caveats');
  if (Object.keys(update).length === 0) throw validationError('input', 'Give at least one field to change');
  return update;
}
