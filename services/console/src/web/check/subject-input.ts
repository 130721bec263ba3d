import { SubjectCheckKind } from '../api/schema-enums.js';
import { dateOfBirthProblem } from '../cases/record/dates.js';
import { checked, type Checked } from '../cases/record/field-errors.js';

/**
 * The input of checkSubject, built from the form's text: what kind of subject, its value (or, for a
 * person, their name and date of birth) and why the officer asks, trimmed and checked as far as the
 * form can before the entities service normalises and checks it again.
 */

export interface SubjectKindChoice {
  readonly kind: SubjectCheckKind;
  /** The kind, as the form offers it. */
  readonly label: string;
  /** The value's field label (unused for PERSON). */
  readonly valueLabel: string;
  readonly hint?: string;
  readonly inputMode?: 'text' | 'tel' | 'email' | 'numeric';
}

/** How the form offers each kind the schema's SubjectCheckKind names. */
const subjectKindWords: Readonly<Record<SubjectCheckKind, Omit<SubjectKindChoice, 'kind'>>> = {
  PHONE: { label: 'Phone', valueLabel: 'Phone number', hint: 'As written, e.g. 07700 900123 or +44 7700 900123.', inputMode: 'tel' },
  VEHICLE: { label: 'Vehicle', valueLabel: 'Registration mark (VRM)', hint: 'e.g. AB12 CDE.' },
  EMAIL_ADDRESS: { label: 'Email address', valueLabel: 'Email address', inputMode: 'email' },
  ONLINE_ACCOUNT: { label: 'Online account', valueLabel: 'Platform and handle', hint: 'Written platform:handle, e.g. instagram:dealer_m14.' },
  BANK_ACCOUNT: { label: 'Bank account', valueLabel: 'Sort code and account number, or IBAN', hint: 'e.g. 20-00-00 55779911, or an IBAN.' },
  PNC_ID: { label: 'PNC ID', valueLabel: 'PNC ID', hint: 'Written YYYY/NNNNNNNA, e.g. 2008/0056560Z.' },
  CRO_NUMBER: { label: 'CRO number', valueLabel: 'CRO number', hint: 'Written NNNNNN/YYA or SF YY/NNNNNNA.' },
  NI_NUMBER: { label: 'National Insurance number', valueLabel: 'National Insurance number', hint: 'e.g. QQ 12 34 56 C.' },
  PASSPORT: { label: 'Passport', valueLabel: 'Passport number', hint: '6 to 9 letters and digits (a UK passport’s is nine digits).' },
  DRIVING_LICENCE: { label: 'Driving licence', valueLabel: 'Driving licence number', hint: '16 characters (GB) or 8 digits (Northern Ireland).' },
  ADDRESS: { label: 'Address', valueLabel: 'Address', hint: 'Its first line and postcode, after the last comma: 14 Lime Street, M1 1AE.' },
  PERSON: { label: 'Person (name and date of birth)', valueLabel: 'Person' },
};

/** Every kind the schema's SubjectCheckKind names, in the schema's order, as the form offers them. */
export const subjectKinds: readonly SubjectKindChoice[] = Object.values(SubjectCheckKind).map((kind) => ({ kind, ...subjectKindWords[kind] }));

export function kindChoice(kind: string): SubjectKindChoice | undefined {
  return subjectKinds.find((choice) => choice.kind === kind);
}

/** The form's fields by input path: a refusal naming one (`input.person.surname`) is shown beside it. */
export const subjectFields = ['kind', 'value', 'person.forenames', 'person.surname', 'person.dateOfBirth', 'reason'];

export type SubjectValues = Record<'kind' | 'value' | 'person.forenames' | 'person.surname' | 'person.dateOfBirth' | 'reason', string>;

export const emptySubject: SubjectValues = { kind: 'PHONE', value: '', 'person.forenames': '', 'person.surname': '', 'person.dateOfBirth': '', reason: '' };

export interface SubjectCheckInput {
  kind: SubjectCheckKind;
  value?: string;
  person?: { forenames: string; surname: string; dateOfBirth: string };
  reason: string;
}

/** The service's own limits on the reason (it is told to the officers in charge of hidden cases). */
export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** The checked input for a subject check, or what to fix first, by field. */
export function subjectCheckInput(values: SubjectValues, today: Date): Checked<SubjectCheckInput> {
  const v = Object.fromEntries(Object.entries(values).map(([name, text]) => [name, text.trim()])) as SubjectValues;
  const problems: Record<string, string> = {};
  const choice = kindChoice(v.kind);
  if (choice === undefined) problems['kind'] = 'Choose what kind of subject to check.';
  const reason = reasonProblem(v.reason);
  if (reason !== null) problems['reason'] = reason;

  if (choice?.kind === 'PERSON') {
    if (v['person.forenames'] === '') problems['person.forenames'] = 'Give their forenames (as far as known).';
    if (v['person.surname'] === '') problems['person.surname'] = 'Give their surname.';
    const dob =
      v['person.dateOfBirth'] === ''
        ? 'Give their date of birth, or as much of it as is known: YYYY-MM-DD, YYYY-MM or YYYY.'
        : dateOfBirthProblem(v['person.dateOfBirth'], today);
    if (dob !== null) problems['person.dateOfBirth'] = dob;
    return checked(
      { kind: 'PERSON', person: { forenames: v['person.forenames'], surname: v['person.surname'], dateOfBirth: v['person.dateOfBirth'] }, reason: v.reason },
      problems,
    );
  }
  if (choice !== undefined) {
    const value = valueProblem(choice, v.value);
    if (value !== null) problems['value'] = value;
  }
  return checked({ kind: (choice?.kind ?? v.kind) as SubjectCheckKind, value: v.value, reason: v.reason }, problems);
}

function valueProblem(choice: SubjectKindChoice, value: string): string | null {
  if (value === '') return `Give the ${choice.valueLabel.charAt(0).toLowerCase()}${choice.valueLabel.slice(1)} to check.`;
  if (choice.kind === 'ONLINE_ACCOUNT' && !/^[^:/]+[:/].+$/.test(value)) return 'Write an online account as platform:handle, e.g. instagram:dealer_m14.';
  if (choice.kind === 'ADDRESS' && !isLineAndPostcode(value)) return 'Write an address as its first line and postcode, after a comma: 14 Lime Street, M1 1AE.';
  return null;
}

/** "first line, postcode": something on either side of the last comma. */
function isLineAndPostcode(value: string): boolean {
  const comma = value.lastIndexOf(',');
  return comma > 0 && value.slice(0, comma).trim() !== '' && value.slice(comma + 1).trim() !== '';
}

/** What is wrong with the reason given for a check, or null (3 to 500 characters of plain text). */
export function reasonProblem(text: string): string | null {
  const reason = text.trim();
  if (reason.length < REASON_MIN) return 'Say why you are asking: the officer in charge of any case you may not see is told, with your name.';
  if (reason.length > REASON_MAX) return `Keep it to ${REASON_MAX} characters.`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(reason)) return 'Use plain text.';
  return null;
}
