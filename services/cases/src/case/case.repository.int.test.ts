import { randomUUID } from 'node:crypto';
import { cypher, encodeCursor, type ViewerParams } from '@crosslink/common';
import { testExecutor, uniqueForceCode } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newForce as forceIn } from '../shared/fixtures.testing.js';
import type { Case, NewCase } from './case.model.js';
import { CaseRepository } from './case.repository.js';
import { metaFor, testWriter, user } from '../shared/fixtures.testing.js';

const { db, close } = testExecutor();
const cases = new CaseRepository(db, testWriter(db));

// Each test works in a force of its own, so counts and pages see only its own cases.
const newForce = () => forceIn(db);

const own = (force: string): ViewerParams => ({ viewer: { force, crossForce: false, clearanceRank: 0, caveats: [] } });
const hub: ViewerParams = { viewer: { force: 'NCA', crossForce: true, clearanceRank: 2, caveats: [] } };

function open(force: string, title: string, now = new Date()): Promise<Case> {
  return cases.create({ ...newCase(force, title), id: randomUUID(), createdBy: 'test' }, now, metaFor(user(force, 'detective')));
}

function newCase(force: string, title: string): NewCase {
  return { title, summary: null, force, status: 'OPEN', crimeTypes: [], priority: 'MEDIUM', classification: 'OFFICIAL', caveats: [], officerInCharge: 'test' };
}

let force: string;
beforeAll(async () => {
  force = await newForce();
});
afterAll(close);

describe('CaseRepository on a real Neo4j', () => {
  it('numbers concurrent creates without duplicates or gaps', async () => {
    const local = await newForce();
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => open(local, `Concurrent ${i}`)));
    const year = new Date().getUTCFullYear();
    const numbers = made.map((c) => Number(c.reference.split('-')[2])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(made.every((c) => c.reference.startsWith(`${local}-${year}-`))).toBe(true);
  });

  it('restarts numbering each year', async () => {
    const local = await newForce();
    const a = await open(local, 'Last year', new Date(Date.UTC(2025, 11, 31)));
    const b = await open(local, 'This year', new Date(Date.UTC(2026, 0, 1)));
    expect([a.reference, b.reference]).toEqual([`${local}-2025-00001`, `${local}-2026-00001`]);
  });

  it('refuses an unknown force and writes nothing', async () => {
    const missing = uniqueForceCode();
    await expect(open(missing, 'Nowhere')).rejects.toMatchObject({ code: 'FORCE_NOT_FOUND', details: { field: 'input.force' } });
    const [row] = await db.read(cypher('MATCH (s:CaseSequence {force: $missing}) RETURN count(s) AS n', { missing }));
    expect(row?.['n']).toBe(0);
  });

  it.each([
    ['a force', (local: string) => ({ force: local })],
    ['an officer', () => ({ officer: 'test' })],
  ])('pages newest first with stable cursors under %s filter: no duplicates or gaps while cases are added', async (_name, filterFor) => {
    const local = await newForce();
    const filter = filterFor(local);
    const original: string[] = [];
    for (let i = 0; i < 25; i++) original.push((await open(local, `Paged ${i}`)).id);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const rows = await cases.list(filter, after, 11, own(local), {});
      const pageRows = rows.slice(0, 10);
      seen.push(...pageRows.map((c) => c.id));
      // New cases arrive between pages; being newer, they sort before the cursor and never shift it.
      await open(local, `Inserted during paging ${page}`);
      if (rows.length <= 10) break;
      const last = pageRows.at(-1) as Case;
      after = encodeCursor([last.createdAt, last.id]);
    }
    expect(seen).toEqual([...original].reverse());
  });

  it('shows a force’s cases only to that force, or to a cross-force hub viewer', async () => {
    const mine = await open(force, 'Visible to its force');
    const other = await newForce();
    expect((await cases.byIds([mine.id], own(force), {})).has(mine.id)).toBe(true);
    expect((await cases.byIds([mine.id], own(other), {})).has(mine.id)).toBe(false);
    expect((await cases.byReferences([mine.reference], own(other), {})).size).toBe(0);
    expect((await cases.byIds([mine.id], hub, {})).has(mine.id)).toBe(true);
    expect(await cases.list({ force }, null, 100, own(other), {})).toEqual([]);
  });

  it("pages everything a force may see, newest first: its own cases, those shared with it and its operations'", async () => {
    const local = await newForce();
    const other = await newForce();
    const operation = randomUUID();
    await db.write(cypher('MATCH (f:Force {code: $local}) CREATE (:Operation {id: $operation})-[:HAS_PARTICIPANT]->(f)', { local, operation }));
    const visible: string[] = [];
    for (let i = 0; i < 4; i++) {
      visible.push((await open(local, `Own ${i}`)).id);
      const shared = await open(other, `Shared ${i}`);
      await db.write(cypher('MATCH (c:Case {id: $id}), (f:Force {code: $local}) CREATE (c)-[:SHARED_WITH]->(f)', { id: shared.id, local }));
      visible.push(shared.id);
      const joint = await open(other, `In the operation ${i}`);
      await db.write(cypher('MATCH (c:Case {id: $id}), (o:Operation {id: $operation}) CREATE (c)-[:PART_OF]->(o)', { id: joint.id, operation }));
      visible.push(joint.id);
      await open(other, `Not shown ${i}`);
      const secret = { ...newCase(local, `Secret ${i}`), classification: 'SECRET' as const, id: randomUUID(), createdBy: 'test' };
      await cases.create(secret, new Date(), metaFor(user(local, 'detective')));
    }

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const rows = await cases.list({}, after, 6, own(local), {});
      const pageRows = rows.slice(0, 5);
      seen.push(...pageRows.map((c) => c.id));
      if (rows.length <= 5) break;
      const last = pageRows.at(-1) as Case;
      after = encodeCursor([last.createdAt, last.id]);
    }
    expect(seen).toEqual([...visible].reverse());
  });

  it('refuses a forged cursor with BAD_CURSOR', async () => {
    const forged = Buffer.from(JSON.stringify([123, 'x'])).toString('base64url');
    await expect(cases.list({}, forged, 5, own(force), {})).rejects.toMatchObject({ code: 'BAD_CURSOR' });
    // A key Date.parse reads (as the year 2000) but Neo4j's datetime() refuses: BAD_CURSOR, not INTERNAL.
    await expect(cases.list({}, Buffer.from('["0","x"]').toString('base64url'), 5, own(force), {})).rejects.toMatchObject({ code: 'BAD_CURSOR' });
    await expect(cases.list({}, encodeCursor(['0', 'x']), 5, own(force), {})).rejects.toMatchObject({ code: 'BAD_CURSOR' });
  });
});
