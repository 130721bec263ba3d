import { uniqueSuffix } from '@crosslink/common/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { gql } from './support/pole.js';

// Addresses as claims: the Met and GMP record one address, each in a case of its own and each in its
// own words. Each force is shown its own description, a hidden case's claim never reaches a reader,
// recording it raises a hit on entry that alerts the other officer in charge, and the address can be
// checked, pivoted from to the people living there, and used to ask for access.

const RECORD = `mutation ($i: RecordAddressInput!) {
  recordAddress(input: $i) { location { id line1 line2 town latitude longitude claims { force { code } town case { id } } } hits { id force { code } officerInCharge case { id } } }
}`;
const LOCATION = `query ($id: ID!) { location(id: $id) {
  line1 line2 town latitude longitude forceArea { code }
  claims { force { code } line1 line2 town latitude recordedBy case { id } }
  people { role person { id } case { id people { role person { id } } } }
} }`;
const alertsOf = async (user: string) =>
  (await gql(user, `{ alerts(first: 100) { edges { node { id kind by subject { kind value } case { id } knownTo { force { code } } } } } }`)).alerts.edges.map(
    (e: any) => e.node,
  );
const record = async (user: string, input: Record<string, unknown>) => (await gql(user, RECORD, { i: input })).recordAddress;

let street: string;
let met: { id: string };
let gmp: { id: string };
let metTenant: string;
let gmpSuspect: string;
let metLocation: string;
let gmpAnswer: any;

beforeAll(async () => {
  street = `${uniqueSuffix()} High Street`;
  [met, gmp] = [await openCase('detective.met'), await openCase('detective.gmp')];
  metTenant = await addPerson('detective.met', met.id, { role: 'VICTIM' });
  gmpSuspect = await addPerson('detective.gmp', gmp.id, { role: 'SUSPECT' });
  const metAnswer = await record('detective.met', {
    caseId: met.id,
    personId: metTenant,
    line1: street,
    line2: 'Rear entrance',
    town: 'London',
    postcode: 'E15 2NE',
    latitude: 51.5412,
    longitude: 0.0031,
  });
  metLocation = metAnswer.location.id;
  // GMP writes the same first line in other case and spacing, and describes the place its own way.
  gmpAnswer = await record('detective.gmp', { caseId: gmp.id, personId: gmpSuspect, line1: street.toUpperCase(), town: 'Stratford', postcode: 'e152ne' });
});

describe('an address recorded by two forces', () => {
  it('is one location, and answers GMP with its own description and only “known to MPS”', () => {
    expect(gmpAnswer.location).toEqual({
      id: metLocation,
      line1: street.toUpperCase(),
      line2: null,
      town: 'Stratford',
      latitude: null,
      longitude: null,
      claims: [{ force: { code: 'GMP' }, town: 'Stratford', case: { id: gmp.id } }],
    });
    expect(gmpAnswer.hits).toEqual([{ id: expect.any(String), force: { code: 'MPS' }, officerInCharge: 'detective.met', case: null }]);
  });

  it('leaves what the Met recorded as it was, and shows the Met nothing of GMP’s', async () => {
    const seen = (await gql('detective.met', LOCATION, { id: metLocation })).location;
    expect(seen).toMatchObject({ line1: street, line2: 'Rear entrance', town: 'London', latitude: 51.5412, forceArea: { code: 'MPS' } });
    expect(seen.claims).toEqual([
      { force: { code: 'MPS' }, line1: street, line2: 'Rear entrance', town: 'London', latitude: 51.5412, recordedBy: 'detective.met', case: { id: met.id } },
    ]);
    expect(seen.people).toEqual([{ role: 'VICTIM', person: { id: metTenant }, case: { id: met.id, people: [{ role: 'VICTIM', person: { id: metTenant } }] } }]);
  });

  it('shows the hub both forces’ claims side by side, and both occupants', async () => {
    const seen = (await gql('analyst.nca', LOCATION, { id: metLocation })).location;
    expect(seen.claims.map((c: any) => [c.force.code, c.town])).toEqual([
      ['MPS', 'London'],
      ['GMP', 'Stratford'],
    ]);
    expect(seen.people.map((p: any) => [p.person.id, p.case.id])).toEqual([
      [metTenant, met.id],
      [gmpSuspect, gmp.id],
    ]);
  });

  it('gives each person only the addresses visible cases give them', async () => {
    const addresses = async (user: string, id: string) => (await gql(user, `query ($id: ID!) { person(id: $id) { addresses { id town } } }`, { id })).person;
    expect(await addresses('detective.gmp', gmpSuspect)).toEqual({ addresses: [{ id: metLocation, town: 'Stratford' }] });
    expect(await addresses('detective.met', metTenant)).toEqual({ addresses: [{ id: metLocation, town: 'London' }] });
    expect(await addresses('detective.gmp', metTenant)).toBeNull();
  });

  it('alerts the Met’s officer in charge, and GMP’s from the other side, once however often GMP records it', async () => {
    const metAlerts = (await alertsOf('detective.met')).filter((a: any) => a.case?.id === met.id && a.kind === 'HIT_ON_ENTRY');
    expect(metAlerts).toEqual([
      {
        id: expect.any(String),
        kind: 'HIT_ON_ENTRY',
        by: 'detective.gmp',
        subject: { kind: 'ADDRESS', value: expect.stringContaining('|E15 2NE') },
        case: { id: met.id },
        knownTo: null,
      },
    ]);
    const again = await record('detective.gmp', { caseId: gmp.id, line1: street, town: 'Stratford', postcode: 'E15 2NE', latitude: 51.54, longitude: 0.003 });
    expect(again.hits).toEqual([{ id: null, force: { code: 'MPS' }, officerInCharge: 'detective.met', case: null }]);
    // Coordinates GMP's claim lacked are filled in; the Met's are untouched.
    expect(again.location).toMatchObject({ town: 'Stratford', latitude: 51.54 });
    expect((await alertsOf('detective.met')).filter((a: any) => a.case?.id === met.id && a.kind === 'HIT_ON_ENTRY')).toHaveLength(1);
  });

  it('can be checked by its first line and postcode, and the hit used to ask for access', async () => {
    const checked = (
      await gql(
        'detective.wmp',
        `mutation ($i: SubjectCheckInput!) { checkSubject(input: $i) { value cases { id } knownElsewhere { hitId force { code } } } }`,
        {
          i: { kind: 'ADDRESS', value: `${street.toLowerCase()}, E15 2NE`, reason: 'Address given by a victim' },
        },
      )
    ).checkSubject;
    expect(checked.cases).toEqual([]);
    expect(checked.knownElsewhere.map((k: any) => k.force.code).sort()).toEqual(['GMP', 'MPS']);

    const [hit] = gmpAnswer.hits;
    const requested = (
      await gql('detective.gmp', `mutation ($i: RequestCaseAccessInput!) { requestCaseAccess(input: $i) { status force { code } case { id } } }`, {
        i: { hitId: hit.id, purpose: 'Our suspect gives this address' },
      })
    ).requestCaseAccess;
    expect(requested).toEqual({ status: 'PENDING', force: { code: 'MPS' }, case: null });
  });

  it('is refused in a case of another force, and a person outside the case, naming the field', async () => {
    const attempt = async (input: Record<string, unknown>) => {
      try {
        await record('detective.gmp', { line1: street, town: 'London', postcode: 'E15 2NE', ...input });
      } catch (error) {
        return String(error);
      }
      return 'recorded';
    };
    expect(await attempt({ caseId: met.id })).toContain('CASE_NOT_FOUND');
    expect(await attempt({ caseId: gmp.id, personId: metTenant })).toContain('PERSON_NOT_FOUND');
  });
});
