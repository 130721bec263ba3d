import { readFileSync } from 'node:fs';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DOSSIER } from '../scripts/bench/dossier-case.js';

// How the gateway plans the queries users wait on, from the committed supergraph: which subgraphs a
// query reaches, and in how many calls one after another (each costs a round trip on the critical path).
const supergraph = Supergraph.build(readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'));
const planner = new QueryPlanner(supergraph);

/** The plan's root node for a query (never a subscription here). */
function plan(query: string): PlanNode | undefined {
  const root: QueryPlan['node'] = planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(query))).node;
  if (root?.kind === 'Subscription') throw new Error('a subscription is not planned here');
  return root;
}

/** The subgraph calls on the plan's longest path: calls in a sequence add up, parallel ones do not. */
function depth(node: PlanNode | undefined): number {
  if (node === undefined) return 0;
  switch (node.kind) {
    case 'Fetch':
      return 1;
    case 'Flatten':
      return depth(node.node);
    case 'Sequence':
      return node.nodes.reduce((sum, child) => sum + depth(child), 0);
    case 'Parallel':
      return Math.max(0, ...node.nodes.map(depth));
    default:
      throw new Error(`a plan node of kind ${node.kind} is not expected here`);
  }
}

/** Every call of the plan, as `service` for a root call and `service at path` for one resolving entities found at that path. */
function calls(node: PlanNode | undefined, path = '', into: string[] = []): string[] {
  if (node === undefined) return into;
  if (node.kind === 'Fetch') into.push(path === '' ? node.serviceName : `${node.serviceName} at ${path}`);
  else if (node.kind === 'Flatten') calls(node.node, node.path.join('.'), into);
  else if (node.kind === 'Sequence' || node.kind === 'Parallel') for (const child of node.nodes) calls(child, path, into);
  return into;
}

/** Every subgraph the plan calls, in order of first call. */
const called = (node: PlanNode | undefined): string[] => [...new Set(calls(node).map((call) => call.split(' ')[0] ?? ''))];

const PEOPLE_WITH = (address: string) => `query ($reference: String!) {
  case(reference: $reference) { id people { person { id surname addresses { ${address} } } } } }`;

describe('query plans', () => {
  it('the dossier takes two calls, cases then entities: a person’s addresses come with the person, an event’s place with the event', () => {
    const dossier = plan(DOSSIER);
    expect(calls(dossier)).toEqual(['cases', 'entities at case']);
    expect(depth(dossier)).toBe(2);
  });

  it('an address’s shown lines, postcode and coordinates come from entities with the person', () => {
    const shown = plan(PEOPLE_WITH('id line1 line2 town postcode postcodeArea postcodeDistrict postcodeSector latitude longitude'));
    expect(called(shown)).toEqual(['cases', 'entities']);
  });

  it('what only locations knows of an address (its claims, force area, occupants) still comes from locations', () => {
    for (const field of ['claims { line1 }', 'forceArea { code }', 'people { role }']) {
      const more = plan(PEOPLE_WITH(`id line1 ${field}`));
      expect(called(more), field).toEqual(['cases', 'entities', 'locations']);
      expect(depth(more), field).toBe(3);
    }
  });

  it('an event’s place shows itself from cases; what only locations knows of it still comes from locations', () => {
    const timeline = (place: string) =>
      `query ($reference: String!) { case(reference: $reference) { id timeline { edges { node { id place { ${place} } } } } } }`;
    expect(calls(plan(timeline('id line1 line2 town postcode postcodeArea postcodeDistrict postcodeSector latitude longitude')))).toEqual(['cases']);
    expect(calls(plan(timeline('id line1 claims { line1 }')))).toEqual(['cases', 'locations at case.timeline.edges.@.node.place']);
  });

  it('a person reached through locations has their addresses from locations, without a detour', () => {
    const occupants = plan('query ($id: ID!) { location(id: $id) { id people { person { id addresses { id town } } } } }');
    expect(called(occupants)).toEqual(['locations']);
  });
});
