import { afterAll, describe, expect, it } from 'vitest';
import { CaseRepository } from '../case/case.repository.js';
import { CaseService } from '../case/case.service.js';
import { count, countingExecutor, HUB, newForce, user, scopeOf, officerLookup, testWriter } from '../shared/fixtures.testing.js';
import { OperationRepository } from './operation.repository.js';
import { OperationService } from './operation.service.js';

const { db, close } = countingExecutor();
const cases = (p: ReturnType<typeof user>) => new CaseService(new CaseRepository(db, testWriter(db)), scopeOf(p), officerLookup(db));
const operations = (p: ReturnType<typeof user>) => new OperationService(new OperationRepository(db, testWriter(db)), scopeOf(p));
afterAll(close);

async function twoForceCases() {
  const [a, b] = [await newForce(db), await newForce(db)];
  const caseA = await cases(user(a, 'detective')).create({ title: 'Deal line, importing end' });
  const caseB = await cases(user(b, 'detective')).create({ title: 'Deal line, exporting end' });
  return { a, b, caseA, caseB };
}

describe('operations on a real Neo4j', () => {
  it('joins cases of two forces under a lead, with participants explicit and the first lead decision recorded', async () => {
    const { a, b, caseA, caseB } = await twoForceCases();
    const hub = operations(user(HUB, 'supervisor'));
    const op = await hub.create({ name: 'Op Ember', caseIds: [caseA.id, caseB.id], leadForce: a, reason: 'Same deal line' });
    expect(op.leadForce).toBe(a);
    expect([...op.participants].sort()).toEqual([a, b].sort());
    expect(await count(db, 'MATCH (:Case)-[:PART_OF]->(:Operation {id: $id})', { id: op.id })).toBe(2);
    const history = await hub.leadHistory(op.id, 10, null);
    expect(history.edges.map((e) => [e.node.from, e.node.to])).toEqual([[null, a]]);
  });

  it('transfers the lead with its history, and only the lead’s or the hub’s supervisors may', async () => {
    const { a, b, caseA, caseB } = await twoForceCases();
    const op = await operations(user(HUB, 'supervisor')).create({ name: 'Op Flint', caseIds: [caseA.id, caseB.id], leadForce: a, reason: 'r' });
    const supervisorB = operations(user(b, 'supervisor'));
    await expect(supervisorB.transferLead({ operationId: op.id, leadForce: b, reason: 'we have more' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const supervisorA = operations(user(a, 'supervisor'));
    await expect(supervisorA.transferLead({ operationId: op.id, leadForce: a, reason: 'same' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const moved = await supervisorA.transferLead({ operationId: op.id, leadForce: b, reason: 'Main suspect lives in B' });
    expect(moved.leadForce).toBe(b);
    await operations(user(HUB, 'supervisor')).transferLead({ operationId: op.id, leadForce: HUB, reason: 'National coordination' });
    const history = await supervisorA.leadHistory(op.id, 2, null);
    expect(history.edges.map((e) => [e.node.from, e.node.to])).toEqual([
      [null, a],
      [a, b],
    ]);
    const rest = await supervisorA.leadHistory(op.id, 2, history.pageInfo.endCursor);
    expect(rest.edges.map((e) => [e.node.from, e.node.to, e.node.reason])).toEqual([[b, HUB, 'National coordination']]);
    expect(await count(db, 'MATCH (:Operation {id: $id})-[:LED_BY]->()', { id: op.id })).toBe(1);
  });

  it('is visible to participants and the hub, not to other forces', async () => {
    const { a, caseA } = await twoForceCases();
    const op = await operations(user(a, 'supervisor')).create({ name: 'Op Quiet', caseIds: [caseA.id], reason: 'r' });
    expect(await operations(user(a, 'detective')).byIdOrNull(op.id)).not.toBeNull();
    expect(await operations(user(HUB, 'analyst')).byIdOrNull(op.id)).not.toBeNull();
    const outsider = operations(user(await newForce(db), 'supervisor'));
    expect(await outsider.byIdOrNull(op.id)).toBeNull();
    await expect(outsider.addParticipant({ operationId: op.id, force: 'NCA', reason: 'r' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a case the supervisor may not see, and writes nothing', async () => {
    const { a, caseB } = await twoForceCases();
    const name = `Op Refused ${a}`;
    await expect(operations(user(a, 'supervisor')).create({ name, caseIds: [caseB.id], reason: 'r' })).rejects.toMatchObject({
      code: 'CASE_NOT_FOUND',
      details: { field: 'input.caseIds.0' },
    });
    expect(await count(db, 'MATCH (o:Operation {name: $name})', { name })).toBe(0);
  });

  it('adds a case later, making its force a participant', async () => {
    const { a, b, caseA, caseB } = await twoForceCases();
    const hub = operations(user(HUB, 'supervisor'));
    const op = await hub.create({ name: 'Op Grow', caseIds: [caseA.id], leadForce: a, reason: 'r' });
    expect(op.participants).toEqual([a]);
    const grown = await hub.addCase({ operationId: op.id, caseId: caseB.id, reason: 'Linked by phone' });
    expect([...grown.participants].sort()).toEqual([a, b].sort());
    const page = await hub.cases(op.id, 1, null);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await hub.cases(op.id, 1, page.pageInfo.endCursor);
    expect([page.edges[0]?.node.id, next.edges[0]?.node.id].sort()).toEqual([caseA.id, caseB.id].sort());
  });

  it('lists the operations of a batch of cases in one query, earliest joined first, each only to whom may see it', async () => {
    const { a, b, caseA, caseB } = await twoForceCases();
    const supervisorA = user(a, 'supervisor');
    const hubSupervisor = user(HUB, 'supervisor');
    const local = await operations(supervisorA).create({ name: 'Op Local', caseIds: [caseA.id], reason: 'A local line' });
    const joint = await operations(hubSupervisor).create({ name: 'Op Joint', caseIds: [caseB.id], leadForce: b, reason: 'Their line' });
    await operations(hubSupervisor).addCase({ operationId: joint.id, caseId: caseA.id, reason: 'Same deal line' });

    const hub = operations(user(HUB, 'analyst'));
    const before = db.reads;
    const [ofA, ofB] = await Promise.all([hub.ofCase(caseA.id), hub.ofCase(caseB.id)]);
    expect(db.reads - before).toBe(1);
    expect(ofA.map((j) => [j.operation.id, j.joinedBy, j.reason])).toEqual([
      [local.id, supervisorA.username, 'A local line'],
      [joint.id, hubSupervisor.username, 'Same deal line'],
    ]);
    expect(Date.parse(ofA[0]!.joinedAt)).toBeLessThanOrEqual(Date.parse(ofA[1]!.joinedAt));
    expect(ofB.map((j) => j.operation.id)).toEqual([joint.id]);

    // B sees A's case through the joint operation, but not A's own operation; an outsider sees neither.
    expect((await operations(user(b, 'detective')).ofCase(caseA.id)).map((j) => j.operation.id)).toEqual([joint.id]);
    expect(await operations(user(await newForce(db), 'detective')).ofCase(caseA.id)).toEqual([]);

    await operations(supervisorA).removeCase({ operationId: joint.id, caseId: caseA.id, reason: 'Separate enquiry' });
    expect((await operations(user(HUB, 'analyst')).ofCase(caseA.id)).map((j) => j.operation.id)).toEqual([local.id]);
  });
});
