import { randomUUID } from 'node:crypto';
import { AuditedWriter, cypher, type RequestMeta, type ViewerParams } from '@crosslink/common';
import { scopeFor, testExecutor, uniqueForceCode, uniqueSuffix, principalOf } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import type { NewIntelligence } from './intelligence.model.js';
import { IntelligenceRepository } from './intelligence.repository.js';

const { db, close } = testExecutor();
const items = new IntelligenceRepository(db, new AuditedWriter(db, `test-${uniqueSuffix()}`));
afterAll(close);

const officer = (force: string, clearanceRank = 2, caveats: string[] = ['SENSITIVE']): ViewerParams => ({
  viewer: { force, crossForce: false, clearanceRank, caveats },
});
/** A request of an analyst of `force` with a stated purpose: its writes are audited like the API's. */
const metaOf = (force: string): RequestMeta => {
  const principal = principalOf('analyst', { userId: 'u', displayName: 'Analyst', roles: ['analyst'], force, clearance: 'TOP_SECRET', caveats: ['SENSITIVE'] });
  return scopeFor(principal, { purpose: 'Integration test', requestId: `int-${uniqueSuffix()}` }).meta;
};
const hub = (clearanceRank = 2): ViewerParams => ({ viewer: { force: 'NCA', crossForce: true, clearanceRank, caveats: ['SENSITIVE'] } });

/** A case in a force of its own with one person in it, so tests never share records. */
async function caseWithPerson(): Promise<{ force: string; caseId: string; personId: string }> {
  const [force, caseId, personId] = [uniqueForceCode(), randomUUID(), randomUUID()];
  await db.write(
    cypher(
      `CREATE (c:Case {id: $caseId, reference: $caseId, force: $force, status: 'OPEN', classification: 'OFFICIAL', caveats: [], createdAt: datetime()})
       CREATE (:Person {id: $personId, forenames: 'T', surname: 'P', createdAt: datetime(), createdBy: 't'})-[:INVOLVED_IN {role: 'SUSPECT', since: datetime()}]->(c)`,
      { caseId, personId, force },
    ),
  );
  return { force, caseId, personId };
}

const grading = { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P', handlingConditions: null, legacy: null } as const;
const newItem = (force: string, subject: Pick<NewIntelligence, 'subjectKind' | 'subjectId'>, extra: Partial<NewIntelligence> = {}): NewIntelligence => ({
  id: randomUUID(),
  ...subject,
  text: 'Seen at the address with a second phone',
  grading,
  classification: 'OFFICIAL',
  caveats: [],
  force,
  recordedBy: `detective.${force.toLowerCase()}`,
  ...extra,
});

describe('IntelligenceRepository on a real Neo4j', () => {
  it('records an item about a visible subject and reads it back whole, as the recording force’s own', async () => {
    const c = await caseWithPerson();
    const created = await items.create(newItem(c.force, { subjectKind: 'PERSON', subjectId: c.personId }), officer(c.force), metaOf(c.force));
    expect(created).toMatchObject({
      subjectKind: 'PERSON',
      subjectId: c.personId,
      grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P' },
      classification: 'OFFICIAL',
      force: c.force,
      foreign: false,
    });
    expect(typeof created?.recordedAt).toBe('string');
    const read = await items.byIds([created?.id ?? ''], officer(c.force), {});
    expect(read.get(created?.id ?? '')).toEqual(created);
  });

  it('writes nothing about a subject the viewer may not see', async () => {
    const c = await caseWithPerson();
    const item = newItem('WMP', { subjectKind: 'CASE', subjectId: c.caseId });
    expect(await items.create(item, officer(uniqueForceCode()), metaOf('WMP'))).toBeNull();
    const [row] = await db.read(cypher('MATCH (i:IntelligenceItem {id: $id}) RETURN count(i) AS n', { id: item.id }));
    expect(row?.['n']).toBe(0);
  });

  it('hides an item graded above the viewer’s clearance or caveats, though its subject is visible', async () => {
    const c = await caseWithPerson();
    const secret = await items.create(
      newItem(c.force, { subjectKind: 'CASE', subjectId: c.caseId }, { classification: 'SECRET', caveats: ['SENSITIVE'] }),
      officer(c.force),
      metaOf(c.force),
    );
    const id = secret?.id ?? '';
    expect((await items.byIds([id], officer(c.force), {})).has(id)).toBe(true);
    expect((await items.byIds([id], officer(c.force, 0), {})).has(id)).toBe(false);
    expect((await items.byIds([id], officer(c.force, 2, []), {})).has(id)).toBe(false);
    expect((await items.byIds([id], officer(uniqueForceCode()), {})).has(id)).toBe(false);
    expect((await items.about('CASE', c.caseId, null, 10, officer(c.force, 0), {})).map((i) => i.id)).not.toContain(id);
  });

  it('marks an item foreign for a hub viewer, who sees the subject only through another force’s case', async () => {
    const c = await caseWithPerson();
    const created = await items.create(newItem(c.force, { subjectKind: 'CASE', subjectId: c.caseId }), officer(c.force), metaOf(c.force));
    const seen = (await items.byIds([created?.id ?? ''], hub(), {})).get(created?.id ?? '');
    expect(seen?.foreign).toBe(true);
  });

  it('pages the items about a subject newest first, each once', async () => {
    const c = await caseWithPerson();
    for (let i = 0; i < 5; i++)
      await items.create(newItem(c.force, { subjectKind: 'PERSON', subjectId: c.personId }, { text: `Item ${i}` }), officer(c.force), metaOf(c.force));
    const first = await items.about('PERSON', c.personId, null, 3, officer(c.force), {});
    expect(first).toHaveLength(3);
    const last = first[2];
    const rest = await items.about('PERSON', c.personId, last === undefined ? null : [last.recordedAt, last.id], 3, officer(c.force), {});
    const all = [...first, ...rest];
    expect(all.map((i) => i.text).sort()).toEqual(['Item 0', 'Item 1', 'Item 2', 'Item 3', 'Item 4']);
    const times = all.map((i) => Date.parse(i.recordedAt));
    expect(times.every((t, i) => i === 0 || t <= (times[i - 1] as number))).toBe(true);
  });
});
