import { validationError } from '@crosslink/common';
import type { ChildStatus } from '../person/child.js';
import { nrmDecisions, type DecisionRecord, type NrmConsent, type NrmRoute, type StoredConsent } from './nrm.model.js';

/**
 * Which route a modern slavery victim takes, and the consent recorded. A child (under 18) is
 * referred without consent. Where a partial date of birth leaves them possibly a child they are
 * treated as one (Modern Slavery Act 2015 s.51 presumes age in favour of the child). An adult, or
 * someone whose age is not recorded at all, must consent to a referral; an adult who declines is
 * reported anonymously on the MS1 form instead.
 */
export function nrmRoute(
  child: ChildStatus,
  dateOfBirthKnown: boolean,
  consent: NrmConsent | null,
  field: string,
): { route: NrmRoute; consent: StoredConsent } {
  if (child === 'CHILD' || (child === 'UNKNOWN' && dateOfBirthKnown)) return { route: 'NRM', consent: 'NOT_REQUIRED' };
  if (consent === null) throw validationError(field, 'An adult must consent to an NRM referral, or decline (MS1)');
  return consent === 'CONSENTED' ? { route: 'NRM', consent } : { route: 'MS1', consent };
}

/** A YYYY-MM-DD calendar date not after today. */
export function checkDay(value: string, field: string, today: Date): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (match === null || date === null || date.toISOString().slice(0, 10) !== value.trim()) {
    throw validationError(field, 'A date is written YYYY-MM-DD');
  }
  if (date.getTime() > today.getTime()) throw validationError(field, 'The date cannot be in the future');
  return value.trim();
}

function checkDecision(input: { decision: string; date: string }, field: string, today: Date): DecisionRecord {
  if (!(nrmDecisions as readonly string[]).includes(input.decision)) throw validationError(`${field}.decision`, 'A decision is POSITIVE or NEGATIVE');
  return { decision: input.decision as DecisionRecord['decision'], date: checkDay(input.date, `${field}.date`, today) };
}

/**
 * The decisions on a referral, checked against each other: none on an MS1 (it is not a referral);
 * Reasonable Grounds on or after the referral; Conclusive Grounds only after a positive Reasonable
 * Grounds decision, and not before it.
 */
export function checkDecisions(
  route: NrmRoute,
  referralDate: string,
  reasonable: { decision: string; date: string } | null,
  conclusive: { decision: string; date: string } | null,
  fields: { reasonable: string; conclusive: string },
  today: Date,
): { reasonableGrounds: DecisionRecord | null; conclusiveGrounds: DecisionRecord | null } {
  if (route === 'MS1' && (reasonable !== null || conclusive !== null)) {
    throw validationError(reasonable !== null ? fields.reasonable : fields.conclusive, 'An MS1 notification gets no NRM decisions');
  }
  const reasonableGrounds = reasonable === null ? null : checkDecision(reasonable, fields.reasonable, today);
  const conclusiveGrounds = conclusive === null ? null : checkDecision(conclusive, fields.conclusive, today);
  if (reasonableGrounds !== null && reasonableGrounds.date < referralDate) {
    throw validationError(`${fields.reasonable}.date`, 'Reasonable Grounds are decided on or after the referral');
  }
  if (conclusiveGrounds !== null) {
    if (reasonableGrounds?.decision !== 'POSITIVE') {
      throw validationError(fields.conclusive, 'Conclusive Grounds follow a positive Reasonable Grounds decision');
    }
    if (conclusiveGrounds.date < reasonableGrounds.date) {
      throw validationError(`${fields.conclusive}.date`, 'Conclusive Grounds are decided on or after Reasonable Grounds');
    }
  }
  return { reasonableGrounds, conclusiveGrounds };
}
