// `npm run fault` — the fault suite. Brings up the test stack of CROSSLINK_TEST_SLOT (its own ports
// and an empty database; never the `npm start` platform), loads the demo as `npm start` does, and
// runs N clients of mixed reads and writes through the gateway while it injects four faults in
// turn — Neo4j killed, Keycloak stopped, a subgraph killed, the gateway restarted — each recovered
// by the steps `npm start` runs, and sends a bounded number of malformed and abusive requests.
// Then it checks: no acknowledged write lost, no write answered as failed found committed, no
// record half-written, only catalogued error codes (and no INTERNAL), `audit:verify` passes, and
// recovery reloaded nothing. Prints the figures; exits 1 when a target is missed.
//
//   npm run fault -- [--clients 10] [--duration 90] [--down 8] [--fuzz 150] [--subgraph entities]
//                    [--timeout 60] [--settle 15] [--seed N] [--keep]
//
// --duration is the least time the load runs; the faults are spread over it, and the load goes on
// until the last fault has recovered plus 10 s (each restart is bounded by the start scripts' own
// time limits, each probe by --probe seconds after the restart steps, 300 by default).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { countsText, post, runClients, Tally, textTable, Tokens, type Outcome } from '../bench/load-client.js';
import { bringUpTestStack, endpoints, takeDown, testStack, type SubgraphName } from '../bench/load-stack.js';
import { DEMO_MARKER, loadDemo } from '../lib/demo.mjs';
import { root } from '../lib/stack.mjs';
import { checkWrites, readCommitted, reloadMarkers } from './checks.js';
import { faults, runFault, type FaultResult } from './faults.js';
import { fuzzCases, fuzzUrl, type FuzzCase } from './fuzz.js';
import { letters, prng, runTags, Workload, type Write } from './workload.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? (process.argv[at + 1] as string) : fallback;
}
const int = (name: string, fallback: number, min: number, max: number): number => {
  const value = Number(option(name, String(fallback)));
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} is a whole number from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
};
const clients = int('clients', 10, 1, 100);
const durationMs = int('duration', 90, 10, 3600) * 1000;
const downMs = int('down', 8, 0, 300) * 1000;
const fuzzCount = int('fuzz', 150, 0, 5000);
const timeoutMs = int('timeout', 60, 1, 600) * 1000;
const settleMs = int('settle', 15, 0, 600) * 1000;
const probeMs = int('probe', 300, 10, 900) * 1000;
const seed = int('seed', Math.floor(Math.random() * 1e9), 0, 2 ** 31);
const subgraph = option('subgraph', 'entities') as SubgraphName;
if (!['cases', 'entities', 'locations', 'intel'].includes(subgraph)) {
  console.error('--subgraph is one of cases, entities, locations, intel');
  process.exit(2);
}
const keep = process.argv.includes('--keep');

const random = prng(seed);
const run = letters(Math.floor(random() * 26 ** 5) + 26 ** 5);
const tags = runTags(run);
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Codes the catalog holds, and those GraphQL passes through that docs/errors.md lists. */
function cataloguedCodes(): Set<string> {
  const catalog = readFileSync(join(root, 'services', 'common', 'src', 'errors', 'catalog.ts'), 'utf8');
  const codes = new Set([...catalog.matchAll(/^\s+([A-Z][A-Z_]*[A-Z]):\s*\{/gm)].map((m) => m[1] as string));
  const docs = readFileSync(join(root, 'docs', 'errors.md'), 'utf8');
  for (const m of docs.matchAll(/`(GRAPHQL_[A-Z_]+)`/g)) codes.add(m[1] as string);
  return codes;
}

/** Every client request, for the per-fault windows. */
interface Seen {
  readonly sentAt: number;
  readonly answeredAt: number;
  readonly kind: 'read' | 'write' | 'token';
  readonly outcome: Outcome;
}

interface FuzzResult {
  readonly fuzz: FuzzCase;
  readonly outcome: Outcome;
  readonly duringFault: boolean;
}

const s = testStack();
const urls = endpoints(s);
let exitCode = 1;
try {
  await bringUpTestStack(s, log);
  log('• loading the demo, as npm start does');
  await loadDemo(urls.gateway, urls.keycloak);
  const baseline = await reloadMarkers(urls.neo4j, urls.neo4jPassword, DEMO_MARKER);
  const catalogued = cataloguedCodes();

  const tokens = new Tokens(urls.keycloak);
  const probeToken = await tokens.get('detective.gmp');
  const probeCase = await post(
    urls.gateway,
    { query: 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { case { id reference } } }', variables: { i: { title: `Fault probe ${run}` } } },
    { token: probeToken },
  );
  const probeReference: string | undefined = probeCase.data?.createCase?.case?.reference;
  if (probeReference === undefined) throw new Error(`could not open the probe case: ${JSON.stringify(probeCase.errors)}`);

  const seen: Seen[] = [];
  const tally = new Tally();
  const workload = new Workload({
    gateway: urls.gateway,
    tokens,
    tags,
    timeoutMs,
    tally,
    observe: (outcome, sentAt, kind) => seen.push({ sentAt, answeredAt: Date.now(), kind, outcome }),
  });

  // The faults, spread over the load: the k-th at k/5 of the duration, or once the one before has recovered.
  const began = Date.now();
  const results: FaultResult[] = [];
  let faultActive = false;
  let faultsDone = false;
  const schedule = (async () => {
    const list = faults(s, { downMs, subgraph, tokens, reference: () => probeReference });
    for (const [k, fault] of list.entries()) {
      const at = began + ((k + 1) * durationMs) / 5;
      if (Date.now() < at) await sleep(at - Date.now());
      faultActive = true;
      results.push(await runFault(s, fault, probeMs, log));
      faultActive = false;
    }
    faultsDone = true;
  })();

  // The fuzzer: one request at a time, spread over the duration; a heavy case at most once.
  const fuzzResults: FuzzResult[] = [];
  const fuzzing = (async () => {
    const cases = fuzzCases(`Fuzz run ${run}`, probeReference);
    const heavySent = new Set<string>();
    const gap = fuzzCount === 0 ? 0 : (durationMs * 0.9) / fuzzCount;
    for (let i = 0, c = 0; i < fuzzCount && c < fuzzCount * 3; c++) {
      // Fuzz goes out while no fault is on, so that what it gets is the answer to the request alone.
      while (faultActive && !faultsDone) await sleep(500);
      const fuzz = cases[c % cases.length] as FuzzCase;
      if (fuzz.heavy && heavySent.has(fuzz.name)) continue;
      heavySent.add(fuzz.name);
      const headers: Record<string, string> = { ...(fuzz.headers ?? {}) };
      const outcome = await post(fuzzUrl(urls, fuzz.target), fuzz.body, {
        ...(fuzz.anonymous ? {} : { token: await tokens.get('detective.gmp') }),
        requestId: `fault-${run}-f${i}`,
        headers,
        timeoutMs,
      });
      fuzzResults.push({ fuzz, outcome, duringFault: faultActive });
      i++;
      await sleep(gap);
    }
  })();

  log(`• load: ${clients} clients for at least ${durationMs / 1000} s; run ${run}, seed ${seed}`);
  const loadEnds = () => Date.now() - began >= durationMs && faultsDone;
  let settleFrom = 0;
  const loaded = await runClients(
    {
      clients,
      durationMs: durationMs + 4 * (probeMs + downMs + 240_000),
      stop: () => {
        if (!loadEnds()) return false;
        settleFrom ||= Date.now();
        return Date.now() - settleFrom >= 10_000;
      },
    },
    async (client) => {
      const before = seen.length;
      await workload.step(client, random);
      // A client that got no answer waits a little before its next request, as a real one would.
      if (seen.slice(before).some((x) => x.outcome.status === 0)) await sleep(250);
    },
  );
  await Promise.all([schedule, fuzzing]);
  const loadMs = Date.now() - began;
  log(
    `• load over after ${(loadMs / 1000).toFixed(0)} s (${loaded.iterations} iterations${loaded.thrown ? `, ${loaded.thrown} threw: ${loaded.firstThrown}` : ''}); settling ${settleMs / 1000} s before the checks`,
  );
  await sleep(settleMs);

  // --- The checks ---------------------------------------------------------------------------------
  const committed = await readCommitted(urls.neo4j, urls.neo4jPassword, tags);
  const writes = checkWrites(workload.writes, committed);
  const markers = await reloadMarkers(urls.neo4j, urls.neo4jPassword, DEMO_MARKER);
  const verify = spawnSync(process.execPath, [join(root, 'scripts', 'audit-verify.mjs')], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: urls.neo4j, NEO4J_PASSWORD: urls.neo4jPassword },
    encoding: 'utf8',
    timeout: 300_000,
  });
  const verifyText = `${verify.stdout ?? ''}${verify.stderr ?? ''}`.trim();

  const clientCodes = new Map<string, number>();
  const add = (code: string) => clientCodes.set(code, (clientCodes.get(code) ?? 0) + 1);
  for (const [code, n] of tally.codes) for (let i = 0; i < n; i++) add(code);
  for (const f of fuzzResults) for (const code of f.outcome.codes) add(code);
  const uncatalogued = [...clientCodes].filter(([code]) => !catalogued.has(code));
  const internal = clientCodes.get('INTERNAL') ?? 0;
  const fuzz5xx = fuzzResults.filter((f) => !f.duringFault && (f.outcome.status >= 500 || f.outcome.codes.includes('INTERNAL')));
  const fuzzNoAnswer = fuzzResults.filter((f) => f.outcome.status === 0);
  const fuzzAccepted = fuzzResults.filter((f) => f.fuzz.mustRefuse && f.outcome.ok);
  const fuzzControlAccepted = fuzzResults.filter((f) => f.fuzz.category === 'bad UTF-16' && !f.fuzz.mustRefuse && f.outcome.ok);
  const recovered = results.filter((r) => r.recoveredAt !== null).length;
  const reloaded = results.filter((r) => r.demoReloaded === true).length;
  const reapplied = results.reduce((n, r) => n + r.migrationsApplied.length, 0);
  const othersRestarted = results.flatMap((r) => r.othersRestarted.map((o) => `${o} (during "${r.name}")`));
  const slowWrites = workload.writes.filter((w) => w.answeredAt - w.sentAt > 30_000);

  // --- The figures --------------------------------------------------------------------------------
  const reads = seen.filter((x) => x.kind === 'read');
  const { p50, p99 } = tally.percentiles();
  console.log(`
Fault suite: run ${run}, seed ${seed}, ${clients} clients, load ${(loadMs / 1000).toFixed(0)} s, faults down ${downMs / 1000} s, subgraph ${subgraph}
Requests through the gateway: ${tally.requests} (${reads.length} reads, ${workload.writes.length} writes), ${(tally.requests / (loadMs / 1000)).toFixed(1)} req/s, p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, ${tally.errors} not ok
  answered without a response: ${countsText(tally.transport)}
Token grants: ${workload.tokenGrants.ok} ok, ${workload.tokenGrants.failed} failed
Writes: ${writes.writes} sent, ${writes.acked} acknowledged, ${writes.failed} answered as failed, ${writes.unknown} without an answer (of which ${writes.unknownCommitted} committed); ${slowWrites.length} answered after more than 30 s
Fuzz: ${fuzzResults.length} requests (${fuzzResults.filter((f) => f.duringFault).length} while a fault was on)
`);
  const row = (name: string, figure: string | number, target: string, pass: boolean | null): string[] => [
    name,
    String(figure),
    target,
    pass === null ? 'info' : pass ? 'ok' : 'FAIL',
  ];
  const checks: string[][] = [
    row('lost (acknowledged, not in Neo4j)', writes.lost.length, '0', writes.lost.length === 0),
    row('phantom (answered as failed, committed)', writes.phantom.length, '0', writes.phantom.length === 0),
    row('no answer, committed', writes.unknownCommitted, '-', null),
    row('committed twice', writes.duplicated.length, '0', writes.duplicated.length === 0),
    row('half-written', writes.halfWritten.length, '0', writes.halfWritten.length === 0),
    row('uncatalogued codes seen', uncatalogued.length === 0 ? 0 : uncatalogued.map(([c, n]) => `${c} ${n}`).join(', '), '0', uncatalogued.length === 0),
    row('INTERNAL answers', internal, '0', internal === 0),
    row('fuzz answered 5xx/INTERNAL (no fault on)', fuzz5xx.length, '0', fuzz5xx.length === 0),
    row(
      'fuzz answered 5xx/INTERNAL (a fault on)',
      fuzzResults.filter((f) => f.duringFault && (f.outcome.status >= 500 || f.outcome.codes.includes('INTERNAL'))).length,
      '-',
      null,
    ),
    row('fuzz without an answer', fuzzNoAnswer.length, '0', fuzzNoAnswer.length === 0),
    row('fuzz malformed writes accepted', fuzzAccepted.length, '0', fuzzAccepted.length === 0),
    row('fuzz NUL/bidi titles accepted', fuzzControlAccepted.length, '-', null),
    row('audit:verify', verify.status === 0 ? 'intact' : `exit ${verify.status}`, 'intact', verify.status === 0),
    row('faults recovered', `${recovered}/${results.length}`, `${results.length}/${results.length}`, recovered === results.length && results.length === 4),
    row('demo loaded again by a restart', reloaded, '0', reloaded === 0),
    row('demo cases / Operation Larkspur', `${markers.demoCases} / ${markers.larkspurs}`, '1 / 1', markers.demoCases === 1 && markers.larkspurs === 1),
    row('migrations applied by a restart', reapplied, '0', reapplied === 0 && markers.migrations === baseline.migrations),
    row('other servers restarted', othersRestarted.length === 0 ? 0 : othersRestarted.join(', '), '0', othersRestarted.length === 0),
  ];
  console.log(textTable(['check', 'figure', 'target', 'result'], checks));

  console.log('');
  const codeRows = [...clientCodes].sort((a, b) => b[1] - a[1]).map(([code, n]) => [code, String(n), catalogued.has(code) ? 'yes' : 'NO']);
  console.log(textTable(['code seen by clients', 'count', 'catalogued'], codeRows.length ? codeRows : [['(none)', '0', '-']]));

  console.log('');
  const sec = (ms: number | null) => (ms === null ? 'never' : (ms / 1000).toFixed(1));
  const faultRows = results.map((r, k) => {
    const end = windowEnd(results, k);
    const inWindow = seen.filter((x) => x.sentAt >= r.injectedAt && x.sentAt <= end);
    const failedIn = inWindow.filter((x) => !x.outcome.ok);
    const writeMax = Math.max(0, ...inWindow.filter((x) => x.kind === 'write').map((x) => x.outcome.ms));
    const codes = new Map<string, number>();
    for (const x of failedIn)
      for (const c of x.outcome.codes.length ? x.outcome.codes : [x.outcome.transport ?? `HTTP_${x.outcome.status}`]) codes.set(c, (codes.get(c) ?? 0) + 1);
    return [
      r.name,
      sec(r.restartBeganAt - r.injectedAt),
      sec(r.restartDoneAt - r.restartBeganAt),
      sec(r.recoveredAt === null ? null : r.recoveredAt - r.restartBeganAt),
      `${failedIn.length}/${inWindow.length}`,
      sec(writeMax),
      countsText(codes),
    ];
  });
  console.log(textTable(['fault', 'down s', 'restart s', 'recovered s', 'failed/sent', 'max write s', 'what failed requests got'], faultRows));
  for (const r of results) if (r.recoveryError) console.log(`  ${r.name}: recovery step failed: ${r.recoveryError}`);

  console.log('');
  const categories = [...new Set(fuzzResults.map((f) => f.fuzz.category))];
  const fuzzRows = categories.map((category) => {
    const of = fuzzResults.filter((f) => f.fuzz.category === category);
    const codes = new Map<string, number>();
    for (const f of of)
      for (const c of f.outcome.codes.length ? f.outcome.codes : [f.outcome.ok ? 'ok' : (f.outcome.transport ?? `HTTP_${f.outcome.status}`)])
        codes.set(c, (codes.get(c) ?? 0) + 1);
    return [
      category,
      String(of.length),
      String(of.filter((f) => f.outcome.status >= 400 && f.outcome.status < 500).length),
      String(of.filter((f) => f.outcome.status >= 500 || f.outcome.status === 0).length),
      countsText(codes),
    ];
  });
  console.log(textTable(['fuzz category', 'sent', 'HTTP 4xx', '5xx/none', 'codes'], fuzzRows));

  // --- The details of what failed -----------------------------------------------------------------
  const describe = (w: Write) =>
    `${w.kind} ${w.requestId} as ${w.user}: sent ${new Date(w.sentAt).toISOString().slice(11, 23)}, answered after ${((w.answeredAt - w.sentAt) / 1000).toFixed(1)} s, HTTP ${w.status} ${w.codes.join(',') || w.transport || ''}${faultAt(w.sentAt, w.answeredAt, results)}`;
  const details: [string, string[]][] = [
    ['lost', writes.lost.map(describe)],
    ['phantom', writes.phantom.map(describe)],
    ['committed twice', writes.duplicated.map(describe)],
    ['half-written', writes.halfWritten.map((h) => `${describe(h.write)}; missing ${h.missing}`)],
    ['slow writes (> 30 s)', slowWrites.map(describe)],
    [
      'fuzz 5xx/INTERNAL',
      fuzzResults
        .filter((f) => f.outcome.status >= 500 || f.outcome.codes.includes('INTERNAL'))
        .map((f) =>
          `${f.fuzz.category} / ${f.fuzz.name}: HTTP ${f.outcome.status} ${[...new Set(f.outcome.codes)].join(',')} ${f.outcome.text ?? ''}${f.duringFault ? ' [a fault on]' : ''}`.trim(),
        ),
    ],
    [
      'fuzz without an answer',
      fuzzNoAnswer.map((f) => `${f.fuzz.category} / ${f.fuzz.name}: ${f.outcome.transport} after ${(f.outcome.ms / 1000).toFixed(1)} s`),
    ],
    ['fuzz accepted', [...fuzzAccepted, ...fuzzControlAccepted].map((f) => `${f.fuzz.category} / ${f.fuzz.name}`)],
    [
      'fuzz uncatalogued',
      fuzzResults
        .filter((f) => f.outcome.codes.some((c) => !catalogued.has(c)))
        .map((f) => `${f.fuzz.category} / ${f.fuzz.name}: HTTP ${f.outcome.status} ${[...new Set(f.outcome.codes)].join(',')} ${f.outcome.text ?? ''}`.trim()),
    ],
    [
      'INTERNAL in the load',
      seen
        .filter((x) => x.outcome.codes.includes('INTERNAL'))
        .map(
          (x) =>
            `${x.kind} sent ${new Date(x.sentAt).toISOString().slice(11, 23)}: ${JSON.stringify(x.outcome.errors[0]?.path ?? '')} ${x.outcome.errors[0]?.message ?? ''}${faultAt(x.sentAt, x.answeredAt, results)}`,
        ),
    ],
  ];
  for (const [title, lines] of details) {
    if (lines.length === 0) continue;
    const unique = [...new Set(lines)];
    console.log(`\n${title} (${lines.length}):`);
    for (const line of unique.slice(0, 12)) console.log(`  ${line}`);
    if (unique.length > 12) console.log(`  … and ${unique.length - 12} more`);
  }
  console.log(`\naudit:verify: ${verifyText}`);
  console.log(`\nThe machine's other load shows in every time; compare counts, not milliseconds.`);
  const failedChecks = checks.filter((c) => c[3] === 'FAIL').map((c) => c[0]);
  console.log(failedChecks.length === 0 ? '\nFAULT SUITE PASSED' : `\nFAULT SUITE FAILED: ${failedChecks.join('; ')}`);
  exitCode = failedChecks.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`fault suite could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 2;
} finally {
  if (keep) log(`• --keep: the test stack stays up (${s.dir}); stop it with the test scripts or by its pid files`);
  else await takeDown(s);
}
process.exit(exitCode);

/** A fault's window ends when the platform answered again, or, when it never did, when the next fault began. */
function windowEnd(results: readonly FaultResult[], k: number): number {
  const r = results[k] as FaultResult;
  return r.recoveredAt ?? results[k + 1]?.injectedAt ?? r.restartDoneAt;
}

/** Which fault a request overlapped: the one whose window it was sent in, else the first it was still waiting through. */
function faultAt(sentAt: number, answeredAt: number, results: readonly FaultResult[]): string {
  const k = results.findIndex((r, i) => sentAt >= r.injectedAt && sentAt <= windowEnd(results, i));
  const j = k >= 0 ? k : results.findIndex((r, i) => sentAt <= windowEnd(results, i) && answeredAt >= r.injectedAt);
  return j >= 0 ? ` [during ${(results[j] as FaultResult).name}]` : '';
}
