import { validationError } from '@crosslink/common';
import type { NewCase } from './case.model.js';

export interface CreateCaseInput {
  readonly title: string;
  readonly summary?: string | null;
  readonly force?: string | null;
}

const TITLE_MAX = 200;
const SUMMARY_MAX = 4000;
const forceCode = /^[A-Z][A-Z0-9]{1,11}$/;

/** Trims and checks a new case; the force defaults to the creator's own. */
export function validateNewCase(input: CreateCaseInput, defaultForce: string): NewCase {
  const title = input.title.trim();
  if (title === '') throw validationError('input.title', 'A case needs a title');
  if (title.length > TITLE_MAX) throw validationError('input.title', `A title is at most ${TITLE_MAX} characters`);
  const summary = input.summary?.trim() || null;
  if (summary !== null && summary.length > SUMMARY_MAX) {
    throw validationError('input.summary', `A summary is at most ${SUMMARY_MAX} characters`);
  }
  const force = input.force?.trim().toUpperCase() || defaultForce;
  if (!forceCode.test(force)) throw validationError('input.force', 'A force code is 2-12 letters or digits, e.g. GMP');
  return { title, summary, force };
}

/** The readable, unique reference of the `sequence`-th case a force opened in `year`: GMP-2026-00042. */
export function caseReference(force: string, year: number, sequence: number): string {
  return `${force}-${year}-${String(sequence).padStart(5, '0')}`;
}
