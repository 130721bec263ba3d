// `npm run bench:load` — the case dossier and a case list under 1, 10 and 50 concurrent clients,
// through the gateway and against the subgraphs directly, side by side in one run. For each phase:
// requests, req/s, p50/p99, errors, and the CPU each process of the stack spent per request
// (gateway, each subgraph, Neo4j; user + system time from /proc before and after the phase).
//
// Runs against the platform `npm start` runs when it is up (`--stack dev`); otherwise against the
// test stack of CROSSLINK_TEST_SLOT (`--stack test`): one already up (left by `--keep`) is used as it
// is, else one is brought up from an empty database and stopped afterwards (`--keep` leaves it up).
// Options:
//   --clients 1,10,50   concurrency levels        --seconds 10   measured time per phase
//   --warmup 2          unmeasured seconds first  --stack auto|dev|test
// A dossier from the subgraphs directly is the plan's two calls (one request in the figures).
import { benchCase, DOSSIER, dossierDirect, type DossierSubgraph } from './dossier-case.js';
import { cpuMsByGroup, post, runClients, Tally, textTable, Tokens, type Outcome } from './load-client.js';
import { endpoints, serverPids, stackFor, takeDown, type Endpoints, type ServerName } from './load-stack.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? (process.argv[at + 1] as string) : fallback;
}

const levels = option('clients', '1,10,50').split(',').map(Number);
const seconds = Number(option('seconds', '10'));
const warmup = Number(option('warmup', '2'));
const wanted = option('stack', 'auto');
if (levels.some((n) => !Number.isInteger(n) || n < 1 || n > 200) || !(seconds > 0 && seconds <= 300) || !(warmup >= 0 && warmup <= 60)) {
  console.error('usage: npm run bench:load -- [--clients 1,10,50] [--seconds 10] [--warmup 2] [--stack auto|dev|test] [--keep]');
  process.exit(2);
}

const CASE_LIST = `query { cases(filter: { force: "GMP" }, first: 20) {
  edges { node { id reference title status priority openedAt } } pageInfo { hasNextPage endCursor } } }`;

/** Processes whose CPU is charged to the requests (Keycloak is not on a request's path: tokens are verified offline). */
const charged: readonly ServerName[] = ['gateway', 'cases', 'entities', 'locations', 'intel', 'neo4j'];

// One benchmark user sends far more than the gateway's per-user limit (1,200 a minute) allows, and a
// refused request costs almost nothing: a test stack started here measures cost, so it lifts the
// limit. The npm start platform keeps its own; its refusals show in the errors column.
process.env['RATE_LIMIT_MAX'] ??= '1000000';
const { stack: stackInUse, startedHere } = await stackFor('bench:load', wanted);
const urls: Endpoints = endpoints(stackInUse);
console.log(`• bench:load against the ${stackInUse.name === 'dev' ? 'running npm start platform' : `test stack (${stackInUse.dir})`}`);

let status = 0;
try {
  const tokens = new Tokens(urls.keycloak);
  let bearer = '';
  for (let attempt = 1; bearer === ''; attempt++) {
    bearer = await tokens.get('detective.gmp').catch((error: unknown) => {
      if (attempt >= 3) throw error;
      return '';
    });
  }
  const subject = await benchCase(urls.gateway, bearer);
  const groups = new Map<string, number>();
  for (const [name, pid] of serverPids(stackInUse)) if (charged.includes(name)) groups.set(name, pid);
  const missing = charged.filter((name) => !groups.has(name));
  if (missing.length > 0) console.log(`  (no pid file for ${missing.join(', ')}: their CPU is not shown)`);

  /** One call that counts as failed unless it succeeded. */
  const call = async (url: string, query: string, variables: Record<string, unknown>): Promise<{ outcome: Outcome }> => {
    const outcome = await post(url, { query, variables }, { token: await tokens.get('detective.gmp'), timeoutMs: 60_000 });
    return { outcome };
  };
  const directCall = async (subgraph: DossierSubgraph, query: string, variables: Record<string, unknown>) => {
    const { outcome } = await call(urls.subgraphs[subgraph], query, variables);
    if (!outcome.ok) throw Object.assign(new Error('call failed'), { outcome });
    return outcome.data;
  };

  /** Runs one request of the workload and returns what it came to (a direct dossier is its two calls as one). */
  const workloads: Record<string, Record<string, () => Promise<Outcome>>> = {
    dossier: {
      gateway: async () => (await call(urls.gateway, DOSSIER, { reference: subject.reference })).outcome,
      subgraphs: async () => {
        const started = performance.now();
        try {
          await dossierDirect(directCall, subject.reference);
          return { ok: true, status: 200, codes: [], transport: null, ms: performance.now() - started, data: null, errors: [], text: null };
        } catch (error) {
          const failed = (error as { outcome?: Outcome }).outcome;
          return {
            ...(failed ?? { status: 0, codes: ['THROWN'], transport: null, data: null, errors: [], text: null }),
            ok: false,
            ms: performance.now() - started,
          };
        }
      },
    },
    'case list': {
      gateway: async () => (await call(urls.gateway, CASE_LIST, {})).outcome,
      subgraphs: async () => (await call(urls.subgraphs.cases, CASE_LIST, {})).outcome,
    },
  };

  const rows: string[][] = [];
  for (const [workload, targets] of Object.entries(workloads)) {
    for (const clients of levels) {
      for (const [target, request] of Object.entries(targets)) {
        if (warmup > 0) await runClients({ clients, durationMs: warmup * 1000 }, async () => void (await request()));
        const tally = new Tally();
        const before = cpuMsByGroup(groups);
        const clientBefore = process.cpuUsage();
        const began = performance.now();
        await runClients({ clients, durationMs: seconds * 1000 }, async () => tally.add(await request()));
        const wall = (performance.now() - began) / 1000;
        const after = cpuMsByGroup(groups);
        const clientCpu = process.cpuUsage(clientBefore);
        const { p50, p99 } = tally.percentiles();
        const perRequest = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) / Math.max(1, tally.requests);
        const servers = charged.map((name) => (groups.has(name) ? perRequest(name) : Number.NaN));
        const total = servers.filter((v) => !Number.isNaN(v)).reduce((a, b) => a + b, 0);
        rows.push([
          workload,
          target,
          String(clients),
          String(tally.requests),
          (tally.requests / wall).toFixed(1),
          p50.toFixed(1),
          p99.toFixed(1),
          String(tally.errors),
          ...servers.map((v) => (Number.isNaN(v) ? '-' : v.toFixed(2))),
          total.toFixed(2),
          ((clientCpu.user + clientCpu.system) / 1000 / Math.max(1, tally.requests)).toFixed(2),
        ]);
        if (tally.errors > 0) {
          console.log(
            `  ${workload} / ${target} / ${clients}: ${tally.errors} errors: ${[...tally.codes, ...tally.transport].map(([c, n]) => `${c} ${n}`).join(', ')}`,
          );
        }
        console.log(`  done: ${workload}, ${target}, ${clients} client${clients === 1 ? '' : 's'}`);
      }
    }
  }
  console.log(`
case dossier ${subject.reference} (1 case, 10 people, 20 addresses, 6 objects, 8 events) and a page of 20 GMP
cases, as detective.gmp; ${seconds} s per phase after ${warmup} s of warm-up. CPU: milliseconds of user+system
time per request, from /proc/<pid>/stat of each server's process group; "client" is this load
generator. Shared machine: absolute figures vary with whatever else runs; compare rows of one run.
`);
  console.log(
    textTable(
      [
        'workload',
        'target',
        'clients',
        'requests',
        'req/s',
        'p50 ms',
        'p99 ms',
        'errors',
        'cpu gw',
        'cases',
        'entities',
        'locations',
        'intel',
        'neo4j',
        'servers',
        'client',
      ],
      rows,
    ),
  );
} catch (error) {
  console.error(`bench:load failed: ${error instanceof Error ? error.message : String(error)}`);
  status = 1;
} finally {
  if (startedHere && !process.argv.includes('--keep')) await takeDown(stackInUse);
}
process.exit(status);
