import { titleCase } from '../../ui/format.js';

/** A person of the case, as the record panel offers them (an address's resident, a phone's holder). */
export interface CasePerson {
  readonly id: string;
  readonly forenames: string;
  readonly surname: string;
  readonly role: string;
}

export interface PeopleData {
  case: {
    id: string;
    people: { role: string; since: string; childWhenRecorded: string; person: { id: string; forenames: string; surname: string } }[] | null;
  } | null;
}

/** The case's people as choices, once each, by surname: "SMITH, John (suspect, witness)". */
export function personChoices(people: readonly CasePerson[]): { value: string; label: string }[] {
  const byId = new Map<string, { person: CasePerson; roles: string[] }>();
  for (const person of people) {
    const seen = byId.get(person.id);
    if (seen === undefined) byId.set(person.id, { person, roles: [titleCase(person.role).toLowerCase()] });
    else seen.roles.push(titleCase(person.role).toLowerCase());
  }
  return [...byId.values()]
    .sort((a, b) => a.person.surname.localeCompare(b.person.surname, 'en-GB') || a.person.forenames.localeCompare(b.person.forenames, 'en-GB'))
    .map(({ person, roles }) => ({ value: person.id, label: `${person.surname.toUpperCase()}, ${person.forenames} (${roles.join(', ')})` }));
}

/** The people of a case query's answer; empty when the case or its people could not be read. */
export function peopleOf(data: PeopleData | undefined): CasePerson[] {
  return (data?.case?.people ?? []).map(({ role, person }) => ({ id: person.id, forenames: person.forenames, surname: person.surname, role }));
}

/** A person's name for a sentence, by id; null when they are not among the people. */
export function nameOf(people: readonly CasePerson[], id: string | undefined): string | null {
  const person = people.find((one) => one.id === id);
  return person === undefined ? null : `${person.forenames} ${person.surname}`;
}
