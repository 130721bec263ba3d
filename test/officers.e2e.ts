import { uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOCATE_ACTION, ASSIGN_OFFICER, collectPages, CREATE_OPERATION, gql, RAISE_ACTION, refused } from './support/coordination.js';
import { newGmpOfficer, openCase } from './support/fixtures.js';
import { closeDriver, count } from './support/neo4j.js';

afterAll(closeDriver);

const OFFICERS = `query ($force: ID!, $team: String, $first: Int, $after: String) {
  officers(force: $force, team: $team, first: $first, after: $after) {
    edges { node { username displayName team force { code } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const OFFICERS_FOR = `query ($force: ID!, $forAction: ID, $after: String) {
  officers(force: $force, forAction: $forAction, first: 50, after: $after) { edges { node { username force { code } } } pageInfo { hasNextPage endCursor } }
}`;
const SET_TEAM = `mutation ($input: SetOfficerTeamInput!) { setOfficerTeam(input: $input) { username team force { code } } }`;
const TEAM_WORKLOAD = `query ($force: ID!) { teamWorkload(force: $force) { team officers openCases openActions overdueActions byPriority { priority cases actions } } }`;
const TEAM_MEMBERS = `query ($force: ID!, $team: String) { workload(force: $force, team: $team, first: 100) { edges { node { officer team openCases openActions overdueActions } } } }`;
const SHARE = `mutation ($input: ShareCaseInput!) { shareCase(input: $input) { id } }`;

/** A team of the test's own in GMP: a supervisor places two new officers in it, and gives one work. */
async function gmpTeam() {
  const team = `Team ${uniqueSuffix()}`;
  const [busy, idle] = [await newGmpOfficer(), await newGmpOfficer()];
  for (const username of [busy, idle]) {
    expect((await gql('supervisor.gmp', SET_TEAM, { input: { officer: { username, force: 'GMP' }, team } })).setOfficerTeam).toEqual({
      username,
      team,
      force: { code: 'GMP' },
    });
  }
  const opened = await openCase('detective.gmp');
  await gql('supervisor.gmp', ASSIGN_OFFICER, { input: { caseId: opened.id, officer: busy } });
  const late = (await gql('detective.gmp', RAISE_ACTION, { input: { caseId: opened.id, description: 'Late', priority: 'HIGH', dueDate: '2020-02-01' } }))
    .raiseAction;
  await gql('supervisor.gmp', ALLOCATE_ACTION, { input: { actionId: late.id, officer: { username: busy, force: 'GMP' } } });
  return { team, busy, idle, opened, actionId: late.id as string };
}

describe('officers and the supervisor’s team view through the gateway', () => {
  it('knows an officer from their token: name, force and the realm’s team', async () => {
    await gql('detective.merpol', '{ forces { code } }');
    const pages = await collectPages(async (after) => (await gql('detective.merpol', OFFICERS, { force: 'MERPOL', first: 50, after })).officers);
    expect(pages.flat()).toContainEqual({
      username: 'detective.merpol',
      displayName: 'Liam Gallagher',
      team: 'Organised Crime Team',
      force: { code: 'MERPOL' },
    });
  });

  it('shows a supervisor each team’s load and its members’, idle officers included', async () => {
    const { team, busy, idle, opened } = await gmpTeam();
    const members = (await gql('supervisor.gmp', TEAM_MEMBERS, { force: 'GMP', team })).workload.edges.map((e: any) => e.node);
    expect(members).toEqual(
      [
        { officer: busy, team, openCases: 1, openActions: 1, overdueActions: 1 },
        { officer: idle, team, openCases: 0, openActions: 0, overdueActions: 0 },
      ].sort((a, b) => a.officer.localeCompare(b.officer)),
    );

    for (const supervisor of ['supervisor.gmp', 'supervisor.nca']) {
      const rollup = (await gql(supervisor, TEAM_WORKLOAD, { force: 'GMP' })).teamWorkload;
      expect(rollup.find((t: any) => t.team === team)).toEqual({
        team,
        officers: 2,
        openCases: 1,
        openActions: 1,
        overdueActions: 1,
        byPriority: [
          { priority: 'HIGH', cases: 0, actions: 1 },
          { priority: 'MEDIUM', cases: 1, actions: 0 },
          { priority: 'LOW', cases: 0, actions: 0 },
        ],
      });
      // Named teams by name, officers in no team last.
      const names = rollup.map((t: any) => t.team);
      expect(names.filter((n: unknown) => n !== null)).toEqual([...names.filter((n: unknown) => n !== null)].sort());
      expect(names.indexOf(null) === -1 || names.indexOf(null) === names.length - 1).toBe(true);
    }

    const listed = (await gql('detective.gmp', OFFICERS, { force: 'GMP', team })).officers.edges.map((e: any) => e.node.username);
    expect(listed).toEqual([busy, idle].sort());
    const record = (
      await gql(
        'detective.gmp',
        `query ($r: String!) { case(reference: $r) {
      officerInCharge officer { username team force { code } } actions { edges { node { allocatedTo { username team } } } } } }`,
        { r: opened.reference },
      )
    ).case;
    expect(record).toEqual({
      officerInCharge: busy,
      officer: { username: busy, team, force: { code: 'GMP' } },
      actions: { edges: [{ node: { allocatedTo: { username: busy, team } } }] },
    });
  });

  it('lists a force’s officers to a supervisor allocating an action that force takes part in, and to no one else', async () => {
    const [gmpCase, wmpCase] = [await openCase('detective.gmp'), await openCase('detective.wmp')];
    const operation = (
      await gql('supervisor.nca', CREATE_OPERATION, {
        input: { name: `Op Allocate ${uniqueSuffix()}`, caseIds: [gmpCase.id, wmpCase.id], leadForce: 'GMP', reason: 'One handset in both cases' },
      })
    ).createOperation;
    const action = (await gql('supervisor.gmp', RAISE_ACTION, { input: { operationId: operation.id, description: 'Trace the handset', priority: 'HIGH' } }))
      .raiseAction;

    // GMP's supervisor leads the operation: WMP's officers are listed to them for this action, not otherwise.
    expect(await refused('supervisor.gmp', OFFICERS_FOR, { force: 'WMP' })).toMatchObject({ code: 'FORBIDDEN', field: 'force' });
    const pages = await collectPages(async (after) => (await gql('supervisor.gmp', OFFICERS_FOR, { force: 'WMP', forAction: action.id, after })).officers);
    const listed = pages.flat() as { username: string; force: { code: string } }[];
    expect(listed).toContainEqual({ username: 'detective.wmp', force: { code: 'WMP' } });
    expect(listed.every((officer) => officer.force.code === 'WMP')).toBe(true);
    const allocated = await gql('supervisor.gmp', ALLOCATE_ACTION, { input: { actionId: action.id, officer: { username: 'detective.wmp', force: 'WMP' } } });
    expect(allocated.allocateAction.status).toBe('ALLOCATED');

    // A force outside the operation stays closed, and so does the action to whoever may not allocate it.
    expect(await refused('supervisor.gmp', OFFICERS_FOR, { force: 'MPS', forAction: action.id })).toMatchObject({ code: 'FORBIDDEN', field: 'force' });
    expect(await refused('detective.gmp', OFFICERS_FOR, { force: 'WMP', forAction: action.id })).toMatchObject({ code: 'FORBIDDEN', field: 'force' });
    expect(await refused('supervisor.met', OFFICERS_FOR, { force: 'WMP', forAction: action.id })).toMatchObject({ code: 'FORBIDDEN', field: 'force' });
    expect(await refused('supervisor.gmp', OFFICERS_FOR, { force: 'WMP', forAction: 'no-such-action' })).toMatchObject({ code: 'FORBIDDEN', field: 'force' });
  });

  it('keeps officers and workload to the rules in docs/access.md', async () => {
    const { team, busy, opened } = await gmpTeam();
    // Another force's detective lists neither GMP's officers nor its workload…
    expect(await refused('detective.met', OFFICERS, { force: 'GMP' })).toMatchObject({ code: 'FORBIDDEN', field: 'force' });
    expect(await refused('detective.met', TEAM_WORKLOAD, { force: 'GMP' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('detective.met', TEAM_MEMBERS, { force: 'GMP', team })).toMatchObject({ code: 'FORBIDDEN' });
    // …nor does another force's supervisor; a force's own detective lists its officers but not its workload.
    expect(await refused('supervisor.gmp', OFFICERS, { force: 'MPS' })).toMatchObject({ code: 'FORBIDDEN', field: 'force' });
    expect(await refused('supervisor.gmp', TEAM_WORKLOAD, { force: 'MPS' })).toMatchObject({ code: 'FORBIDDEN', field: 'force' });
    expect(await refused('detective.gmp', TEAM_WORKLOAD, { force: 'GMP' })).toMatchObject({ code: 'FORBIDDEN' });
    // The hub's analysts list any force's officers.
    const hub = (await gql('analyst.nca', OFFICERS, { force: 'GMP', team })).officers.edges.map((e: any) => e.node.username);
    expect(hub).toContain(busy);

    // An officer of another force is seen only as the officer in charge of a case one may see.
    const hidden = `query ($r: String!) { case(reference: $r) { officer { username team } } }`;
    expect((await gql('detective.met', hidden, { r: opened.reference })).case).toBeNull();
    await gql('supervisor.gmp', SHARE, { input: { caseId: opened.id, force: 'MPS', reason: 'Shared for the officers test' } });
    expect((await gql('detective.met', hidden, { r: opened.reference })).case).toEqual({ officer: { username: busy, team } });

    // Teams are the force's supervisors' (or the hub's) to set, within the officer's own force.
    const move = (officer: { username: string; force: string }) => ({ input: { officer, team: 'Elsewhere Team' } });
    expect(await refused('detective.gmp', SET_TEAM, move({ username: busy, force: 'GMP' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('supervisor.gmp', SET_TEAM, move({ username: 'detective.met', force: 'MPS' }))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.officer.force',
    });
    expect(await refused('supervisor.gmp', SET_TEAM, move({ username: 'detective.met', force: 'GMP' }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.officer',
    });
    // A username nobody has is answered alike, and no officer is made up for it.
    const nobody = `nobody.${uniqueSuffix()}`.toLowerCase();
    expect(await refused('supervisor.gmp', SET_TEAM, move({ username: nobody, force: 'GMP' }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.officer' });
    expect(await count('MATCH (o:Officer {username: $nobody})', { nobody })).toBe(0);
    expect(await refused('supervisor.gmp', SET_TEAM, { input: { officer: { username: busy, force: 'GMP' }, team: '<b>' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.team',
    });
    const cleared = (await gql('admin.nca', SET_TEAM, { input: { officer: { username: busy, force: 'GMP' }, team: null } })).setOfficerTeam;
    expect(cleared).toEqual({ username: busy, team: null, force: { code: 'GMP' } });
  });
});
