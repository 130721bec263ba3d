// `npm run bench:dossier` — against the platform `npm start` runs. Times one case dossier (the case,
// its people and their addresses, its objects, its timeline with each event's place) fetched three
// ways in one run, interleaved round by round:
//   1. through the gateway, as a client does (authentication, planning, two subgraph calls one after
//      the other, and the one audit write in which the gateway records what every call consulted), and
//      beside it the smallest request the gateway serves: the case alone, one call and one statement;
//   2. against the subgraphs directly, in the calls the gateway's plan makes (each call audited by
//      its subgraph, as calls that bypass the gateway are);
//   3. as the equivalent raw Cypher through the driver, in one round trip;
// and beside them the same calls attested as the gateway attests them (each subgraph returns its
// consultations, which are written in one append after the last call, as the gateway does) — the
// two ways a federated read can be audited, compared on identical calls;
// plus the raw Cypher without the access predicate, and with the audit write a gateway request
// makes, to show what access control and audit cost; and the statements the gateway's plan makes
// the subgraphs run, issued straight through the driver (dossier-plan.ts), which is the database
// work any federated answer pays before HTTP and GraphQL add theirs; and one small write committed
// the two ways a statement of its own can be (begin/run/commit, or auto-commit, as audit appends are).
// Prints p50/p95 per variant and the ratios.
//
// It targets `npm start`'s platform by default; GATEWAY_URL, CASES_URL, ENTITIES_URL,
// KEYCLOAK_URL, NEO4J_URI, NEO4J_PASSWORD and AUDIT_ATTESTATION_KEY point it at another (a test stack).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  attest,
  AuditedWriter,
  AUDIT_EXTENSION,
  createDriver,
  caseVisible,
  cypher,
  Neo4jExecutor,
  type AuditEntry,
  type ViewerParams,
} from '@crosslink/common';
import neo4j from 'neo4j-driver';
import { benchCase, CASE_ALONE, DOSSIER, dossierDirect, EVENTS, gql, PEOPLE, PHONES, token, VEHICLES, type DossierSubgraph } from './dossier-case.js';
import { planStatements } from './dossier-plan.js';
import { interleaved, summarise, table } from './stats.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 300);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 50);
const root = new URL('../../', import.meta.url);
const devSecrets = () => JSON.parse(readFileSync(new URL('.crosslink/secrets.json', root), 'utf8')) as { neo4jPassword: string; auditAttestationKey: string };
const neo4jPassword = process.env['NEO4J_PASSWORD'] ?? devSecrets().neo4jPassword;
const attestationKey = process.env['AUDIT_ATTESTATION_KEY'] ?? devSecrets().auditAttestationKey;
const gateway = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000/graphql';
const subgraphUrls: Record<DossierSubgraph, string> = {
  cases: process.env['CASES_URL'] ?? 'http://127.0.0.1:4001/graphql',
  entities: process.env['ENTITIES_URL'] ?? 'http://127.0.0.1:4002/graphql',
};
const keycloak = process.env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8180';

async function call(
  url: string,
  bearer: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<{ data: any; extensions?: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown; extensions?: any };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, extensions: body.extensions };
}

const bearer = await token(keycloak, 'detective.gmp');
const subject = await benchCase(gateway, bearer);
const driver = createDriver({ uri: process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7687', user: 'neo4j', password: neo4jPassword });
// The services' own audit path (one statement per append), on a chain of the benchmark's own.
const benchExecutor = new Neo4jExecutor(driver, 'neo4j', 'benchmark');
const trail = new AuditedWriter(benchExecutor, 'benchmark');
// One small write, sent the two ways a statement of its own can be committed.
const marker = cypher('CREATE (m:BenchmarkWrite {at: timestamp()}) RETURN m.at AS at');
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
  id: crypto.randomUUID(),
  at: new Date().toISOString(),
  userId: 'benchmark',
  username: 'benchmark',
  force: 'GMP',
  operation: 'CONSULTATION',
  action: 'Benchmark.auditAppend',
  records: [`Case:${subject.id}`],
  recipients: [],
  purpose: 'Benchmark of the audit write',
  requestId: 'bench',
  service,
});

const appendAudit = () => trail.append(['cases', 'entities'].map(entry));
const plan = planStatements(driver, viewer, appendAudit);

/**
 * The dossier in the calls the gateway's plan makes, straight to the subgraphs. Unattested, each
 * subgraph writes its own consultations before answering; attested (as the gateway attests, with a
 * fresh nonce per call), each returns them and they are written in one append after the last call.
 */
async function direct(attested: boolean): Promise<unknown> {
  const requestId = randomUUID();
  const consulted: AuditEntry[] = [];
  const send = async (name: DossierSubgraph, query: string, variables: Record<string, unknown>) => {
    const url = subgraphUrls[name];
    const headers: Record<string, string> = { 'x-request-id': requestId };
    if (attested) headers['x-crosslink-audit-attestation'] = attest(attestationKey, { audience: name, requestId, token: bearer, query, variables });
    const answer = await call(url, bearer, query, variables, headers);
    const entries = answer.extensions?.[AUDIT_EXTENSION];
    if (attested && !Array.isArray(entries)) throw new Error(`${name} did not accept the attestation`);
    if (attested) consulted.push(...(entries as AuditEntry[]));
    return answer.data;
  };
  const people = await dossierDirect(send, subject.reference);
  if (attested) await trail.append(consulted);
  return people;
}

const variants: Record<string, () => Promise<unknown>> = {
  'gateway (token, plan, 2 calls, 1 audit write)': () => gql(gateway, bearer, DOSSIER, { reference: subject.reference }),
  'gateway, the case alone (1 call, 1 audit write)': () => gql(gateway, bearer, CASE_ALONE, { reference: subject.reference }),
  'subgraphs directly (2 calls, 2 audit writes)': () => direct(false),
  'subgraphs directly, attested (2 calls, 1 audit write)': () => direct(true),
  'raw Cypher with access predicate': () => driver.executeQuery(raw(true), { reference: subject.reference, ...viewer }, { routing: neo4j.routing.READ }),
  'raw Cypher without access predicate': () => driver.executeQuery(raw(false), { reference: subject.reference }, { routing: neo4j.routing.READ }),
  'raw Cypher with predicate + audit write': async () => {
    await driver.executeQuery(raw(true), { reference: subject.reference, ...viewer }, { routing: neo4j.routing.READ });
    await appendAudit();
  },
  "the plan's statements, driver only (6 reads, 1 audit write)": () => plan(subject.reference),
  'one write: begin, run, commit (3 round trips)': () => benchExecutor.write(marker),
  'one write: auto-commit (1 round trip)': () => benchExecutor.commit(marker),
};

console.log(
  `case dossier ${subject.reference}: 1 case, ${PEOPLE} people, ${PEOPLE * 2} addresses, ${PHONES + VEHICLES} objects, ${EVENTS} events; ${ROUNDS} rounds after ${WARMUP} warm-up, one client\n`,
);
const samples = await interleaved(variants, ROUNDS, WARMUP);
const summaries = [...samples].map(([name, s]) => summarise(name, s));
console.log(table(summaries));
const by = (name: string) => summaries.find((s) => s.name.startsWith(name))!;
const viaGateway = by('gateway (token');
const directOwn = by('subgraphs directly (');
const directAttested = by('subgraphs directly, attested');
const alone = by('gateway, the case alone');
const rawWith = by('raw Cypher with access predicate');
const rawWithout = by('raw Cypher without');
const rawAudit = by('raw Cypher with predicate +');
const planned = by("the plan's statements");
const managed = by('one write: begin');
const autoCommit = by('one write: auto-commit');
// The target, restated against the federated floor: what the gateway adds to the statements its
// plan makes the subgraphs run (not to one hand-written statement, which no federated answer can be).
const target = 1.5 * planned.p50 + 5;
console.log(`
gateway p50 against its target:            ${viaGateway.p50.toFixed(2)} ms (target: at most 1.5x the plan's statements + 5 ms = ${target.toFixed(2)} ms: ${viaGateway.p50 <= target ? 'met' : 'NOT met'})
gateway p50 / raw Cypher p50:              ${(viaGateway.p50 / rawWith.p50).toFixed(2)}x
the plan's statements alone, p50:          ${planned.p50.toFixed(2)} ms, ${(planned.p50 / rawWith.p50).toFixed(2)}x raw
the case alone via the gateway, p50:       ${alone.p50.toFixed(2)} ms
gateway p50 - the plan's statements p50:   ${(viaGateway.p50 - planned.p50).toFixed(2)} ms (HTTP, GraphQL, tokens, planning)
gateway p50 - subgraphs direct p50:        ${(viaGateway.p50 - directOwn.p50).toFixed(2)} ms
read audit, each subgraph writes its own / attested, one write:
  p50 ${directOwn.p50.toFixed(2)} / ${directAttested.p50.toFixed(2)} ms = ${(directOwn.p50 / directAttested.p50).toFixed(2)}x; p95 ${directOwn.p95.toFixed(2)} / ${directAttested.p95.toFixed(2)} ms = ${(directOwn.p95 / directAttested.p95).toFixed(2)}x
access predicate, added p50 / p95:         ${(rawWith.p50 - rawWithout.p50).toFixed(2)} ms / ${(rawWith.p95 - rawWithout.p95).toFixed(2)} ms
audit write, added p50 / p95:              ${(rawAudit.p50 - rawWith.p50).toFixed(2)} ms / ${(rawAudit.p95 - rawWith.p95).toFixed(2)} ms
one write, begin/run/commit / auto-commit: p50 ${managed.p50.toFixed(2)} / ${autoCommit.p50.toFixed(2)} ms = ${(managed.p50 / autoCommit.p50).toFixed(2)}x; p95 ${managed.p95.toFixed(2)} / ${autoCommit.p95.toFixed(2)} ms`);
await driver.executeQuery('MATCH (m:BenchmarkWrite) DELETE m');
await driver.close();
