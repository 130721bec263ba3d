import { storedDateOfBirth } from '@crosslink/common';
import { childStatus } from './child.js';
import type { Person } from './person.model.js';

export type SafeguardingReason = 'CHILD' | 'POSSIBLE_CHILD' | 'VULNERABLE' | 'NRM_VICTIM';

export interface Safeguarding {
  readonly flagged: boolean;
  readonly reasons: readonly SafeguardingReason[];
}

/**
 * Why a person needs safeguarding, today. Children always carry the flag. A partial date of birth
 * that leaves them possibly under 18 flags them too (POSSIBLE_CHILD): for safeguarding, a doubt
 * counts; a missing date of birth does not, or everyone unidentified would be flagged.
 */
export function safeguardingOf(person: Pick<Person, 'dateOfBirth' | 'vulnerabilities' | 'nrmReferred'>, today: Date): Safeguarding {
  const reasons: SafeguardingReason[] = [];
  const dob = storedDateOfBirth(person.dateOfBirth);
  const child = childStatus(dob, today);
  if (child === 'CHILD') reasons.push('CHILD');
  if (child === 'UNKNOWN' && dob !== null) reasons.push('POSSIBLE_CHILD');
  if (person.vulnerabilities.length > 0) reasons.push('VULNERABLE');
  if (person.nrmReferred) reasons.push('NRM_VICTIM');
  return { flagged: reasons.length > 0, reasons };
}
