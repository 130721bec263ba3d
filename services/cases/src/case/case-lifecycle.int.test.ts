import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, HUB, newForce, testExecutor, user, scopeOf, officerLookup, signedIn, testWriter } from '../shared/fixtures.testing.js';
import { CaseRepository } from './case.repository.js';
import { CaseService } from './case.service.js';

const { db, close } = testExecutor();
const repository = new CaseRepository(db, testWriter(db));
const serviceFor = (principal: ReturnType<typeof user>) => new CaseService(repository, scopeOf(principal), officerLookup(db));

let force: string;
beforeAll(async () => {
  force = await newForce(db);
});
afterAll(close);

describe('case lifecycle on a real Neo4j', () => {
  it('walks a case through its lifecycle, stamping the instants and recording each change', async () => {
    const detective = serviceFor(user(force, 'detective'));
    const supervisor = serviceFor(user(force, 'supervisor'));
    const referred = await detective.create({ title: 'Referred by BTP', status: 'REFERRED' });
    expect(referred).toMatchObject({ status: 'REFERRED', openedAt: null, classification: 'OFFICIAL', caveats: [], priority: 'MEDIUM' });

    const opened = await detective.changeStatus({ caseId: referred.id, status: 'OPEN' });
    expect(opened.openedAt).not.toBeNull();
    await detective.changeStatus({ caseId: referred.id, status: 'ACTIVE' });
    const closed = await supervisor.changeStatus({ caseId: referred.id, status: 'CLOSED', reason: 'charged' });
    expect(closed.closedAt).not.toBeNull();
    const reopened = await supervisor.changeStatus({ caseId: referred.id, status: 'ACTIVE', reason: 'new evidence' });
    expect(reopened).toMatchObject({ status: 'ACTIVE', closedAt: null, openedAt: opened.openedAt });

    const history = await supervisor.history(referred.id, 10, null);
    expect(history.edges.map((e) => [e.node.from, e.node.to, e.node.reason])).toEqual([
      ['CLOSED', 'ACTIVE', 'new evidence'],
      ['ACTIVE', 'CLOSED', 'charged'],
      ['OPEN', 'ACTIVE', null],
      ['REFERRED', 'OPEN', null],
    ]);
  });

  it('refuses a step the lifecycle does not allow and writes nothing', async () => {
    const detective = serviceFor(user(force, 'detective'));
    const opened = await detective.create({ title: 'Straight to closed?' });
    await expect(detective.changeStatus({ caseId: opened.id, status: 'SUSPENDED' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await count(db, 'MATCH (:Case {id: $id})-[:HAS_CHANGE]->()', { id: opened.id })).toBe(0);
    expect((await detective.byIdOrNull(opened.id))?.status).toBe('OPEN');
  });

  it('leaves closing to supervisors and changing to the owning force', async () => {
    const detective = serviceFor(user(force, 'detective'));
    const c = await detective.create({ title: 'Closing rights' });
    await detective.changeStatus({ caseId: c.id, status: 'ACTIVE' });
    await expect(detective.changeStatus({ caseId: c.id, status: 'CLOSED' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const otherForce = serviceFor(user(await newForce(db), 'supervisor'));
    await expect(otherForce.changeStatus({ caseId: c.id, status: 'SUSPENDED' })).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
    const hubAnalyst = serviceFor(user(HUB, 'analyst'));
    await expect(hubAnalyst.update({ caseId: c.id, title: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records each changed field once, and pages the history newest first', async () => {
    const detective = serviceFor(user(force, 'detective'));
    const c = await detective.create({ title: 'Paged history' });
    for (let i = 1; i <= 5; i++) await detective.update({ caseId: c.id, title: `Title ${i}` });
    const updated = await detective.update({ caseId: c.id, title: 'Title 5', priority: 'HIGH', crimeTypes: ['FRAUD', 'MONEY_LAUNDERING'], reason: 'intel' });
    expect(updated).toMatchObject({ priority: 'HIGH', crimeTypes: ['FRAUD', 'MONEY_LAUNDERING'] });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await detective.history(c.id, 3, after);
      seen.push(...page.edges.map((e) => `${e.node.field}:${e.node.to}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(seen.slice(0, 2).sort()).toEqual(['crimeTypes:FRAUD,MONEY_LAUNDERING', 'priority:HIGH']);
    expect(seen.slice(2)).toEqual(['title:Title 5', 'title:Title 4', 'title:Title 3', 'title:Title 2', 'title:Title 1']);
  });

  it('reassigns the officer in charge, and filters cases by officer, crime type and opening date', async () => {
    const local = await newForce(db);
    const detective = serviceFor(user(local, 'detective'));
    const supervisor = user(local, 'supervisor');
    const c = await detective.create({ title: 'Handover', crimeTypes: ['COUNTY_LINES'] });
    await detective.create({ title: 'Other', crimeTypes: ['BURGLARY'] });
    await expect(detective.assignOfficerInCharge({ caseId: c.id, officer: 'someone.else' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Only a real officer of the case's force takes it: not a misspelt name, not another force's officer.
    const two = await signedIn(db, user(local, 'detective'));
    const elsewhere = await signedIn(db, user(force, 'detective'));
    for (const officer of [`${two.username}x`, elsewhere.username]) {
      await expect(serviceFor(supervisor).assignOfficerInCharge({ caseId: c.id, officer })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { field: 'input.officer' },
      });
    }
    expect(await count(db, 'MATCH (o:Officer {username: $name})', { name: `${two.username}x` })).toBe(0);
    const assigned = await serviceFor(supervisor).assignOfficerInCharge({ caseId: c.id, officer: two.username.toUpperCase(), reason: 'leave' });
    expect(assigned.officerInCharge).toBe(two.username);

    const ids = async (filter: Parameters<CaseService['list']>[0]) => (await detective.list({ force: local, ...filter }, 50, null)).edges.map((e) => e.node.id);
    expect(await ids({ officer: two.username })).toEqual([c.id]);
    expect(await ids({ crimeType: 'COUNTY_LINES' })).toEqual([c.id]);
    expect(await ids({ openedFrom: '2000-01-01T00:00:00Z', openedTo: '2001-01-01T00:00:00Z' })).toEqual([]);
    expect(await ids({ openedFrom: '2000-01-01T00:00:00Z' })).toHaveLength(2);
  });

  it('marks a case with caveats the user holds, and refuses others', async () => {
    const holder = { ...user(force, 'detective'), caveats: new Set(['SENSITIVE']) };
    const marked = await serviceFor(holder).create({ title: 'Sensitive', caveats: ['sensitive'] });
    expect(marked.caveats).toEqual(['SENSITIVE']);
    await expect(serviceFor(holder).update({ caseId: marked.id, caveats: ['SENSITIVE', 'OP_LARKSPUR'] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { field: 'input.caveats' },
    });
    // Someone without the caveat no longer sees the case at all.
    expect(await serviceFor(user(force, 'detective')).byIdOrNull(marked.id)).toBeNull();
  });

  it('refuses a classification above the user’s clearance', async () => {
    const detective = serviceFor(user(force, 'detective'));
    await expect(detective.create({ title: 'Too secret', classification: 'SECRET' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { field: 'input.classification' },
    });
  });
});
