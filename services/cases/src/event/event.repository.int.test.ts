import { afterAll, describe, expect, it } from 'vitest';
import { CaseRepository } from '../case/case.repository.js';
import { CaseService } from '../case/case.service.js';
import { newForce, testExecutor, user, scopeOf, officerLookup, testWriter } from '../shared/fixtures.testing.js';
import { EventRepository } from './event.repository.js';
import { EventService } from './event.service.js';

const { db, close } = testExecutor();
afterAll(close);

function servicesFor(principal: ReturnType<typeof user>) {
  const cases = new CaseService(new CaseRepository(db, testWriter(db)), scopeOf(principal), officerLookup(db));
  return { cases, events: new EventService(new EventRepository(db, testWriter(db)), scopeOf(principal), cases) };
}

describe('events on a real Neo4j', () => {
  it('orders a timeline by when things happened, whatever their precision, and pages it without gaps', async () => {
    const { cases, events } = servicesFor(user(await newForce(db), 'detective'));
    const c = await cases.create({ title: 'Timeline' });
    const times = ['2026-03-14T09:30:00Z', '2025', '2026-03', '2026-03-14', '2026-02-28T23:59:00Z', '2026-03-14T09:30:00Z'];
    for (const occurredAt of times) await events.record({ caseId: c.id, kind: 'SIGHTING', description: `at ${occurredAt}`, occurredAt });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await events.timeline(c.id, 2, after);
      seen.push(...page.edges.map((e) => e.node.description));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['at 2025', 'at 2026-02-28T23:59:00Z', 'at 2026-03', 'at 2026-03-14', 'at 2026-03-14T09:30:00Z', 'at 2026-03-14T09:30:00Z']);
  });

  it('refuses an event on another force’s case, and a place nobody may see', async () => {
    const { cases } = servicesFor(user(await newForce(db), 'detective'));
    const c = await cases.create({ title: 'Mine' });
    const other = servicesFor(user(await newForce(db), 'detective'));
    await expect(other.events.record({ caseId: c.id, kind: 'ARREST', description: 'x', occurredAt: '2026-01' })).rejects.toMatchObject({
      code: 'CASE_NOT_FOUND',
    });
    const own = servicesFor(user(c.force, 'detective'));
    await expect(
      own.events.record({ caseId: c.id, kind: 'ARREST', description: 'x', occurredAt: '2026-01', locationId: 'no-such-place' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'input.locationId' },
    });
    expect((await own.events.timeline(c.id, 10, null)).edges).toEqual([]);
  });
});
