import { uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ALLOCATE_ACTION,
  ASSIGN_OFFICER,
  collectPages,
  COMPLETE_ACTION,
  FILE_ACTION,
  gql,
  RAISE_ACTION,
  refused,
  RESULT_ACTION,
  WORKLOAD,
} from './support/coordination.js';
import { openCase } from './support/fixtures.js';
import { closeDriver } from './support/neo4j.js';

afterAll(closeDriver);

const raise = async (username: string, caseId: string, extra: Record<string, unknown> = {}) =>
  (await gql(username, RAISE_ACTION, { input: { caseId, description: `Action ${uniqueSuffix()}`, ...extra } })).raiseAction;

describe('actions through the gateway', () => {
  it('moves through its lifecycle, each step only by the people allowed to take it', async () => {
    const opened = await openCase('detective.gmp');
    const action = await raise('detective.gmp', opened.id, { priority: 'HIGH', dueDate: '2099-12-31' });
    expect(action).toMatchObject({ status: 'FOR_ALLOCATION', priority: 'HIGH', dueDate: '2099-12-31', overdue: false, owningForce: { code: 'GMP' }, case: { id: opened.id } });
    const step = { actionId: action.id };

    expect(await refused('detective.gmp', ALLOCATE_ACTION, { input: { ...step, officer: { username: 'detective.gmp', force: 'GMP' } } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('supervisor.gmp', ALLOCATE_ACTION, { input: { ...step, officer: { username: 'detective.met', force: 'MPS' } } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.officer.force',
    });
    const allocated = (await gql('supervisor.gmp', ALLOCATE_ACTION, { input: { ...step, officer: { username: 'detective.gmp', force: 'GMP' } } })).allocateAction;
    expect(allocated).toMatchObject({ status: 'ALLOCATED', allocatedTo: { username: 'detective.gmp', force: { code: 'GMP' } } });

    expect(await refused('supervisor.gmp', COMPLETE_ACTION, { input: { ...step, result: 'done' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('supervisor.gmp', FILE_ACTION, { input: step })).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await refused('detective.gmp', COMPLETE_ACTION, { input: { ...step, result: ' ' } })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.result' });
    const completed = (await gql('detective.gmp', COMPLETE_ACTION, { input: { ...step, result: 'Handset seized at the address' } })).completeAction;
    expect(completed).toMatchObject({ status: 'COMPLETED', result: 'Handset seized at the address' });

    expect(await refused('detective.gmp', RESULT_ACTION, { input: step })).toMatchObject({ code: 'FORBIDDEN' });
    expect((await gql('supervisor.gmp', RESULT_ACTION, { input: step })).resultAction.status).toBe('RESULTED');
    expect((await gql('supervisor.gmp', FILE_ACTION, { input: step })).fileAction.status).toBe('FILED');
    expect(await refused('supervisor.gmp', FILE_ACTION, { input: step })).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('pages a case’s actions and an officer’s actions', async () => {
    const opened = await openCase('detective.gmp');
    const raised = [];
    for (let i = 0; i < 5; i++) raised.push((await raise('detective.gmp', opened.id)).id);
    const pages = await collectPages(
      async (after) =>
        (await gql('detective.gmp', `query ($r: String!, $after: String) { case(reference: $r) { actions(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`, { r: opened.reference, after })).case.actions,
    );
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((a: any) => a.id)).toEqual(raised);

    const officer = `officer.${uniqueSuffix()}`;
    for (const id of raised.slice(0, 3)) await gql('supervisor.gmp', ALLOCATE_ACTION, { input: { actionId: id, officer: { username: officer, force: 'GMP' } } });
    const theirs = await collectPages(
      async (after) =>
        (await gql('supervisor.gmp', `query ($o: String!, $after: String) { actionsFor(officer: $o, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { o: officer, after })).actionsFor,
    );
    expect(theirs.flat().map((a: any) => a.id)).toEqual(raised.slice(0, 3));
    // Another officer's list is for supervisors.
    expect(await refused('detective.gmp', `query ($o: String!) { actionsFor(officer: $o) { edges { node { id } } } }`, { o: officer })).toMatchObject({ code: 'FORBIDDEN' });

    const unallocated = await collectPages(
      async (after) => (await gql('supervisor.gmp', `query ($after: String) { unallocatedActions(first: 100, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }`, { after })).unallocatedActions,
    );
    const ids = new Set(unallocated.flat().map((a: any) => a.id));
    expect(raised.map((id) => ids.has(id))).toEqual([false, false, false, true, true]);
    expect(unallocated.flat().every((a: any) => a.status === 'FOR_ALLOCATION')).toBe(true);
  });
});

describe('the supervisor’s workload view', () => {
  it('counts open cases and open and overdue actions per officer, by priority', async () => {
    const officer = `officer.${uniqueSuffix()}`;
    const first = await openCase('detective.gmp');
    const second = await openCase('detective.gmp');
    for (const c of [first, second]) await gql('supervisor.gmp', ASSIGN_OFFICER, { input: { caseId: c.id, officer } });
    const late = await raise('detective.gmp', first.id, { priority: 'HIGH', dueDate: '2020-01-31' });
    const onTime = await raise('detective.gmp', first.id, { priority: 'LOW', dueDate: '2099-01-31' });
    for (const a of [late, onTime]) await gql('supervisor.gmp', ALLOCATE_ACTION, { input: { actionId: a.id, officer: { username: officer, force: 'GMP' } } });

    const pages = await collectPages(async (after) => (await gql('supervisor.gmp', WORKLOAD, { force: 'GMP', first: 1, after })).workload);
    const rows = pages.flat() as any[];
    expect(pages.every((p) => p.length <= 1)).toBe(true);
    expect(rows.map((r) => r.officer)).toEqual([...rows.map((r) => r.officer)].sort());
    expect(rows.find((r) => r.officer === officer)).toEqual({
      officer,
      openCases: 2,
      openActions: 2,
      overdueActions: 1,
      byPriority: [
        { priority: 'HIGH', cases: 0, actions: 1 },
        { priority: 'MEDIUM', cases: 2, actions: 0 },
        { priority: 'LOW', cases: 0, actions: 1 },
      ],
    });

    const hubView = (await gql('supervisor.nca', WORKLOAD, { force: 'GMP', first: 100 })).workload.edges.map((e: any) => e.node.officer);
    expect(hubView).toContain(officer);
    expect(await refused('detective.gmp', WORKLOAD, { force: 'GMP' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('supervisor.gmp', WORKLOAD, { force: 'MPS' })).toMatchObject({ code: 'FORBIDDEN', field: 'force' });
  });
});
