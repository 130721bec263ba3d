import { viewerParams, type Principal } from '@crosslink/common';
import { scopeFor } from '@crosslink/common/testing';
import type * as GraphQL from 'graphql';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { ActionRepository } from '../action/action.repository.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { CaseRepository } from '../case/case.repository.js';
import { services, type CasesContext } from '../context.js';
import { EventRepository } from '../event/event.repository.js';
import { ExportRepository } from '../export/export.repository.js';
import { ForceRepository } from '../force/force.repository.js';
import { OfficerRepository } from '../officer/officer.repository.js';
import { OperationRepository } from '../operation/operation.repository.js';
import { buildSchema } from '../schema.js';
import { AlertRepository } from '../alert/alert.repository.js';
import { AccessRepository } from '../access/access.repository.js';
import { SharingRepository } from '../sharing/sharing.repository.js';
import { WorkloadRepository } from '../workload/workload.repository.js';
import { countingExecutor, HUB, newForce, user, testWriter } from './fixtures.testing.js';

// @apollo/subgraph builds the schema with graphql's CommonJS build; run queries with that same instance.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

const { db, close } = countingExecutor();
afterAll(close);

const repositories = {
  cases: new CaseRepository(db, testWriter(db)),
  forces: new ForceRepository(db),
  audit: new AuditRepository(db),
  sharing: new SharingRepository(db, testWriter(db)),
  access: new AccessRepository(db, testWriter(db)),
  alerts: new AlertRepository(db, testWriter(db)),
  events: new EventRepository(db, testWriter(db)),
  operations: new OperationRepository(db, testWriter(db)),
  actions: new ActionRepository(db, testWriter(db)),
  workload: new WorkloadRepository(db),
  officers: new OfficerRepository(db, testWriter(db)),
  exports: new ExportRepository(testWriter(db)),
};
const schema = buildSchema();
/** A fresh request context, as the subgraph builds one per request (fresh loaders), the caller's officer record kept first. */
async function contextFor(principal: Principal): Promise<CasesContext> {
  const scope = scopeFor(principal, { hubForce: HUB, requestId: 'nested-pages', chain: 'cases' });
  const ctx = { ...scope, ...services(repositories, scope, {}) };
  await ctx.officers.remember();
  return ctx;
}

const PAGE = 'edges { cursor node { id } } pageInfo { hasNextPage endCursor }';
const NESTED = `query ($force: ID!, $first: Int, $after: String) {
  cases(filter: { force: $force }, first: 10) {
    edges { node { id history(first: $first, after: $after) { ${PAGE} } timeline(first: $first, after: $after) { ${PAGE} } actions(first: $first, after: $after) { ${PAGE} } } }
  }
}`;

type Page = { readonly edges: readonly { cursor: string; node: { id: string } }[]; readonly pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Three cases with several changes, events and actions each, in a force of the test's own. */
async function seed(principal: Principal): Promise<string[]> {
  const ctx = await contextFor(principal);
  const ids: string[] = [];
  for (let n = 0; n < 3; n++) {
    const c = await ctx.cases.create({ title: `Batched ${n}` });
    for (let i = 0; i <= n + 1; i++) await ctx.cases.update({ caseId: c.id, title: `Batched ${n}.${i}` });
    for (let i = 0; i <= n + 1; i++) await ctx.events.record({ caseId: c.id, kind: 'SIGHTING', description: `seen ${i}`, occurredAt: `202${i}-0${n + 1}` });
    for (let i = 0; i <= n + 1; i++) await ctx.actions.raise({ caseId: c.id, description: `action ${i}` });
    ids.push(c.id);
  }
  return ids;
}

describe('nested pages under a list of cases on a real Neo4j', () => {
  it('costs one query per nested field, however many cases the page holds', async () => {
    const detective = user(await newForce(db), 'detective');
    await seed(detective);
    const contextValue = await contextFor(detective);
    const before = db.reads;
    const result = await graphql({ schema, source: NESTED, variableValues: { force: detective.force, first: 2 }, contextValue });
    expect(result.errors).toBeUndefined();
    const cases = (result.data as { cases: { edges: { node: Record<string, Page> }[] } }).cases.edges;
    expect(cases).toHaveLength(3);
    // The force filtered by (checked to exist), cases, then history, timeline and actions once each for all three cases.
    expect(db.reads - before).toBe(5);
    for (const { node } of cases) for (const field of ['history', 'timeline', 'actions']) expect(node[field]!.edges).toHaveLength(2);
  });

  it('gives each case the page it gets when asked for alone, cursor after cursor', async () => {
    const detective = user(await newForce(db), 'detective');
    const ids = await seed(detective);

    /** Follows one case's own cursors with a fresh context per page: one parent per query, nothing batched. */
    const alone = async (page: (ctx: CasesContext, after: string | null) => Promise<Page>) => {
      const seen: string[][] = [];
      let after: string | null = null;
      for (;;) {
        const p = await page(await contextFor(detective), after);
        seen.push(p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasNextPage) return seen;
        after = p.pageInfo.endCursor;
      }
    };
    /** Follows every case's cursors at once in one context: each round is one batch of parents. */
    const together = async (page: (ctx: CasesContext, id: string, after: string | null) => Promise<Page>) => {
      const seen = new Map<string, string[][]>(ids.map((id) => [id, []]));
      let open = ids.map((id) => ({ id, after: null as string | null }));
      const ctx = await contextFor(detective);
      while (open.length > 0) {
        const pages = await Promise.all(open.map((o) => page(ctx, o.id, o.after)));
        pages.forEach((p, i) => seen.get(open[i]!.id)!.push(p.edges.map((e) => e.node.id)));
        open = open.flatMap((o, i) => (pages[i]!.pageInfo.hasNextPage ? [{ id: o.id, after: pages[i]!.pageInfo.endCursor }] : []));
      }
      return seen;
    };

    const fields = {
      history: (ctx: CasesContext, id: string, after: string | null) => ctx.cases.history(id, 1, after),
      timeline: (ctx: CasesContext, id: string, after: string | null) => ctx.events.timeline(id, 1, after),
      actions: (ctx: CasesContext, id: string, after: string | null) => ctx.actions.on({ kind: 'Case', id }, 1, after),
    };
    for (const [name, page] of Object.entries(fields)) {
      const batched = await together(page);
      for (const id of ids) {
        const expected = await alone((ctx, after) => page(ctx, id, after));
        expect(batched.get(id), `${name} of ${id}`).toEqual(expected);
        expect(expected.flat().length, `${name} of ${id}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('leaves out the pages of cases the caller may not see, in the same batch', async () => {
    const mine = user(await newForce(db), 'detective');
    const theirs = user(await newForce(db), 'detective');
    const [own] = await seed(mine);
    const [hidden] = await seed(theirs);
    const pages = await repositories.cases.histories([own!, hidden!], null, 10, viewerParams(mine, HUB), {});
    expect([...pages.keys()]).toEqual([own]);
  });

  it('reads a case by reference and its timeline in one round trip, with the page asked for', async () => {
    const detective = user(await newForce(db), 'detective');
    const [id] = await seed(detective);
    const { reference } = (await (await contextFor(detective)).cases.byIdOrNull(id!))!;
    const source = `query ($r: String!, $first: Int, $after: String) { case(reference: $r) { id timeline(first: $first, after: $after) { ${PAGE} } } }`;
    const pages: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const contextValue = await contextFor(detective);
      const before = db.reads;
      db.peak = 0;
      const result = await graphql({ schema, source, variableValues: { r: reference.toLowerCase(), first: 1, after }, contextValue });
      expect(result.errors).toBeUndefined();
      // The case and its timeline page are fetched at the same time: two reads, side by side.
      expect(db.reads - before).toBe(2);
      expect(db.peak).toBe(2);
      const timeline = (result.data as { case: { timeline: Page } }).case.timeline;
      pages.push(timeline.edges.map((e) => e.node.id));
      if (!timeline.pageInfo.hasNextPage) break;
      after = timeline.pageInfo.endCursor;
    }
    const alone = await (await contextFor(detective)).events.timeline(id!, 10, null);
    expect(pages.flat()).toEqual(alone.edges.map((e) => e.node.id));
  });

  it('fetches nothing of a case the caller may not see by reference', async () => {
    const mine = user(await newForce(db), 'detective');
    const theirs = user(await newForce(db), 'detective');
    const [hidden] = await seed(theirs);
    const { reference } = (await (await contextFor(theirs)).cases.byIdOrNull(hidden!))!;
    const result = await graphql({ schema, source: `{ case(reference: "${reference}") { id timeline { ${PAGE} } } }`, contextValue: await contextFor(mine) });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ case: null });
  });

  it('gives the events fetched by reference their case and whether they are another force’s', async () => {
    const detective = user(await newForce(db), 'detective');
    const [id] = await seed(detective);
    const { reference } = (await (await contextFor(detective)).cases.byIdOrNull(id!))!;
    const own = await repositories.events.timelineOfReference(reference, null, 10, viewerParams(detective, HUB), {});
    expect(own?.caseId).toBe(id);
    expect(own?.events.length).toBeGreaterThanOrEqual(2);
    expect(own?.events.every((e) => e.caseId === id && (e as { foreign?: boolean }).foreign === false)).toBe(true);
    const hub = await repositories.events.timelineOfReference(reference, null, 10, viewerParams(user(HUB, 'analyst'), HUB), {});
    expect(hub?.events.every((e) => (e as { foreign?: boolean }).foreign === true)).toBe(true);
  });
});
