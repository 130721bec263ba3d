import { asText, type FieldChange } from '../history/history.model.js';
import type { Person } from './person.model.js';

/** Person properties an update may set, in the order a history lists them. */
export const settablePersonFields = [
  'dateOfBirth',
  'dateOfBirthPrecision',
  'gender',
  'nationality',
  'pncId',
  'croNumber',
  'niNumber',
  'passportNumber',
  'drivingLicence',
  'vulnerabilities',
] as const;
export type SettablePersonField = (typeof settablePersonFields)[number];
export type PersonChanges = Partial<Record<SettablePersonField, string | readonly string[] | null>>;

export interface PersonPlan {
  readonly set: PersonChanges;
  readonly changes: readonly FieldChange[];
}

/** A person's property as stored, by field. */
function currentValue(person: Person, field: SettablePersonField): unknown {
  switch (field) {
    case 'pncId':
    case 'croNumber':
    case 'niNumber':
    case 'passportNumber':
    case 'drivingLicence':
      return person.identifiers[field];
    default:
      return person[field];
  }
}

/**
 * Pure planning of a person's update: given the person as they are and the validated changes, what
 * to set and what to record in their history. Fields that would not change are neither set nor
 * recorded, so the history holds only real changes, each with what it replaced.
 */
export function planPersonUpdate(current: Person, changes: PersonChanges): PersonPlan {
  const set: PersonChanges = {};
  const recorded: FieldChange[] = [];
  for (const field of settablePersonFields) {
    if (!(field in changes)) continue;
    const value = changes[field] ?? null;
    const from = asText(currentValue(current, field));
    const to = asText(value);
    if (from === to) continue;
    set[field] = value;
    recorded.push({ field, from, to });
  }
  return { set, changes: recorded };
}
