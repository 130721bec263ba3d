import { afterAll, describe, expect, it } from 'vitest';
import { CaseRepository } from '../case/case.repository.js';
import { CaseService } from '../case/case.service.js';
import { OperationRepository } from '../operation/operation.repository.js';
import { OperationService } from '../operation/operation.service.js';
import { count, HUB, newForce, testExecutor, user, scopeOf, officerLookup, signedIn, testWriter } from '../shared/fixtures.testing.js';
import { WorkloadRepository } from '../workload/workload.repository.js';
import { WorkloadService } from '../workload/workload.service.js';
import { ActionRepository } from './action.repository.js';
import type { Action } from './action.model.js';
import { ActionService } from './action.service.js';

const { db, close } = testExecutor();
afterAll(close);
type P = ReturnType<typeof user>;
const cases = (p: P) => new CaseService(new CaseRepository(db, testWriter(db)), scopeOf(p), officerLookup(db));
const operations = (p: P) => new OperationService(new OperationRepository(db, testWriter(db)), scopeOf(p));
const actions = (p: P) => new ActionService(new ActionRepository(db, testWriter(db)), scopeOf(p), officerLookup(db));
const workload = (p: P) => new WorkloadService(new WorkloadRepository(db), scopeOf(p));

describe('actions on a real Neo4j', () => {
  it('runs the lifecycle, each step by the people allowed to take it', async () => {
    const force = await newForce(db);
    const [detective, colleague, supervisor] = [await signedIn(db, user(force, 'detective')), user(force, 'detective'), user(force, 'supervisor')];
    const c = await cases(detective).create({ title: 'Actions' });
    const raised = await actions(detective).raise({ caseId: c.id, description: 'Trace the handset', priority: 'HIGH', dueDate: '2026-01-31' });
    expect(raised).toMatchObject({ status: 'FOR_ALLOCATION', caseId: c.id, force, dueDate: '2026-01-31', raisedBy: detective.username });

    await expect(actions(detective).allocate({ actionId: raised.id, officer: { username: detective.username, force } })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const allocated = await actions(supervisor).allocate({ actionId: raised.id, officer: { username: detective.username, force } });
    expect(allocated).toMatchObject({ status: 'ALLOCATED', allocatedTo: detective.username, allocatedForce: force });

    await expect(actions(colleague).complete({ actionId: raised.id, result: 'done' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(actions(supervisor).file({ actionId: raised.id })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const completed = await actions(detective).complete({ actionId: raised.id, result: 'Handset seized' });
    expect(completed).toMatchObject({ status: 'COMPLETED', result: 'Handset seized' });
    await expect(actions(detective).markResulted({ actionId: raised.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await actions(supervisor).markResulted({ actionId: raised.id });
    const filed = await actions(supervisor).file({ actionId: raised.id });
    expect(filed).toMatchObject({ status: 'FILED', filedBy: supervisor.username });
    expect(filed.completedAt && filed.resultedAt && filed.filedAt).toBeTruthy();
  });

  it('allocates only to an officer of a participating force', async () => {
    const [a, b, outside] = [await newForce(db), await newForce(db), await newForce(db)];
    const caseA = await cases(user(a, 'detective')).create({ title: 'A' });
    const caseB = await cases(user(b, 'detective')).create({ title: 'B' });
    const hub = user(HUB, 'supervisor');
    const op = await operations(hub).create({ name: 'Op Wren', caseIds: [caseA.id, caseB.id], leadForce: a, reason: 'linked' });
    const onOp = await actions(user(b, 'detective')).raise({ operationId: op.id, description: 'Joint visit' });
    expect(onOp).toMatchObject({ operationId: op.id, caseId: null, force: a });
    await expect(actions(hub).allocate({ actionId: onOp.id, officer: { username: 'someone.x', force: outside } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'input.officer.force' },
    });
    // An action on case A may go to force B's officer: A's case is in an operation B takes part in.
    const onCase = await actions(user(a, 'detective')).raise({ caseId: caseA.id, description: 'Check B’s ANPR' });
    const officerOfB = await signedIn(db, user(b, 'detective'));
    const allocated = await actions(user(a, 'supervisor')).allocate({ actionId: onCase.id, officer: { username: officerOfB.username, force: b } });
    expect(allocated.allocatedForce).toBe(b);
    await expect(actions(user(outside, 'detective')).raise({ operationId: op.id, description: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await count(db, "MATCH (a:Action {description: 'x'})-[:RAISED_ON]->(:Operation {id: $id})", { id: op.id })).toBe(0);
  });

  it('allocates only to a real officer: a misspelt name or another force’s officer is refused, and no officer is made', async () => {
    const [force, other] = [await newForce(db), await newForce(db)];
    const supervisor = user(force, 'supervisor');
    const c = await cases(user(force, 'detective')).create({ title: 'Real officers' });
    const raised = await actions(supervisor).raise({ caseId: c.id, description: 'Trace' });
    const known = await signedIn(db, user(force, 'detective'));
    const elsewhere = await signedIn(db, user(other, 'detective'));
    for (const username of [`${known.username}x`, elsewhere.username]) {
      await expect(actions(supervisor).allocate({ actionId: raised.id, officer: { username, force } })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { field: 'input.officer.username' },
      });
    }
    expect(await count(db, 'MATCH (o:Officer {username: $name})', { name: `${known.username}x` })).toBe(0);
    expect((await actions(supervisor).on({ kind: 'Case', id: c.id }, 10, null)).edges.map((e) => e.node.status)).toEqual(['FOR_ALLOCATION']);
  });

  it('lists unallocated actions and an officer’s actions, paged', async () => {
    const force = await newForce(db);
    const detective = await signedIn(db, user(force, 'detective'));
    const supervisor = user(force, 'supervisor');
    const c = await cases(detective).create({ title: 'Queue' });
    const raised: Action[] = [];
    for (let i = 0; i < 5; i++) raised.push(await actions(detective).raise({ caseId: c.id, description: `Action ${i}` }));
    await actions(supervisor).allocate({ actionId: raised[1]!.id, officer: { username: detective.username, force } });

    const onCase = await actions(detective).on({ kind: 'Case', id: c.id }, 3, null);
    expect(onCase.edges.map((e) => e.node.description)).toEqual(['Action 0', 'Action 1', 'Action 2']);
    const rest = await actions(detective).on({ kind: 'Case', id: c.id }, 3, onCase.pageInfo.endCursor);
    expect(rest.edges.map((e) => e.node.description)).toEqual(['Action 3', 'Action 4']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const mine = await actions(detective).allocatedTo(detective.username, null, 10, null);
    expect(mine.edges.map((e) => e.node.id)).toEqual([raised[1]!.id]);
    await expect(actions(user(force, 'detective')).allocatedTo(detective.username, null, 10, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const unallocated = await actions(supervisor).unallocated(100, null);
    const ours = unallocated.edges.map((e) => e.node.id).filter((id) => raised.some((r) => r.id === id));
    expect(ours).toEqual([raised[0]!.id, raised[2]!.id, raised[3]!.id, raised[4]!.id]);
  });

  it('counts a force’s workload per officer, with overdue actions and priorities', async () => {
    const force = await newForce(db);
    const [alice, bob, supervisor] = [await signedIn(db, user(force, 'detective')), user(force, 'detective'), user(force, 'supervisor')];
    await cases(alice).create({ title: 'A1', priority: 'HIGH' });
    await cases(alice).create({ title: 'A2' });
    const bobs = await cases(bob).create({ title: 'B1', priority: 'LOW' });
    const late = await actions(bob).raise({ caseId: bobs.id, description: 'late', dueDate: '2020-01-01', priority: 'HIGH' });
    const fine = await actions(bob).raise({ caseId: bobs.id, description: 'fine', dueDate: '2999-01-01' });
    for (const a of [late, fine]) await actions(supervisor).allocate({ actionId: a.id, officer: { username: alice.username, force } });

    const page = await workload(supervisor).forForce(force, null, 1, null);
    const second = await workload(supervisor).forForce(force, null, 1, page.pageInfo.endCursor);
    const loads = [...page.edges, ...second.edges].map((e) => e.node);
    const byOfficer = new Map(loads.map((l) => [l.officer, l]));
    expect(byOfficer.get(alice.username)).toMatchObject({ openCases: 2, openActions: 2, overdueActions: 1 });
    expect(byOfficer.get(alice.username)?.byPriority).toEqual([
      { priority: 'HIGH', cases: 1, actions: 1 },
      { priority: 'MEDIUM', cases: 1, actions: 1 },
      { priority: 'LOW', cases: 0, actions: 0 },
    ]);
    expect(byOfficer.get(bob.username)).toMatchObject({ openCases: 1, openActions: 0, overdueActions: 0 });
    await expect(workload(user(await newForce(db), 'supervisor')).forForce(force, null, 10, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await workload(user(HUB, 'supervisor')).forForce(force, null, 10, null)).edges).toHaveLength(2);
  });
});
