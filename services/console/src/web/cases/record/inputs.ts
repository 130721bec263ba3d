import { dateOfBirthProblem, occurredAtProblem } from './dates.js';
import { checked, type Checked } from './field-errors.js';

/**
 * The inputs of the record mutations, built from a form's text: trimmed, with empty optional fields
 * left out, and checked as far as the form can before the service checks them again.
 */

export const identifierNames = ['pncId', 'croNumber', 'niNumber', 'passportNumber', 'drivingLicence'] as const;
type IdentifierName = (typeof identifierNames)[number];

export const personFields = [
  'role',
  'forenames',
  'surname',
  'dateOfBirth',
  'gender',
  'nationality',
  'vulnerabilities',
  ...identifierNames.map((n) => `identifiers.${n}`),
];
export type PersonValues = Record<'role' | 'forenames' | 'surname' | 'dateOfBirth' | 'gender' | 'nationality' | `identifiers.${IdentifierName}`, string>;
export const emptyPerson: PersonValues = {
  role: '',
  forenames: '',
  surname: '',
  dateOfBirth: '',
  gender: '',
  nationality: '',
  'identifiers.pncId': '',
  'identifiers.croNumber': '',
  'identifiers.niNumber': '',
  'identifiers.passportNumber': '',
  'identifiers.drivingLicence': '',
};
export interface PersonInput {
  caseId: string;
  role: string;
  forenames: string;
  surname: string;
  dateOfBirth?: string;
  gender?: string;
  nationality?: string;
  identifiers?: Partial<Record<IdentifierName, string>>;
  vulnerabilities?: string[];
}

export function personInput(caseId: string, values: PersonValues, vulnerabilities: readonly string[], today: Date): Checked<PersonInput> {
  const v = trimmed(values);
  const problems: Record<string, string> = {};
  if (v.role === '') problems['role'] = 'Choose the person’s role in the case.';
  if (v.forenames === '') problems['forenames'] = 'Give their forenames (as far as known).';
  if (v.surname === '') problems['surname'] = 'Give their surname.';
  const dob = v.dateOfBirth === '' ? null : dateOfBirthProblem(v.dateOfBirth, today);
  if (dob !== null) problems['dateOfBirth'] = dob;
  if (v.nationality !== '' && !/^[A-Za-z]{3}$/.test(v.nationality)) problems['nationality'] = 'A three-letter ISO 3166 code, e.g. GBR.';
  const identifiers: Partial<Record<IdentifierName, string>> = {};
  for (const name of identifierNames) if (v[`identifiers.${name}`] !== '') identifiers[name] = v[`identifiers.${name}`];
  return checked(
    {
      caseId,
      role: v.role,
      forenames: v.forenames,
      surname: v.surname,
      ...optional('dateOfBirth', v.dateOfBirth),
      ...optional('gender', v.gender),
      ...optional('nationality', v.nationality.toUpperCase()),
      ...(Object.keys(identifiers).length > 0 ? { identifiers } : {}),
      ...(vulnerabilities.length > 0 ? { vulnerabilities: [...vulnerabilities] } : {}),
    },
    problems,
  );
}

export type ObjectKind = 'phone' | 'vehicle' | 'email';
export const objectFields = ['personId', 'number', 'imei', 'vrm', 'make', 'model', 'colour', 'address'];
export type ObjectValues = Record<'personId' | 'number' | 'imei' | 'vrm' | 'make' | 'model' | 'colour' | 'address', string>;
export const emptyObject: ObjectValues = { personId: '', number: '', imei: '', vrm: '', make: '', model: '', colour: '', address: '' };
export type ObjectInput =
  | { readonly kind: 'phone'; readonly input: { caseId: string; personId?: string; number: string; imei?: string } }
  | { readonly kind: 'vehicle'; readonly input: { caseId: string; personId?: string; vrm: string; make?: string; model?: string; colour?: string } }
  | { readonly kind: 'email'; readonly input: { caseId: string; personId?: string; address: string } };

export function objectInput(caseId: string, kind: ObjectKind, values: ObjectValues): Checked<ObjectInput> {
  const v = trimmed(values);
  const problems: Record<string, string> = {};
  const owner = { caseId, ...optional('personId', v.personId) };
  switch (kind) {
    case 'phone': {
      if (v.number === '') problems['number'] = 'Give the phone number.';
      const imei = v.imei.replace(/[\s-]/g, '');
      if (imei !== '' && !isImei(imei)) problems['imei'] = 'An IMEI is 15 digits with a valid check digit.';
      return checked({ kind, input: { ...owner, number: v.number, ...optional('imei', imei) } }, problems);
    }
    case 'vehicle':
      if (v.vrm === '') problems['vrm'] = 'Give the registration mark.';
      return checked(
        { kind, input: { ...owner, vrm: v.vrm, ...optional('make', v.make), ...optional('model', v.model), ...optional('colour', v.colour) } },
        problems,
      );
    case 'email':
      if (!/^[^\s@]+@[^\s@]+$/.test(v.address))
        problems['address'] = v.address === '' ? 'Give the email address.' : 'An email address has one @, e.g. name@example.com.';
      return checked({ kind, input: { ...owner, address: v.address } }, problems);
  }
}

/** 15 digits whose last is the Luhn check digit of the others. */
export function isImei(digits: string): boolean {
  if (!/^\d{15}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const digit = Number(digits[i]);
    const doubled = i % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

export const addressFields = ['personId', 'line1', 'line2', 'town', 'postcode'];
export type AddressValues = Record<'personId' | 'line1' | 'line2' | 'town' | 'postcode', string>;
export const emptyAddress: AddressValues = { personId: '', line1: '', line2: '', town: '', postcode: '' };
export interface AddressInput {
  caseId: string;
  personId?: string;
  line1: string;
  line2?: string;
  town: string;
  postcode: string;
}

export function addressInput(caseId: string, values: AddressValues): Checked<AddressInput> {
  const v = trimmed(values);
  const problems: Record<string, string> = {};
  if (v.line1 === '') problems['line1'] = 'Give the first line of the address.';
  if (v.town === '') problems['town'] = 'Give the town.';
  if (v.postcode === '') problems['postcode'] = 'Give the postcode.';
  return checked({ caseId, ...optional('personId', v.personId), line1: v.line1, ...optional('line2', v.line2), town: v.town, postcode: v.postcode }, problems);
}

export const eventFields = ['kind', 'description', 'occurredAt'];
export type EventValues = Record<'kind' | 'description' | 'occurredAt', string>;
export const emptyEvent: EventValues = { kind: '', description: '', occurredAt: '' };
export interface EventInput {
  caseId: string;
  kind: string;
  description: string;
  occurredAt: string;
}

export function eventInput(caseId: string, values: EventValues, now: Date): Checked<EventInput> {
  const v = trimmed(values);
  const problems: Record<string, string> = {};
  if (v.kind === '') problems['kind'] = 'Choose what kind of event it was.';
  if (v.description === '') problems['description'] = 'Say what happened.';
  const when = v.occurredAt === '' ? 'Say when it happened, as far as known (a year will do).' : occurredAtProblem(v.occurredAt, now);
  if (when !== null) problems['occurredAt'] = when;
  return checked({ caseId, kind: v.kind, description: v.description, occurredAt: v.occurredAt }, problems);
}

function trimmed<V extends Record<string, string>>(values: V): V {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])) as V;
}

function optional<K extends string>(key: K, value: string): { [P in K]?: string } {
  return (value === '' ? {} : { [key]: value }) as { [P in K]?: string };
}
