import { validationError } from '@crosslink/common';
import { forceCode, username } from '../shared/validate.js';
import type { CaseFilter, CaseStatus, CrimeType } from './case.model.js';

/** The filter as clients send it: GraphQL has already checked the enums and the DateTime scalars. */
export interface CaseFilterInput {
  readonly force?: string | null;
  readonly status?: CaseStatus | null;
  readonly crimeType?: CrimeType | null;
  readonly officer?: string | null;
  readonly openedFrom?: string | null;
  readonly openedTo?: string | null;
}

/** Normalises a case filter; nulls mean "any". An empty date range is refused rather than answered with nothing. */
export function validateCaseFilter(input: CaseFilterInput): CaseFilter {
  const filter: { -readonly [K in keyof CaseFilter]: CaseFilter[K] } = {};
  if (input.force != null) filter.force = forceCode(input.force, 'filter.force');
  if (input.status != null) filter.status = input.status;
  if (input.crimeType != null) filter.crimeType = input.crimeType;
  if (input.officer != null) filter.officer = username(input.officer, 'filter.officer');
  if (input.openedFrom != null) filter.openedFrom = input.openedFrom;
  if (input.openedTo != null) filter.openedTo = input.openedTo;
  if (filter.openedFrom !== undefined && filter.openedTo !== undefined && Date.parse(filter.openedFrom) > Date.parse(filter.openedTo)) {
    throw validationError('filter.openedTo', 'openedTo is before openedFrom');
  }
  return filter;
}
