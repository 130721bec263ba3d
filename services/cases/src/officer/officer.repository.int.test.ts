import { afterAll, describe, expect, it } from 'vitest';
import { ActionRepository } from '../action/action.repository.js';
import { ActionService } from '../action/action.service.js';
import { CaseRepository } from '../case/case.repository.js';
import { CaseService } from '../case/case.service.js';
import { count, HUB, newForce, testExecutor, user, scopeOf, officerLookup, testWriter } from '../shared/fixtures.testing.js';
import { WorkloadRepository } from '../workload/workload.repository.js';
import { WorkloadService } from '../workload/workload.service.js';
import { OfficerRepository } from './officer.repository.js';
import { OfficerService } from './officer.service.js';

const { db, close } = testExecutor();
afterAll(close);
type P = ReturnType<typeof user>;
// One repository, as one subgraph process has: it remembers which officers it already stored.
const repository = new OfficerRepository(db, testWriter(db));
const officers = (p: P) => new OfficerService(repository, scopeOf(p));
const cases = (p: P) => new CaseService(new CaseRepository(db, testWriter(db)), scopeOf(p), officerLookup(db));
const actions = (p: P) => new ActionService(new ActionRepository(db, testWriter(db)), scopeOf(p), officerLookup(db));
const workload = (p: P) => new WorkloadService(new WorkloadRepository(db), scopeOf(p));
/** An officer's first request: Crosslink records them from their token. */
const signIn = (username: string, force: string) => officers({ ...user(force, 'detective'), username }).remember();

describe('officers on a real Neo4j', () => {
  it('keeps an officer as their token describes them, until a supervisor places them in a team', async () => {
    const force = await newForce(db);
    const detective = { ...user(force, 'detective'), displayName: 'Sam Idowu', team: 'Burglary Team' };
    await officers(detective).remember();
    expect(await officers(detective).byUsernameOrNull(detective.username)).toEqual({
      username: detective.username,
      force,
      displayName: 'Sam Idowu',
      team: 'Burglary Team',
    });

    // The realm renames them and moves their team: the record follows.
    await officers({ ...detective, displayName: 'Sam Idowu-Baker', team: 'Robbery Team' }).remember();
    expect(await officers(detective).byUsernameOrNull(detective.username)).toMatchObject({ displayName: 'Sam Idowu-Baker', team: 'Robbery Team' });

    // A supervisor's decision stands over the token's team from then on.
    await officers(user(force, 'supervisor')).setTeam({ officer: { username: detective.username, force }, team: 'Major Crime Team' });
    await officers({ ...detective, team: 'Burglary Team' }).remember();
    expect(await officers(detective).byUsernameOrNull(detective.username)).toMatchObject({ team: 'Major Crime Team' });
  });

  it('lists a force’s officers by username, a team at a time, page after page', async () => {
    const force = await newForce(db);
    const supervisor = user(force, 'supervisor');
    const names = ['d.alpha', 'd.bravo', 'd.charlie', 'd.delta'].map((n) => `${n}.${force.toLowerCase()}`);
    for (const username of names) await signIn(username, force);
    for (const [i, username] of names.entries())
      await officers(supervisor).setTeam({ officer: { username, force }, team: i % 2 === 0 ? 'Even Team' : 'Odd Team' });

    const first = await officers(user(force, 'detective')).list(force, null, 3, null);
    const second = await officers(user(force, 'detective')).list(force, null, 3, first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((e) => e.node.username)).toEqual(names);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const even = await officers(user(HUB, 'analyst')).list(force, ' Even  Team ', 10, null);
    expect(even.edges.map((e) => e.node)).toEqual(
      [names[0], names[2]].map((username) => ({ username, force, displayName: expect.any(String), team: 'Even Team' })),
    );

    await expect(officers(user(await newForce(db), 'detective')).list(force, null, 10, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(officers(user(force, 'detective')).list(force, null, 10, 'forged')).rejects.toMatchObject({ code: 'BAD_CURSOR' });
  });

  it('places an officer only within their own force, by that force’s supervisors or the hub', async () => {
    const [force, other] = [await newForce(db), await newForce(db)];
    const elsewhere = user(other, 'detective');
    await officers(elsewhere).remember();
    await expect(officers(user(force, 'supervisor')).setTeam({ officer: { username: elsewhere.username, force }, team: 'Team A' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'input.officer' },
    });
    await expect(
      officers(user(force, 'supervisor')).setTeam({ officer: { username: elsewhere.username, force: other }, team: 'Team A' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(officers(user(other, 'detective')).setTeam({ officer: { username: elsewhere.username, force: other }, team: 'Team A' })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    await expect(officers(user(HUB, 'supervisor')).setTeam({ officer: { username: elsewhere.username, force: other }, team: 'Team A' })).resolves.toMatchObject(
      { team: 'Team A' },
    );
    await expect(officers(user(HUB, 'admin')).setTeam({ officer: { username: elsewhere.username, force: other }, team: '' })).resolves.toMatchObject({
      team: null,
    });
  });

  it('answers an unknown username as it answers another force’s officer, and records no one', async () => {
    const [force, other] = [await newForce(db), await newForce(db)];
    const elsewhere = user(other, 'detective');
    await officers(elsewhere).remember();
    const unknown = `nobody.${force.toLowerCase()}`;
    const refusals = await Promise.all(
      [elsewhere.username, unknown].map((username) =>
        officers(user(force, 'supervisor'))
          .setTeam({ officer: { username, force }, team: 'Team A' })
          .then(
            () => null,
            (error: { code: string; details: unknown }) => ({ code: error.code, details: error.details }),
          ),
      ),
    );
    expect(refusals[0]).toEqual({ code: 'NOT_FOUND', details: { field: 'input.officer' } });
    expect(refusals[1]).toEqual(refusals[0]);
    expect(await officers(user(force, 'detective')).byUsernameOrNull(unknown)).toBeNull();
    expect(await count(db, 'MATCH (o:Officer {username: $unknown})', { unknown })).toBe(0);
  });

  it('rolls the workload up per team, counting idle officers, and filters officers by team', async () => {
    const force = await newForce(db);
    const [supervisor, detective] = [user(force, 'supervisor'), user(force, 'detective')];
    const [busy, idle, loner] = ['busy', 'idle', 'loner'].map((n) => `${n}.${force.toLowerCase()}`) as [string, string, string];
    for (const username of [busy, idle, loner]) await signIn(username, force);
    for (const username of [busy, idle]) await officers(supervisor).setTeam({ officer: { username, force }, team: 'Team One' });
    await officers(supervisor).setTeam({ officer: { username: loner, force }, team: null });
    const c = await cases(detective).create({ title: 'Team load', priority: 'HIGH' });
    await cases(supervisor).assignOfficerInCharge({ caseId: c.id, officer: busy });
    const a = await actions(detective).raise({ caseId: c.id, description: 'Overdue', priority: 'LOW', dueDate: '2020-01-01' });
    await actions(supervisor).allocate({ actionId: a.id, officer: { username: busy, force } });

    const teams = await workload(supervisor).byTeam(force);
    expect(teams).toEqual([
      {
        team: 'Team One',
        officers: 2,
        openCases: 1,
        openActions: 1,
        overdueActions: 1,
        byPriority: [
          { priority: 'HIGH', cases: 1, actions: 0 },
          { priority: 'MEDIUM', cases: 0, actions: 0 },
          { priority: 'LOW', cases: 0, actions: 1 },
        ],
      },
      // The detective who opened the case holds nothing now but has no record: only the loner is teamless.
      expect.objectContaining({ team: null, officers: 1, openCases: 0 }),
    ]);
    const members = await workload(supervisor).forForce(force, 'Team One', 10, null);
    expect(members.edges.map((e) => [e.node.officer, e.node.team, e.node.openCases])).toEqual([
      [busy, 'Team One', 1],
      [idle, 'Team One', 0],
    ]);
    await expect(workload(user(await newForce(db), 'supervisor')).byTeam(force)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
