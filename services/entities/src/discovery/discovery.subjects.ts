import { validationError } from '@crosslink/common';
import { normaliseEmail } from '../object/email.normalise.js';
import { normalisePhone } from '../object/phone.normalise.js';
import { normaliseVrm } from '../object/vehicle.normalise.js';
import { normaliseCroNumber, normaliseDrivingLicence, normaliseNiNumber, normalisePassportNumber, normalisePncId } from '../person/identifiers.normalise.js';

/**
 * What a subject check can look for, how the value is normalised, and where it is stored: the
 * label, the key property and how the subject is linked to cases. Labels and properties reach
 * Cypher only from this table.
 */
export const subjectKinds = {
  PHONE: { label: 'Phone', property: 'number', link: 'SEEN_IN', normalise: (v: string, f: string) => normalisePhone(v, f) },
  VEHICLE: { label: 'Vehicle', property: 'vrm', link: 'SEEN_IN', normalise: (v: string, f: string) => normaliseVrm(v, f) },
  EMAIL_ADDRESS: { label: 'EmailAddress', property: 'address', link: 'SEEN_IN', normalise: (v: string, f: string) => normaliseEmail(v, f) },
  PNC_ID: { label: 'Person', property: 'pncId', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normalisePncId(v, f, new Date()) },
  CRO_NUMBER: { label: 'Person', property: 'croNumber', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normaliseCroNumber(v, f) },
  NI_NUMBER: { label: 'Person', property: 'niNumber', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normaliseNiNumber(v, f) },
  PASSPORT: { label: 'Person', property: 'passportNumber', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normalisePassportNumber(v, f) },
  DRIVING_LICENCE: { label: 'Person', property: 'drivingLicence', link: 'INVOLVED_IN', normalise: (v: string, f: string) => normaliseDrivingLicence(v, f) },
} as const;

export type SubjectKind = keyof typeof subjectKinds;

export function subjectKind(value: string, field: string): SubjectKind {
  if (value in subjectKinds) return value as SubjectKind;
  throw validationError(field, `A subject is one of ${Object.keys(subjectKinds).join(', ')}`);
}
