// `npm run bench:network` — the analyst's network questions on a synthetic graph (network-graph.ts;
// 10,000 people by default, `--people n` for another size), timed through the gateway as the hub's
// analyst asks them and, beside each, as the statements the intel service runs for it issued
// straight through the driver, interleaved round by round. Prints p50/p95 per variant, the ratios,
// the targets, the time of key players and communities on a 10,000-node scope, and the intel
// service's resident memory (its process group, sampled from /proc) while it answers.
//
// Runs against the platform `npm start` runs when it is up (`--stack dev`); otherwise against the
// test stack of CROSSLINK_TEST_SLOT, brought up for the run (`--keep` leaves it up).
// With --imported the questions start from people imported by `npm run import -- neo4j-admin` (a
// national graph) instead, and no synthetic graph is made.
// Options: --people 10000  --imported  --rounds 100  --warmup 150  --analysis-rounds 5  --stack auto|dev|test  --keep
// (about 800 requests as one analyst: within the gateway's default 1,200 a minute per user)
//
// The warm-up is long on purpose. The services and this script run JavaScript that V8 compiles as it
// goes: for the first hundred or so questions after a start, both sides run partly interpreted and
// time 2–3 times slower than they will for the rest of the process's life. The figures are of a
// platform in service, not of one just started.
import { readdirSync, readFileSync } from 'node:fs';
import { createDriver, Neo4jExecutor, principalFromClaims, viewerParams, type ViewerParams } from '@crosslink/common';
import { byKind } from '../../services/intel/src/network/network.assembly.js';
import { linksAround, noFilter, recordsByIds } from '../../services/intel/src/network/network.cypher.js';
import { joinLinks, type LinksRead } from '../../services/intel/src/network/network.links.js';
import { linkKinds, type NetworkNode, type NodeKind } from '../../services/intel/src/network/network.model.js';
import { ShortestPathSearch } from '../../services/intel/src/network/network.paths.js';
import { post, textTable, Tokens } from './load-client.js';
import { endpoints, serverPids, stackFor, takeDown } from './load-stack.js';
import { ensureBenchGraph, importedGraph } from './network-graph.js';
import { interleaved, summarise, type Summary } from './stats.js';

/** The statement always returns its one row; this stands in should it not. */
const nothingRead: LinksRead = { links: [], cases: [], records: [] };

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? (process.argv[at + 1] as string) : fallback;
}

const people = Number(option('people', '10000'));
const rounds = Number(option('rounds', '100'));
const warmup = Number(option('warmup', '150'));
const analysisRounds = Number(option('analysis-rounds', '5'));
const wanted = option('stack', 'auto');
if (!Number.isInteger(people) || people < 100 || people > 2_000_000 || !(rounds > 0) || !(warmup >= 0) || !(analysisRounds > 0)) {
  console.error(
    'usage: npm run bench:network -- [--people 10000 | --imported] [--rounds 100] [--warmup 150] [--analysis-rounds 5] [--stack auto|dev|test] [--keep]',
  );
  process.exit(2);
}

/** How many links one hop may read per node (the service's own cap, network.service.ts). */
const ROWS_PER_NODE = 20;
const LIMIT = 500;
const PURPOSE = 'Network benchmark';

const { stack: stackInUse, startedHere } = await stackFor('bench:network', wanted);
const urls = endpoints(stackInUse);
console.log(`• bench:network against the ${stackInUse.name === 'dev' ? 'running npm start platform' : `test stack (${stackInUse.dir})`}`);

const driver = createDriver({ uri: urls.neo4j, user: 'neo4j', password: urls.neo4jPassword });
try {
  const graph = process.argv.includes('--imported') ? await importedGraph(driver) : await ensureBenchGraph(driver, people, console.log);
  const tokens = new Tokens(urls.keycloak);
  const bearer = await tokens.get('analyst.nca');
  const claims = JSON.parse(Buffer.from(bearer.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  const viewer: ViewerParams = viewerParams(principalFromClaims(claims), 'NCA');
  const db = new Neo4jExecutor(driver, 'neo4j', 'benchmark');

  const ask = async (query: string, variables: Record<string, unknown>) => {
    const outcome = await post(urls.gateway, { query, variables }, { token: await tokens.get('analyst.nca'), purpose: PURPOSE, timeoutMs: 120_000 });
    if (!outcome.ok) throw new Error(`gateway: ${outcome.status} ${outcome.codes.join(', ')} ${outcome.text?.slice(0, 300) ?? outcome.transport ?? ''}`);
    return outcome.data as any;
  };

  // Seeds taken in turn, so no variant is timed on a warmer record than another.
  let turn = 0;
  const nextSeed = () => graph.sample[turn++ % graph.sample.length]!;

  const NETWORK = `query ($id: ID!, $hops: Int!, $limit: Int!) {
    network(scope: { seeds: [{ kind: PERSON, id: $id }], hops: $hops }, limit: $limit) { nodes { id kind label } edges { kind from to caseId caseReference force } withheld { force } truncated } }`;
  const PATHS = `query ($from: ID!, $to: ID!) {
    paths(from: { kind: PERSON, id: $from }, to: { kind: PERSON, id: $to }, maxHops: 6, first: 10) { hops paths { nodes { id } steps { links { kind caseId } } } truncated } }`;

  /** What the service runs for a network of `hops` from a seed: the seed, then one read of links per hop, the last only among those reached. */
  const rawNetwork = async (id: string, hops: number) => {
    let frontier: NetworkNode[] = (await db.read(recordsByIds({ PERSON: [id] }, viewer), {})).map((row) => ({ ...row, label: row.label ?? '' }));
    const seen = new Set(frontier.map((node) => node.id));
    const held = new Map(frontier.map((node) => [node.id, node]));
    for (let hop = 0; hop <= hops && frontier.length > 0; hop++) {
      const [read] = await db.read(linksAround(byKind(frontier), linkKinds, noFilter, LIMIT * ROWS_PER_NODE, viewer, [...held.keys()]), {});
      const next: NetworkNode[] = [];
      for (const { link } of joinLinks(read ?? nothingRead, held, new Set(frontier.map((node) => node.id)))) {
        if (link === null || seen.has(link.farId) || seen.size >= LIMIT) continue;
        seen.add(link.farId);
        const node: NetworkNode = { id: link.farId, kind: link.farKind, label: link.farLabel ?? '', foreign: link.farForeign };
        held.set(node.id, node);
        next.push(node);
      }
      frontier = hop < hops ? next : [];
    }
    return seen.size;
  };

  /** What the service runs for shortest paths: the two ends, then one read of links per level, breadth first, until the target is reached. */
  const rawPaths = async (from: string, to: string) => {
    const search = new ShortestPathSearch(from, to);
    const ends = (await db.read(recordsByIds({ PERSON: [from, to] }, viewer), {})).map((row) => ({ ...row, label: row.label ?? '' }));
    const kinds = new Map<string, NodeKind>([[from, 'PERSON']]);
    const known = new Map(ends.map((node) => [node.id, node]));
    for (let hop = 1; hop <= 6 && !search.found && search.frontier.length > 0; hop++) {
      const ids = byKind(search.frontier.map((nodeId) => ({ id: nodeId, kind: kinds.get(nodeId) ?? 'PERSON' })));
      const [read] = await db.read(linksAround(ids, linkKinds, noFilter, 50_000, viewer, [...known.keys()]), {});
      const edges = [];
      for (const { nearId, link } of joinLinks(read ?? nothingRead, known, new Set(search.frontier))) {
        if (link === null) continue;
        kinds.set(link.farId, link.farKind);
        if (!known.has(link.farId)) known.set(link.farId, { id: link.farId, kind: link.farKind, label: link.farLabel ?? '', foreign: link.farForeign });
        edges.push({ kind: link.kind, from: nearId, to: link.farId, caseId: link.caseId, caseReference: null, force: null });
      }
      search.advance(edges);
    }
    return search.paths(10).length;
  };

  // Pairs three to four hops apart: a seed and someone its 2-hop network reaches through another case.
  const pairs: [string, string][] = [];
  for (const seed of graph.sample.slice(0, 20)) {
    const answer = await ask(NETWORK, { id: seed, hops: 2, limit: LIMIT });
    const far = (answer.network.nodes as { id: string; kind: string }[]).filter((n) => n.kind === 'PERSON' && n.id !== seed).at(-1);
    if (far !== undefined) pairs.push([seed, far.id]);
  }
  let pairTurn = 0;
  const nextPair = () => pairs[pairTurn++ % pairs.length]!;

  console.log(`• timing ${rounds} rounds (after ${warmup} unmeasured) of each question, interleaved…`);
  const samples = await interleaved(
    {
      'network 1 hop, gateway': () => ask(NETWORK, { id: nextSeed(), hops: 1, limit: LIMIT }),
      'network 1 hop, raw': () => rawNetwork(nextSeed(), 1),
      'network 2 hops, gateway': () => ask(NETWORK, { id: nextSeed(), hops: 2, limit: LIMIT }),
      'network 2 hops, raw': () => rawNetwork(nextSeed(), 2),
      'paths, gateway': () => {
        const [from, to] = nextPair();
        return ask(PATHS, { from, to });
      },
      'paths, raw': () => {
        const [from, to] = nextPair();
        return rawPaths(from, to);
      },
    },
    rounds,
    warmup,
  );
  const summaries = new Map<string, Summary>([...samples].map(([name, values]) => [name, summarise(name, values)]));
  const row = (name: string) => summaries.get(name)!;
  console.log(
    `\nGraph: ${graph.people.toLocaleString('en-GB')} people in ${graph.cases.toLocaleString('en-GB')} cases (plus whatever else the stack holds).\n`,
  );
  console.log(
    textTable(
      ['question', 'p50 ms', 'p95 ms', 'n'],
      [...summaries.values()].map((x) => [x.name, x.p50.toFixed(1), x.p95.toFixed(1), String(x.n)]),
    ),
  );

  // Key players and communities on the first 10,000 people the analyst may see, one after another,
  // with the intel service's memory sampled while it works. A question that fails is reported, not fatal.
  const intelGroup = serverPids(stackInUse).get('intel');
  let peakRss = 0;
  const sampler = setInterval(() => {
    if (intelGroup !== undefined) peakRss = Math.max(peakRss, rssOfGroup(intelGroup));
  }, 100);
  const SCOPE = '{ everything: true, hops: 0 }';
  const questions: Record<string, string> = {
    'keyPlayers DEGREE': `{ keyPlayers(scope: ${SCOPE}, measure: DEGREE, limit: 10000) { approximate players { score } } }`,
    'keyPlayers BETWEENNESS': `{ keyPlayers(scope: ${SCOPE}, measure: BETWEENNESS, limit: 10000) { approximate players { score } } }`,
    'keyPlayers PAGERANK': `{ keyPlayers(scope: ${SCOPE}, measure: PAGERANK, limit: 10000) { approximate players { score } } }`,
    communities: `{ communities(scope: ${SCOPE}, limit: 10000) { modularity groups { size } } }`,
  };
  const analysis = new Map<string, number[] | string>();
  for (const [name, text] of Object.entries(questions)) {
    const times: number[] = [];
    try {
      for (let i = 0; i <= analysisRounds; i++) {
        const started = performance.now();
        await ask(text, {});
        if (i > 0) times.push(performance.now() - started); // the first run plans the statements
      }
      analysis.set(name, times);
    } catch (error) {
      analysis.set(name, `failed: ${String(error).slice(0, 120)}`);
    }
  }
  clearInterval(sampler);
  const scopeSize = (await ask(`{ communities(scope: ${SCOPE}, limit: 10000) { size { nodes edges truncated } } }`, {})).communities.size;
  console.log(`\nOn a scope of ${scopeSize.nodes} nodes and ${scopeSize.edges} links${scopeSize.truncated ? ' (the limit cut it)' : ''}:\n`);
  console.log(
    textTable(
      ['analysis', 'p50 ms', 'p95 ms', 'n'],
      [...analysis].map(([name, result]) => {
        if (typeof result === 'string') return [name, result, '', '0'];
        const x = summarise(name, result);
        return [name, x.p50.toFixed(0), x.p95.toFixed(0), String(x.n)];
      }),
    ),
  );
  console.log(`\nintel service resident memory, peak while analysing: ${(peakRss / 1024 / 1024).toFixed(0)} MB`);

  const targets: [string, boolean, string][] = [];
  const versus = (question: string, p95Target: number) => {
    const gateway = row(`${question}, gateway`);
    const raw = row(`${question}, raw`);
    targets.push([`${question}: p95 ≤ ${p95Target} ms`, gateway.p95 <= p95Target, `${gateway.p95.toFixed(1)} ms`]);
    targets.push([
      `${question}: gateway p50 ≤ 1.5 × raw + 5 ms`,
      gateway.p50 <= 1.5 * raw.p50 + 5,
      `${gateway.p50.toFixed(1)} vs ${(1.5 * raw.p50 + 5).toFixed(1)} ms (ratio ${(gateway.p50 / raw.p50).toFixed(2)})`,
    ]);
  };
  versus('network 1 hop', 25);
  versus('network 2 hops', 150);
  versus('paths', 50);
  for (const [name, result] of analysis) {
    const p50 = typeof result === 'string' ? Number.POSITIVE_INFINITY : summarise(name, result).p50;
    targets.push([`${name} on ${scopeSize.nodes} nodes ≤ 2 s`, p50 <= 2000, typeof result === 'string' ? result : `${(p50 / 1000).toFixed(2)} s`]);
  }
  targets.push(['intel memory ≤ 500 MB', peakRss <= 500 * 1024 * 1024, `${(peakRss / 1024 / 1024).toFixed(0)} MB`]);
  console.log(
    `\n${textTable(
      ['target', 'met', 'measured'],
      targets.map(([name, met, measured]) => [name, met ? 'yes' : 'NO', measured]),
    )}`,
  );
} finally {
  await driver.close();
  if (startedHere && !process.argv.includes('--keep')) await takeDown(stackInUse);
}

/** Resident memory (bytes) of every live process in a process group, from /proc. */
function rssOfGroup(pgid: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // exited while we looked
    }
  }
  return total;
}
