import { scopeFor, principalOf } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import type { Idempotency } from '../idempotency/idempotency.service.js';
import type { CasePeople, Involvement, Person } from './person.model.js';
import type { PersonRepository } from './person.repository.js';
import { PersonService } from './person.service.js';

const detective = principalOf('detective.gmp');

const person = (changes: Partial<Person> = {}): Person => ({
  id: 'p1',
  forenames: 'Ann',
  surname: 'Lee',
  dateOfBirth: '2010-06-01',
  dateOfBirthPrecision: 'DAY',
  gender: null,
  nationality: null,
  identifiers: { pncId: null, croNumber: null, niNumber: null, passportNumber: null, drivingLicence: null },
  vulnerabilities: [],
  aliases: [],
  nrmReferred: false,
  foreign: false,
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 't',
  ...changes,
});

/** The people of case c1 (GMP's); every other case is unknown or hidden. Counts the case loads. */
function service(people: Person[] = [person()]) {
  const loads: string[][] = [];
  const involvements: Involvement[] = people.map((p) => ({ caseId: 'c1', role: 'VICTIM', since: '2026-02-01T00:00:00Z', person: p }));
  const repository = {
    byIds: async (ids: readonly string[]) => new Map(people.filter((p) => ids.includes(p.id)).map((p) => [p.id, p])),
    involvementsOfCases: async (caseIds: readonly string[]) => {
      loads.push([...caseIds]);
      return new Map<string, CasePeople>(caseIds.includes('c1') ? [['c1', { force: 'GMP', people: involvements }]] : []);
    },
  } as unknown as PersonRepository;
  return { people: new PersonService(repository, scopeFor(detective), {} as Idempotency), loads, involvements };
}

describe('PersonService, for the fields of a person and a case', () => {
  it('lists aliases oldest first, leaving the person as read', () => {
    const aliases = [
      { forenames: 'B', surname: 'L', recordedBy: 't', at: '2026-03-01T00:00:00Z' },
      { forenames: 'A', surname: 'L', recordedBy: 't', at: '2026-01-01T00:00:00Z' },
    ];
    const read = person({ aliases });
    expect(
      service()
        .people.aliasesOf(read)
        .map((a) => a.forenames),
    ).toEqual(['A', 'B']);
    expect(read.aliases).toBe(aliases);
  });

  it('lists aliases recorded within one second by time, whatever digits the database gave their instants', () => {
    // As Neo4j writes them: only the digits a fraction needs, so .51 comes after .5 in time but before it as text.
    const aliases = [
      { forenames: 'Marco', surname: 'N', recordedBy: 't', at: '2026-12-01T06:31:02.51Z' },
      { forenames: 'Mark', surname: 'N', recordedBy: 't', at: '2026-12-01T06:31:02.5Z' },
    ];
    expect(
      service()
        .people.aliasesOf(person({ aliases }))
        .map((a) => a.forenames),
    ).toEqual(['Mark', 'Marco']);
  });

  it('tells child from adult at a date, and refuses a date that is not YYYY-MM-DD naming `at`', () => {
    const { people } = service();
    expect(people.childAt(person(), '2027-01-01')).toBe('CHILD');
    expect(people.childAt(person(), '2040-01-01')).toBe('ADULT');
    expect(people.childAt(person({ dateOfBirth: null }), null)).toBe('UNKNOWN');
    expect(() => people.childAt(person(), '1 May')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'at' } }));
  });

  it('judges a participant a child or not on the day they were put in the case', () => {
    const { people, involvements } = service();
    expect(involvements[0] && people.childWhenRecorded(involvements[0])).toBe('CHILD');
  });

  it('flags a child for safeguarding', () => {
    expect(service().people.safeguarding(person({ dateOfBirth: '2020' }))).toEqual({ flagged: true, reasons: ['CHILD'] });
  });

  it('answers a case reference with its owning force and people, and a hidden case with null', async () => {
    const { people, involvements } = service();
    expect(await people.caseById('c1')).toEqual({ id: 'c1', force: 'GMP', people: involvements });
    expect(await people.caseById('c2')).toBeNull();
  });

  it('gives a case’s people from its reference when loaded with it, and loads them otherwise', async () => {
    const { people, loads, involvements } = service();
    expect(await people.peopleOf({ id: 'c1', people: [] })).toEqual([]);
    expect(loads).toEqual([]);
    expect(await people.peopleOf({ id: 'c1' })).toEqual(involvements);
    expect(await people.peopleOf({ id: 'c2' })).toEqual([]);
  });

  it('refuses a person another record names once they are out of sight', async () => {
    const { people } = service();
    expect((await people.named('p1', 'gone')).id).toBe('p1');
    await expect(people.named('p9', 'The person went out of sight')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'person' },
    });
  });
});
