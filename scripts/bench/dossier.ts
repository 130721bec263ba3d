// `npm run bench:dossier` — against the platform `npm start` runs. Times one case dossier (the case,
// its people and their addresses, its objects, its timeline with each event's place) fetched three
// ways in one run, interleaved round by round:
//   1. through the gateway, as a client does (authentication, planning, four subgraph calls over three
//      hops, and the one audit write in which the gateway records what every call consulted), and
//      beside it the smallest request the gateway serves: the case alone, one call and one statement;
//   2. against the subgraphs directly, in the calls the gateway's plan makes (each call audited by
//      its subgraph, as calls that bypass the gateway are);
//   3. as the equivalent raw Cypher through the driver, in one round trip;
// plus the raw Cypher without the access predicate, and with the audit write a gateway request
// makes, to show what access control and audit cost; and the statements the gateway's plan makes
// the subgraphs run, issued straight through the driver (dossier-plan.ts), which is the database
// work any federated answer pays before HTTP and GraphQL add theirs. Prints p50/p95 per variant and
// the ratios.
import { readFileSync } from 'node:fs';
import { createDriver, caseVisible, Neo4jExecutor, type AuditEntry, type ViewerParams } from '@crosslink/common';
import neo4j from 'neo4j-driver';
import { CASE_ALONE, DOSSIER, EVENTS, PEOPLE, PHONES, VEHICLES, benchCase, dossierDirect, gql, token } from './dossier-case.js';
import { planStatements } from './dossier-plan.js';
import { interleaved, summarise, table } from './stats.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 300);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 50);
const root = new URL('../../', import.meta.url);
const secrets = JSON.parse(readFileSync(new URL('.crosslink/secrets.json', root), 'utf8')) as { neo4jPassword: string };
const gateway = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000/graphql';
const subgraph = (port: number) => `http://127.0.0.1:${port}/graphql`;
const keycloak = process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8180';

const bearer = await token(keycloak, 'detective.gmp');
const subject = await benchCase(gateway, bearer);
const driver = createDriver({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: secrets.neo4jPassword });
// The services' own audit path (one statement per append), on a chain of the benchmark's own.
const trail = new Neo4jExecutor(driver, 'neo4j', 'benchmark');
const viewer: ViewerParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 0, caveats: [] } };

const raw = (predicate: boolean) => `
  MATCH (c:Case {reference: $reference}) ${predicate ? `WHERE ${caseVisible('c')}` : ''}
  MATCH (c)-[:OWNED_BY]->(f:Force)
  RETURN c { .id, .reference, .title, .status, force: f { .code, .name },
    people: [(p:Person)-[r:INVOLVED_IN]->(c) | { role: r.role, person: p { .id, .forenames, .surname, .dateOfBirth,
      addresses: [(p)-[:HAS_ADDRESS]->(l:Location) | l { .id, .line1, .town, .postcode }] } }],
    objects: [(o)-[:SEEN_IN]->(c) | o { .id, .number, .vrm, .make, .model, kind: labels(o)[0] }],
    timeline: COLLECT { MATCH (e:Event)-[:ON_CASE]->(c) WITH e ORDER BY e.occurredAt, e.id
      RETURN e { .id, .kind, .description, .occurredAt, place: COLLECT { MATCH (e)-[:OCCURRED_AT]->(l:Location) RETURN l { .id, .line1, .postcode } }[0] } } } AS dossier`;

const entry = (service: string): AuditEntry => ({
  id: crypto.randomUUID(), at: new Date().toISOString(), userId: 'benchmark', username: 'benchmark', force: 'GMP',
  operation: 'CONSULTATION', action: 'Benchmark.auditAppend', records: [`Case:${subject.id}`], recipients: [], purpose: 'Benchmark of the audit write',
  requestId: 'bench', service,
});

const appendAudit = () => trail.appendAudit(['cases', 'entities', 'locations'].map(entry));
const plan = planStatements(driver, viewer, appendAudit);

const variants: Record<string, () => Promise<unknown>> = {
  'gateway (token, plan, 4 calls, 1 audit write)': () => gql(gateway, bearer, DOSSIER, { reference: subject.reference }),
  'gateway, the case alone (1 call, 1 audit write)': () => gql(gateway, bearer, CASE_ALONE, { reference: subject.reference }),
  'subgraphs directly (4 calls, 4 audit writes)': () =>
    dossierDirect((url, query, variables) => gql(url, bearer, query, variables), { cases: subgraph(4001), entities: subgraph(4002), locations: subgraph(4003) }, subject.reference),
  'raw Cypher with access predicate': () => driver.executeQuery(raw(true), { reference: subject.reference, ...viewer }, { routing: neo4j.routing.READ }),
  'raw Cypher without access predicate': () => driver.executeQuery(raw(false), { reference: subject.reference }, { routing: neo4j.routing.READ }),
  'raw Cypher with predicate + audit write': async () => {
    await driver.executeQuery(raw(true), { reference: subject.reference, ...viewer }, { routing: neo4j.routing.READ });
    await appendAudit();
  },
  "the plan's statements, driver only (6 reads, 1 audit write)": () => plan(subject.reference),
};

console.log(`case dossier ${subject.reference}: 1 case, ${PEOPLE} people, ${PEOPLE * 2} addresses, ${PHONES + VEHICLES} objects, ${EVENTS} events; ${ROUNDS} rounds after ${WARMUP} warm-up, one client\n`);
const samples = await interleaved(variants, ROUNDS, WARMUP);
const summaries = [...samples].map(([name, s]) => summarise(name, s));
console.log(table(summaries));
const by = (name: string) => summaries.find((s) => s.name.startsWith(name))!;
const viaGateway = by('gateway (token');
const direct = by('subgraphs');
const alone = by('gateway, the case alone');
const rawWith = by('raw Cypher with access predicate');
const rawWithout = by('raw Cypher without');
const rawAudit = by('raw Cypher with predicate +');
const planned = by("the plan's statements");
const target = 1.5 * rawWith.p50 + 5;
console.log(`
gateway p50 / raw Cypher p50:              ${(viaGateway.p50 / rawWith.p50).toFixed(2)}x  (target: at most 1.5x raw + 5 ms = ${target.toFixed(2)} ms; gateway ${viaGateway.p50.toFixed(2)} ms: ${viaGateway.p50 <= target ? 'met' : 'NOT met'})
the plan's statements alone, p50:          ${planned.p50.toFixed(2)} ms, ${(planned.p50 / rawWith.p50).toFixed(2)}x raw (${planned.p50 <= target ? 'within' : 'already over'} the target)
the case alone via the gateway, p50:       ${alone.p50.toFixed(2)} ms (${alone.p50 <= target ? 'within' : 'already over'} the target)
gateway p50 - the plan's statements p50:   ${(viaGateway.p50 - planned.p50).toFixed(2)} ms (HTTP, GraphQL, tokens, planning)
gateway p50 - subgraphs direct p50:        ${(viaGateway.p50 - direct.p50).toFixed(2)} ms
access predicate, added p50 / p95:         ${(rawWith.p50 - rawWithout.p50).toFixed(2)} ms / ${(rawWith.p95 - rawWithout.p95).toFixed(2)} ms
audit write, added p50 / p95:              ${(rawAudit.p50 - rawWith.p50).toFixed(2)} ms / ${(rawAudit.p95 - rawWith.p95).toFixed(2)} ms`);
await driver.close();
