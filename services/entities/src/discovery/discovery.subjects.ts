import {
  addressKeyOf,
  normaliseCroNumber,
  normaliseDrivingLicence,
  normaliseEmail,
  normaliseNiNumber,
  normalisePassportNumber,
  normalisePhone,
  normalisePncId,
  normaliseVrm,
  validationError,
} from '@crosslink/common';
import { normaliseOnlineAccount } from '../object/account.normalise.js';
import { normaliseBankAccount } from '../object/bank.normalise.js';
import type { SharedKind } from '../object/object.model.js';

/**
 * What a subject check can look for, how the value is normalised, and where it is stored: the
 * label, the key property and how the subject is linked to cases. Labels and properties reach
 * Cypher only from this table.
 */
export const subjectKinds = {
  PHONE: { label: 'Phone', property: 'number', link: 'SEEN_IN', normalise: (v: string, f: string) => normalisePhone(v, f) },
  VEHICLE: { label: 'Vehicle', property: 'vrm', link: 'SEEN_IN', normalise: (v: string, f: string) => normaliseVrm(v, f) },
  EMAIL_ADDRESS: { label: 'EmailAddress', property: 'address', link: 'SEEN_IN', normalise: (v: string, f: string) => normaliseEmail(v, f) },
  ONLINE_ACCOUNT: { label: 'OnlineAccount', property: 'accountKey', link: 'SEEN_IN', normalise: (v: string, f: string) => onlineAccountKey(v, f) },
  BANK_ACCOUNT: { label: 'BankAccount', property: 'accountKey', link: 'SEEN_IN', normalise: (v: string, f: string) => bankAccountKey(v, f) },
  PNC_ID: { label: 'Person', property: 'pncId', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normalisePncId(v, f, new Date()) },
  CRO_NUMBER: { label: 'Person', property: 'croNumber', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normaliseCroNumber(v, f) },
  NI_NUMBER: { label: 'Person', property: 'niNumber', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normaliseNiNumber(v, f) },
  PASSPORT: { label: 'Person', property: 'passportNumber', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normalisePassportNumber(v, f) },
  DRIVING_LICENCE: { label: 'Person', property: 'drivingLicence', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normaliseDrivingLicence(v, f) },
  // The locations service's label, read here only: an address is recorded in a case as that case's claim.
  ADDRESS: { label: 'Location', property: 'addressKey', link: 'RECORDED_IN', normalise: (v: string, f: string) => addressKeyOf(v, f) },
} as const;

export type SubjectKind = keyof typeof subjectKinds;

/** The subject kind each shared object is checked and alerted as. */
export const subjectKindOf = {
  Phone: 'PHONE',
  Vehicle: 'VEHICLE',
  EmailAddress: 'EMAIL_ADDRESS',
  OnlineAccount: 'ONLINE_ACCOUNT',
  BankAccount: 'BANK_ACCOUNT',
} as const satisfies Record<SharedKind, SubjectKind>;

export function subjectKind(value: string, field: string): SubjectKind {
  if (value in subjectKinds) return value as SubjectKind;
  throw validationError(field, `A subject is one of ${Object.keys(subjectKinds).join(', ')}`);
}

/** "platform:handle" (or "platform/handle"), e.g. "instagram:@dealer_m14", as an online account's key. */
function onlineAccountKey(value: string, field: string): string {
  const at = value.search(/[:/]/);
  if (at < 0) throw validationError(field, 'Write an online account as platform:handle, e.g. instagram:dealer_m14');
  const { platform, handle } = normaliseOnlineAccount(value.slice(0, at), value.slice(at + 1), field);
  return `${platform}:${handle}`;
}

/** A sort code and account number ("20-00-00 55779911"), or an IBAN, as a bank account's key. */
function bankAccountKey(value: string, field: string): string {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}/.test(trimmed)) return normaliseBankAccount({ iban: trimmed }, field).accountKey;
  const [sortCode = '', accountNumber = '', ...rest] = trimmed.split(/[\s/]+/);
  if (rest.length > 0) throw validationError(field, 'Write a sort code and account number, e.g. 20-00-00 55779911, or an IBAN');
  return normaliseBankAccount({ sortCode, accountNumber }, field).accountKey;
}
