import { KeycloakAdmin, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ALLOCATE_ACTION,
  ASSIGN_OFFICER,
  collectPages,
  COMPLETE_ACTION,
  CREATE_OPERATION,
  FILE_ACTION,
  gql,
  RAISE_ACTION,
  refused,
  RESULT_ACTION,
  WORKLOAD,
} from './support/coordination.js';
import { newGmpOfficer, openCase } from './support/fixtures.js';
import { closeDriver } from './support/neo4j.js';

afterAll(closeDriver);

const raise = async (username: string, caseId: string, extra: Record<string, unknown> = {}) =>
  (await gql(username, RAISE_ACTION, { input: { caseId, description: `Action ${uniqueSuffix()}`, ...extra } })).raiseAction;

describe('actions through the gateway', () => {
  it('moves through its lifecycle, each step only by the people allowed to take it', async () => {
    const opened = await openCase('detective.gmp');
    const action = await raise('detective.gmp', opened.id, { priority: 'HIGH', dueDate: '2099-12-31' });
    expect(action).toMatchObject({
      status: 'FOR_ALLOCATION',
      priority: 'HIGH',
      dueDate: '2099-12-31',
      overdue: false,
      owningForce: { code: 'GMP' },
      case: { id: opened.id },
    });
    const step = { actionId: action.id };

    expect(await refused('detective.gmp', ALLOCATE_ACTION, { input: { ...step, officer: { username: 'detective.gmp', force: 'GMP' } } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refused('supervisor.gmp', ALLOCATE_ACTION, { input: { ...step, officer: { username: 'detective.met', force: 'MPS' } } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.officer.force',
    });
    // A misspelt name, or an officer of another force given as GMP's, is not a phantom officer with work.
    for (const username of ['detective.gpm', 'detective.met']) {
      expect(await refused('supervisor.gmp', ALLOCATE_ACTION, { input: { ...step, officer: { username, force: 'GMP' } } })).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'input.officer.username',
      });
    }
    expect(await refused('supervisor.gmp', ASSIGN_OFFICER, { input: { caseId: opened.id, officer: 'detective.met' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.officer',
    });
    const allocated = (await gql('supervisor.gmp', ALLOCATE_ACTION, { input: { ...step, officer: { username: 'detective.gmp', force: 'GMP' } } }))
      .allocateAction;
    expect(allocated).toMatchObject({ status: 'ALLOCATED', allocatedTo: { username: 'detective.gmp', force: { code: 'GMP' } } });

    expect(await refused('supervisor.gmp', COMPLETE_ACTION, { input: { ...step, result: 'done' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('supervisor.gmp', FILE_ACTION, { input: step })).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await refused('detective.gmp', COMPLETE_ACTION, { input: { ...step, result: ' ' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.result',
    });
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
        (
          await gql(
            'detective.gmp',
            `query ($r: String!, $after: String) { case(reference: $r) { actions(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`,
            { r: opened.reference, after },
          )
        ).case.actions,
    );
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((a: any) => a.id)).toEqual(raised);

    const officer = await newGmpOfficer();
    for (const id of raised.slice(0, 3))
      await gql('supervisor.gmp', ALLOCATE_ACTION, { input: { actionId: id, officer: { username: officer, force: 'GMP' } } });
    const theirs = await collectPages(
      async (after) =>
        (
          await gql(
            'supervisor.gmp',
            `query ($o: String!, $after: String) { actionsFor(officer: $o, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
            { o: officer, after },
          )
        ).actionsFor,
    );
    expect(theirs.flat().map((a: any) => a.id)).toEqual(raised.slice(0, 3));
    // Another officer's list is for supervisors.
    expect(await refused('detective.gmp', `query ($o: String!) { actionsFor(officer: $o) { edges { node { id } } } }`, { o: officer })).toMatchObject({
      code: 'FORBIDDEN',
    });

    const unallocated = await collectPages(
      async (after) =>
        (
          await gql(
            'supervisor.gmp',
            `query ($after: String) { unallocatedActions(first: 100, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }`,
            { after },
          )
        ).unallocatedActions,
    );
    const ids = new Set(unallocated.flat().map((a: any) => a.id));
    expect(raised.map((id) => ids.has(id))).toEqual([false, false, false, true, true]);
    expect(unallocated.flat().every((a: any) => a.status === 'FOR_ALLOCATION')).toBe(true);
  });
});

describe('officers the realm knows who have not signed in yet', () => {
  it('are given work and cases of their own force, and recorded as the realm describes them', async () => {
    const admin = await KeycloakAdmin.connect();
    const [gmpNewcomer, metNewcomer] = [`new.gmp.${uniqueSuffix()}`.toLowerCase(), `new.met.${uniqueSuffix()}`.toLowerCase()];
    await admin.createUser({ username: gmpNewcomer, force: 'GMP', clearance: 'OFFICIAL', roles: ['detective'] });
    await admin.createUser({ username: metNewcomer, force: 'MPS', clearance: 'OFFICIAL', roles: ['detective'] });
    const opened = await openCase('detective.gmp');
    const action = await raise('detective.gmp', opened.id);

    const allocated = (await gql('supervisor.gmp', ALLOCATE_ACTION, { input: { actionId: action.id, officer: { username: gmpNewcomer, force: 'GMP' } } }))
      .allocateAction;
    expect(allocated).toMatchObject({ status: 'ALLOCATED', allocatedTo: { username: gmpNewcomer, force: { code: 'GMP' } } });
    const assigned = (await gql('supervisor.gmp', ASSIGN_OFFICER, { input: { caseId: opened.id, officer: gmpNewcomer } })).assignOfficerInCharge;
    expect(assigned.officerInCharge).toBe(gmpNewcomer);

    // The realm says which force an officer serves: a Met newcomer does not lead a GMP case.
    expect(await refused('supervisor.gmp', ASSIGN_OFFICER, { input: { caseId: opened.id, officer: metNewcomer } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.officer',
    });
    // Nor is a name the realm does not hold anyone.
    expect(await refused('supervisor.gmp', ASSIGN_OFFICER, { input: { caseId: opened.id, officer: `${gmpNewcomer}x` } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.officer',
    });
  });
});

describe('the supervisor’s workload view', () => {
  it('counts open cases and open and overdue actions per officer, by priority', async () => {
    const officer = await newGmpOfficer();
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

describe('working an action with its supervisor', () => {
  const RETURN_ACTION = `mutation ($input: ReturnActionInput!) { returnAction(input: $input) { id status result comments { text kind by } } }`;
  const COMMENT = `mutation ($input: CommentOnActionInput!) { commentOnAction(input: $input) { id status comments { text kind by } } }`;

  it('lets a supervisor send a result back with a reason, and both sides comment', async () => {
    const opened = await openCase('detective.gmp');
    const action = await raise('detective.gmp', opened.id, { dueDate: '2099-01-01' });
    const step = { actionId: action.id };
    await gql('supervisor.gmp', ALLOCATE_ACTION, { input: { ...step, officer: { username: 'detective.gmp', force: 'GMP' } } });
    // Not done yet: nothing to send back.
    expect(await refused('supervisor.gmp', RETURN_ACTION, { input: { ...step, comment: 'Too early' } })).toMatchObject({ code: 'INVALID_TRANSITION' });
    await gql('detective.gmp', COMPLETE_ACTION, { input: { ...step, result: 'Phone not found' } });
    expect(await refused('detective.gmp', RETURN_ACTION, { input: { ...step, comment: 'Mine' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('supervisor.gmp', RETURN_ACTION, { input: { ...step, comment: '  ' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.comment',
    });
    const returned = (await gql('supervisor.gmp', RETURN_ACTION, { input: { ...step, comment: 'Check the second address too' } })).returnAction;
    expect(returned).toMatchObject({
      status: 'ALLOCATED',
      result: 'Phone not found',
      comments: [{ text: 'Check the second address too', kind: 'RETURN', by: 'supervisor.gmp' }],
    });

    await gql('detective.gmp', COMPLETE_ACTION, { input: { ...step, result: 'Found at the second address' } });
    await gql('supervisor.gmp', RESULT_ACTION, { input: step });
    // Even once resulted, until filed.
    expect((await gql('supervisor.gmp', RETURN_ACTION, { input: { ...step, comment: 'Exhibit number missing' } })).returnAction.status).toBe('ALLOCATED');
    const commented = (await gql('detective.gmp', COMMENT, { input: { ...step, text: 'Exhibit PX/12 added' } })).commentOnAction;
    expect(commented.comments.map((c: any) => [c.kind, c.by, c.text])).toEqual([
      ['RETURN', 'supervisor.gmp', 'Check the second address too'],
      ['RETURN', 'supervisor.gmp', 'Exhibit number missing'],
      ['COMMENT', 'detective.gmp', 'Exhibit PX/12 added'],
    ]);
    // Another force's detective may not comment, even on an action they could see.
    expect(await refused('detective.met', COMMENT, { input: { ...step, text: 'Hello' } })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('warns when the due date has already passed, and still raises the action', async () => {
    const opened = await openCase('detective.gmp');
    const late = (
      await gql('detective.gmp', `mutation ($input: RaiseActionInput!) { raiseAction(input: $input) { id overdue warnings { code field } } }`, {
        input: { caseId: opened.id, description: 'Late from the start', dueDate: '2020-01-01' },
      })
    ).raiseAction;
    expect(late.warnings).toEqual([{ code: 'DUE_DATE_PASSED', field: 'input.dueDate' }]);
    expect(late.overdue).toBe(true);
    const fine = (
      await gql('detective.gmp', `mutation ($input: RaiseActionInput!) { raiseAction(input: $input) { warnings { code } } }`, {
        input: { caseId: opened.id, description: 'In time', dueDate: '2099-01-01' },
      })
    ).raiseAction;
    expect(fine.warnings).toEqual([]);
  });

  it('lists, under an operation, the actions raised on it and on its cases', async () => {
    const gmpCase = await openCase('detective.gmp');
    const op = (
      await gql('supervisor.gmp', CREATE_OPERATION, { input: { name: `Op Actions ${uniqueSuffix()}`, caseIds: [gmpCase.id], reason: 'Actions view' } })
    ).createOperation;
    const onCase = await raise('detective.gmp', gmpCase.id);
    const onOp = (await gql('supervisor.gmp', RAISE_ACTION, { input: { operationId: op.id, description: 'Operation-wide' } })).raiseAction;
    const listed = (
      await gql('supervisor.gmp', `query ($id: ID!) { operation(id: $id) { actions(first: 10) { edges { node { id case { id } operation { id } } } } } }`, {
        id: op.id,
      })
    ).operation.actions.edges.map((e: any) => e.node);
    expect(listed.map((a: any) => a.id).sort()).toEqual([onCase.id, onOp.id].sort());
    expect(listed.find((a: any) => a.id === onCase.id).case.id).toBe(gmpCase.id);
  });
});
