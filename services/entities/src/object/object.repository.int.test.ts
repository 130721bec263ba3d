import { randomUUID } from 'node:crypto';
import { AuditedWriter, cypher, RequestAudit, type RequestMeta, type ViewerParams, type WriterParams } from '@crosslink/common';
import { testExecutor, uniqueForceCode, uniqueSuffix, uniqueVrm } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import type { PageRequest } from './object.cypher.js';
import type { Sighting, StoredObject } from './object.model.js';
import { ObjectRepository } from './object.repository.js';
import { validatePhone, validateVehicle } from './object.validation.js';

const { db, close } = testExecutor();
const objects = new ObjectRepository(db, new AuditedWriter(db, `test-${uniqueSuffix()}`));
afterAll(close);

/** A write's metadata: a detective of `force`, with a purpose, audited on the tests' chain. */
const asOf = (force: string): RequestMeta => ({
  audit: new RequestAudit(
    { userId: 't', username: 't', displayName: 't', roles: new Set(['detective']), force, clearance: 'OFFICIAL', caveats: new Set() },
    `int-${uniqueSuffix()}`,
    'Integration test',
    'test',
  ),
});
const own = (force: string): ViewerParams & WriterParams => ({
  viewer: { force, crossForce: false, clearanceRank: 0, caveats: [] },
  writer: { anyForce: false },
});
const recorder = { askedBy: 't', askedByName: 'T', askedByForce: 'TEST' };
const hub: ViewerParams = { viewer: { force: 'NCA', crossForce: true, clearanceRank: 0, caveats: [] } };

/** A case in a force of its own, with one person in it; tests never share records. */
async function caseWithPerson(force = uniqueForceCode()): Promise<{ force: string; caseId: string; personId: string }> {
  const [caseId, personId] = [randomUUID(), randomUUID()];
  await db.write(
    cypher(
      `CREATE (c:Case {id: $caseId, reference: $caseId, force: $force, status: 'OPEN', createdAt: datetime(), officerInCharge: 'oic.' + toLower($force)})
       CREATE (:Person {id: $personId, forenames: 'T', surname: 'P', createdAt: datetime(), createdBy: 't'})-[:INVOLVED_IN {role: 'SUSPECT', since: datetime()}]->(c)`,
      { caseId, personId, force },
    ),
  );
  return { force, caseId, personId };
}

const phoneNumber = () => `07700 9${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
const owner = (caseId: string, personId: string | null) => ({ id: randomUUID(), caseId, personId, recordedBy: 'test', idempotency: null });

describe('ObjectRepository on a real Neo4j', () => {
  it('makes the same number recorded in two forces’ cases one Phone, seen in both', async () => {
    const [a, b] = [await caseWithPerson(), await caseWithPerson()];
    const raw = phoneNumber();
    const first = await objects.recordShared(
      { ...validatePhone({ number: raw }, 'input'), ...owner(a.caseId, a.personId) },
      recorder,
      own(a.force),
      asOf(a.force),
      'recordPhone',
    );
    const e164 = `+44${raw.replace(/\s/g, '').slice(1)}`;
    const second = await objects.recordShared(
      { ...validatePhone({ number: e164, imei: '490154203237518' }, 'input'), ...owner(b.caseId, null) },
      recorder,
      own(b.force),
      asOf(b.force),
      'recordPhone',
    );
    expect(first?.object.id).toBeDefined();
    expect(second?.object.id).toBe(first?.object.id);
    expect(second?.object).toMatchObject({ __typename: 'Phone', number: e164, createdBy: 'test' });
    expect(typeof second?.object.createdAt).toBe('string');
    // The first recording found nothing; the second hits a's case, which b may not see: only its force and officer.
    expect(first?.hits).toEqual([]);
    expect(second?.hits).toEqual([{ alertId: expect.any(String), caseId: null, force: a.force, officerInCharge: `oic.${a.force.toLowerCase()}` }]);
    const alerted = await db.read(
      cypher('MATCH (x:DeconflictionAlert {subjectValue: $e164})-[:CONCERNS]->(c:Case) RETURN x.id AS id, c.id AS caseId, x.askedBy AS by', { e164 }),
    );
    expect(alerted).toEqual([{ id: second?.hits[0]?.alertId, caseId: a.caseId, by: 't' }]);
    const [row] = await db.read(cypher('MATCH (p:Phone {number: $e164})-[:SEEN_IN]->(c:Case) RETURN count(DISTINCT p) AS phones, count(c) AS cases', { e164 }));
    expect(row).toEqual({ phones: 1, cases: 2 });

    // Each force sees the phone, but only its own case; the hub sees both.
    const id = first?.object.id ?? '';
    const casesFor = async (viewer: ViewerParams) =>
      (await objects.casesOf('Phone', [{ key: 'k', parentId: id, limit: 10, afterAt: null, afterId: null }], viewer, {})).get('k')?.map((s) => s.node.id);
    expect(await casesFor(own(a.force))).toEqual([a.caseId]);
    expect(await casesFor(own(b.force))).toEqual([b.caseId]);
    expect((await casesFor(hub))?.sort()).toEqual([a.caseId, b.caseId].sort());
    // The handset was recorded in b's case only: a's force does not see it.
    expect((await objects.byIds('Phone', [id], own(a.force), {})).get(id)?.handsets).toEqual([]);
    expect((await objects.byIds('Phone', [id], own(b.force), {})).get(id)?.handsets).toEqual(['490154203237518']);
  });

  it('hides an object from a force with no case recording it', async () => {
    const a = await caseWithPerson();
    const recorded = await objects.recordShared(
      { ...validateVehicle({ vrm: uniqueVrm() }, 'input'), ...owner(a.caseId, a.personId) },
      recorder,
      own(a.force),
      asOf(a.force),
      'recordVehicle',
    );
    const id = recorded?.object.id ?? '';
    expect((await objects.byIds('Vehicle', [id], own(uniqueForceCode()), {})).size).toBe(0);
    expect((await objects.ofPeople([a.personId], own(a.force), {})).get(a.personId)?.map((o) => o.id)).toEqual([id]);
  });

  it('writes nothing when the person is not in the case, or the case is hidden', async () => {
    const [a, b] = [await caseWithPerson(), await caseWithPerson()];
    const vrm = uniqueVrm();
    expect(
      await objects.recordShared(
        { ...validateVehicle({ vrm }, 'input'), ...owner(a.caseId, b.personId) },
        recorder,
        own(a.force),
        asOf(a.force),
        'recordVehicle',
      ),
    ).toBeNull();
    expect(
      await objects.recordShared({ ...validateVehicle({ vrm }, 'input'), ...owner(a.caseId, null) }, recorder, own(b.force), asOf(b.force), 'recordVehicle'),
    ).toBeNull();
    const [row] = await db.read(cypher('MATCH (v:Vehicle {vrm: $vrm}) RETURN count(v) AS n', { vrm }));
    expect(row?.['n']).toBe(0);
  });

  it('keeps each case’s description of a vehicle as its own claim: a later record fills its own, never another’s', async () => {
    const [a, b] = [await caseWithPerson(), await caseWithPerson()];
    const vrm = uniqueVrm();
    const record = (c: { caseId: string; force: string }, details: { make?: string; colour?: string }) =>
      objects.recordShared(
        { ...validateVehicle({ vrm, ...details }, 'input'), ...owner(c.caseId, null) },
        recorder,
        own(c.force),
        asOf(c.force),
        'recordVehicle',
      );
    await record(a, { make: 'Ford' });
    const later = await record(b, { make: 'Audi', colour: 'Blue' });
    // b's force may not see a's case: it gets its own claim only, and a's is untouched.
    expect(later?.object.claims).toEqual([expect.objectContaining({ caseId: b.caseId, force: b.force, make: 'Audi', colour: 'Blue' })]);
    await record(a, { make: 'Seat', colour: 'Red' });
    const [seen] = [...(await objects.byIds('Vehicle', [later?.object.id ?? ''], hub, { requestId: 'test' })).values()];
    expect(seen?.claims.map(({ caseId, make, colour }) => ({ caseId, make, colour }))).toEqual([
      { caseId: a.caseId, make: 'Ford', colour: 'Red' },
      { caseId: b.caseId, make: 'Audi', colour: 'Blue' },
    ]);
  });

  it('pages a case’s objects in recording order without gaps or repeats', async () => {
    const a = await caseWithPerson();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const made = await objects.recordItem({ kind: 'CASH', description: `Bundle ${i}`, ...owner(a.caseId, null) }, own(a.force), asOf(a.force));
      ids.push(made?.id ?? '');
    }
    const seen: string[] = [];
    let after: { at: string; id: string } | null = null;
    for (let i = 0; i < 5; i++) {
      const request: PageRequest = { key: 'k', parentId: a.caseId, kind: 'Item', limit: 3, afterAt: after?.at ?? null, afterId: after?.id ?? null };
      const rows: Sighting<StoredObject>[] = (await objects.ofCases([request], own(a.force), {})).get('k') ?? [];
      const pageRows: Sighting<StoredObject>[] = rows.slice(0, 2);
      seen.push(...pageRows.map((r) => r.node.id));
      if (rows.length <= 2) break;
      const last = pageRows.at(-1);
      after = { at: last?.at ?? '', id: last?.node.id ?? '' };
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(ids));
  });
});
