import { uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_HISTORY, CHANGE_STATUS, ASSIGN_OFFICER, collectPages, gql, RECORD_EVENT, refused, TIMELINE, UPDATE_CASE } from './support/coordination.js';
import { addAddress, addPerson, newGmpOfficer, openCase } from './support/fixtures.js';
import { RECORD_ADDRESS } from './support/operations.js';
import { closeDriver, count } from './support/neo4j.js';

afterAll(closeDriver);

const move = (username: string, caseId: string, status: string, reason?: string) =>
  gql(username, CHANGE_STATUS, { input: { caseId, status, ...(reason ? { reason } : {}) } }).then((d) => d.changeCaseStatus);

describe('the case lifecycle through the gateway', () => {
  it('allows the listed steps, refuses the others with a code, and records who did what', async () => {
    const opened = await openCase('detective.gmp');
    const fresh = (
      await gql('detective.gmp', `query ($r: String!) { case(reference: $r) { status openedAt closedAt officerInCharge classification caveats priority } }`, {
        r: opened.reference,
      })
    ).case;
    expect(fresh).toMatchObject({
      status: 'OPEN',
      closedAt: null,
      officerInCharge: 'detective.gmp',
      classification: 'OFFICIAL',
      caveats: [],
      priority: 'MEDIUM',
    });
    expect(fresh.openedAt).toEqual(expect.any(String));

    expect(await refused('detective.gmp', CHANGE_STATUS, { input: { caseId: opened.id, status: 'SUSPENDED' } })).toMatchObject({
      code: 'INVALID_TRANSITION',
      field: 'input.status',
    });
    expect((await move('detective.gmp', opened.id, 'ACTIVE')).status).toBe('ACTIVE');
    // Closing is a supervisor's decision.
    expect(await refused('detective.gmp', CHANGE_STATUS, { input: { caseId: opened.id, status: 'CLOSED' } })).toMatchObject({ code: 'FORBIDDEN' });
    const closed = await move('supervisor.gmp', opened.id, 'CLOSED', 'Charged and remanded');
    expect(closed.closedAt).toEqual(expect.any(String));
    // Reopening needs a reason.
    expect(await refused('supervisor.gmp', CHANGE_STATUS, { input: { caseId: opened.id, status: 'ACTIVE' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.reason',
    });
    const reopened = await move('supervisor.gmp', opened.id, 'OPEN', 'New witness');
    expect(reopened).toMatchObject({ status: 'OPEN', closedAt: null });

    const history = (await gql('detective.gmp', CASE_HISTORY, { reference: opened.reference, first: 10 })).case.history.edges.map((e: any) => e.node);
    expect(history.map((h: any) => [h.field, h.from, h.to, h.by, h.reason])).toEqual([
      ['status', 'CLOSED', 'OPEN', 'supervisor.gmp', 'New witness'],
      ['status', 'ACTIVE', 'CLOSED', 'supervisor.gmp', 'Charged and remanded'],
      ['status', 'OPEN', 'ACTIVE', 'detective.gmp', null],
    ]);
    // The refused attempts wrote nothing.
    expect(await count('MATCH (:Case {id: $id})-[:HAS_CHANGE]->(:CaseChange)', { id: opened.id })).toBe(3);
  });

  it('keeps another force out: a Met detective cannot move a GMP case', async () => {
    const opened = await openCase('detective.gmp');
    expect(await refused('detective.met', CHANGE_STATUS, { input: { caseId: opened.id, status: 'ACTIVE' } })).toMatchObject({ code: 'CASE_NOT_FOUND' });
  });

  it('updates details and reassigns the officer in charge, each change in the history, and filters by them', async () => {
    const opened = await openCase('detective.gmp');
    const officer = await newGmpOfficer();
    const updated = (
      await gql('detective.gmp', UPDATE_CASE, {
        input: { caseId: opened.id, priority: 'HIGH', crimeTypes: ['COUNTY_LINES', 'MODERN_SLAVERY'], reason: 'Runner is 15' },
      })
    ).updateCase;
    expect(updated).toMatchObject({ priority: 'HIGH', crimeTypes: ['COUNTY_LINES', 'MODERN_SLAVERY'] });
    expect(await refused('detective.gmp', ASSIGN_OFFICER, { input: { caseId: opened.id, officer } })).toMatchObject({ code: 'FORBIDDEN' });
    const assigned = (await gql('supervisor.gmp', ASSIGN_OFFICER, { input: { caseId: opened.id, officer, reason: 'Workload' } })).assignOfficerInCharge;
    expect(assigned.officerInCharge).toBe(officer);

    const history = (await gql('detective.gmp', CASE_HISTORY, { reference: opened.reference, first: 10 })).case.history.edges.map((e: any) => e.node.field);
    expect(history[0]).toBe('officerInCharge');
    expect(history.slice(1).sort()).toEqual(['crimeTypes', 'priority']);

    const listed = await gql('supervisor.gmp', `query ($f: CaseFilter) { cases(filter: $f, first: 10) { edges { node { id } } } }`, {
      f: { officer, crimeType: 'MODERN_SLAVERY', status: 'OPEN', force: 'GMP', openedFrom: '2020-01-01T00:00:00Z' },
    });
    expect(listed.cases.edges.map((e: any) => e.node.id)).toEqual([opened.id]);
  });

  it('refuses an update above the user’s clearance and writes nothing', async () => {
    const opened = await openCase('detective.gmp');
    const error = await refused('detective.gmp', UPDATE_CASE, { input: { caseId: opened.id, classification: 'TOP_SECRET' } });
    expect(error).toMatchObject({ code: 'FORBIDDEN', field: 'input.classification' });
    expect(await count("MATCH (c:Case {id: $id}) WHERE c.classification = 'OFFICIAL'", { id: opened.id })).toBe(1);
  });
});

describe('a case timeline through the gateway', () => {
  it('lists events in the order they happened, paged by cursor', async () => {
    const opened = await openCase('detective.gmp');
    const times = ['2026-01-14T22:10:00Z', '2025-11', '2026-01-14', '2025-12-24', '2026-01'];
    for (const occurredAt of times) {
      await gql('detective.gmp', RECORD_EVENT, { input: { caseId: opened.id, kind: 'SIGHTING', description: occurredAt, occurredAt } });
    }
    const pages = await collectPages(async (after) => (await gql('detective.gmp', TIMELINE, { reference: opened.reference, first: 2, after })).case.timeline);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual([
      { description: '2025-11', occurredAt: '2025-11', precision: 'MONTH' },
      { description: '2025-12-24', occurredAt: '2025-12-24', precision: 'DAY' },
      { description: '2026-01', occurredAt: '2026-01', precision: 'MONTH' },
      { description: '2026-01-14', occurredAt: '2026-01-14', precision: 'DAY' },
      { description: '2026-01-14T22:10:00Z', occurredAt: '2026-01-14T22:10:00Z', precision: 'EXACT' },
    ]);
  });

  it('places an event at a location, shown with the event', async () => {
    const opened = await openCase('detective.gmp');
    const person = await addPerson('detective.gmp', opened.id);
    const place = await addAddress('detective.gmp', opened.id, person, `Flat ${uniqueSuffix()}, 3 Oldham Road`, 'M4 5FX');
    const recorded = (
      await gql('detective.gmp', RECORD_EVENT, {
        input: { caseId: opened.id, kind: 'ARREST', description: 'Arrest at home', occurredAt: '2026-01-02T06:00:00Z', locationId: place },
      })
    ).recordEvent;
    expect(recorded).toMatchObject({ kind: 'ARREST', occurredAt: '2026-01-02T06:00:00Z', precision: 'EXACT', place: { id: place }, case: { id: opened.id } });
    const read = await gql('detective.gmp', `query ($r: String!) { case(reference: $r) { timeline { edges { node { place { id postcode } } } } } }`, {
      r: opened.reference,
    });
    expect(read.case.timeline.edges[0].node.place).toEqual({ id: place, postcode: 'M4 5FX' });
  });

  it('shows an event’s place as the reader’s own force describes it, whoever recorded it first', async () => {
    const line1 = `${uniqueSuffix()} Ancoats Street`;
    const record = async (username: string, caseId: string, town: string) =>
      (await gql(username, RECORD_ADDRESS, { input: { caseId, line1, town, postcode: 'M4 6AF' } })).recordAddress.location.id as string;
    const met = await openCase('detective.met');
    const first = await record('detective.met', met.id, 'Ancoats, as MPS put it');
    const gmp = await openCase('detective.gmp');
    const place = await record('detective.gmp', gmp.id, 'Manchester');
    // The same address: one Location, with each force's claim.
    expect(place).toBe(first);
    await gql('detective.gmp', RECORD_EVENT, {
      input: { caseId: gmp.id, kind: 'SIGHTING', description: 'Seen at the door', occurredAt: '2026-02-01', locationId: place },
    });
    const read = await gql(
      'detective.gmp',
      `query ($r: String!) { case(reference: $r) { timeline { edges { node { place { id line1 town postcode } } } } } }`,
      {
        r: gmp.reference,
      },
    );
    expect(read.case.timeline.edges.map((e: any) => e.node.place)).toEqual([{ id: place, line1, town: 'Manchester', postcode: 'M4 6AF' }]);
  });

  it('refuses a malformed time, a bad page size and a forged cursor', async () => {
    const opened = await openCase('detective.gmp');
    const description = `Bad time ${uniqueSuffix()}`;
    expect(await refused('detective.gmp', RECORD_EVENT, { input: { caseId: opened.id, kind: 'ARREST', description, occurredAt: '14/03/2026' } })).toMatchObject(
      {
        code: 'VALIDATION_FAILED',
        field: 'input.occurredAt',
      },
    );
    expect(await count('MATCH (e:Event {description: $description})', { description })).toBe(0);
    expect(await refused('detective.gmp', TIMELINE, { reference: opened.reference, first: 0 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'first' });
    expect(await refused('detective.gmp', TIMELINE, { reference: opened.reference, first: 5, after: 'bm90LWEtY3Vyc29y' })).toMatchObject({
      code: 'BAD_CURSOR',
    });
  });
});
