// `npm run bench:matching` — how well the review queue of match suggestions (Query.matchSuggestions)
// finds the people a national graph records twice. A synthetic national graph is generated (`npm run
// generate`, seeded) and imported as the hub's supervisor, every force's bundle as that force's data
// (national-import.ts, as `bench:import` does); its truth.json names each person recorded by two
// forces and the error the second record has (exact, a surname typo, a nickname, day and month
// swapped, no date of birth, a hyphenated surname: services/importer/src/generate/duplicates.ts).
//
// Each pair's first record is then asked about through the gateway, as the hub's analyst with a
// purpose — the review queue of that one person (`hops: 0`), at most 20 suggestions — and the pair
// is found when a suggestion holds both records. Beside them, people the truth records once (in no
// pair, and no trafficking ring's controller, whom each force of the ring records: the controls)
// are asked about the same way, in a seeded random order mixed with the pairs' seeds, so both are
// timed alike. Prints per error kind the pairs, how many were found and the recall; the overall
// recall; the precision among the suggestions made for the pairs' seeds (the true partner against
// any other); suggestions per control person; the query's p50/p95; and the missed pairs and the
// controls' suggestions as the graph records them. Another suggestion than the partner may still be
// two people who happen to share a name and date of birth (the generator draws them independently),
// so the precision is a lower bound.
//
// Runs against a test stack of its own by default (CROSSLINK_TEST_SLOT picks which; `--keep` leaves
// it up); `--stack dev` uses the `npm start` platform instead, which then keeps the imported graph.
// The import's source is named by the seed and size, so running again on a kept stack imports
// nothing new (the importer finds every row already there).
// Options: --people 20000  --seed 7  --pairs 300 (or all)  --controls 300  --warmup 5  --batch-size 2000  --stack test|dev|auto  --keep
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '@crosslink/common';
import type { Driver } from 'neo4j-driver';
import { duplicateErrors } from '../../services/importer/src/generate/duplicates.js';
import type { DuplicateError, Placed, Truth } from '../../services/importer/src/generate/truth.js';
import { seededRandom } from '../../services/intel/src/network/network.analysis.js';
import { post, textTable, Tokens } from './load-client.js';
import { endpoints, stackFor, takeDown } from './load-stack.js';
import { importNational } from './national-import.js';
import { percentile } from './stats.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? (process.argv[at + 1] as string) : fallback;
}

const people = Number(option('people', '20000'));
const seed = Number(option('seed', '7'));
const pairsOption = option('pairs', '300');
const pairLimit = pairsOption === 'all' ? Number.POSITIVE_INFINITY : Number(pairsOption);
const controlCount = Number(option('controls', '300'));
const warmup = Number(option('warmup', '5'));
const batchSize = Number(option('batch-size', '2000'));
const wanted = option('stack', 'test');
if (
  !Number.isInteger(people) ||
  people < 1 ||
  !Number.isSafeInteger(seed) ||
  !(pairLimit > 0) ||
  (pairsOption !== 'all' && !Number.isInteger(pairLimit)) ||
  !Number.isInteger(controlCount) ||
  controlCount < 0 ||
  !Number.isInteger(warmup) ||
  warmup < 0 ||
  !(Number.isInteger(batchSize) && batchSize > 0)
) {
  console.error(
    'usage: npm run bench:matching -- [--people 20000] [--seed 7] [--pairs 300|all] [--controls 300] [--warmup 5] [--batch-size 2000] [--stack test|dev|auto] [--keep]',
  );
  process.exit(2);
}

const PURPOSE = 'Matching benchmark';
const ANALYST = 'analyst.nca';
const SUPERVISOR = 'supervisor.nca';
/** The review queue of one person: the people who may be them, best first. */
const SUGGESTIONS = `query ($id: ID!) { matchSuggestions(scope: { seeds: [{ kind: PERSON, id: $id }], hops: 0 }, first: 20) { suggestions { id score people { id } reasons { kind } } } }`;
/** Missed pairs, and controls' suggestions, printed at most, as the graph records them. */
const SHOWN = 12;

interface Suggestion {
  readonly id: string;
  readonly score: number;
  readonly people: readonly { readonly id: string }[];
  readonly reasons: readonly { readonly kind: string }[];
}

/** A duplicate of the truth file, each side as its Crosslink Person id. */
interface Pair {
  readonly error: DuplicateError;
  readonly a: string;
  readonly b: string;
  readonly phone: string | null;
}

/** What one question came to. */
interface Asked {
  readonly ms: number;
  readonly suggestions: readonly Suggestion[];
}

/** The `sourceKey` the importer gives a generated person (services/importer/src/neo4j-admin/pole-nodes.ts). */
function sourceKey(source: string, placed: Placed): string {
  return `neo4j-admin:${placed.force}:${source}:${placed.id}`;
}

/** The Person id of each source key the graph holds. */
async function personIds(driver: Driver, keys: readonly string[]): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery('UNWIND $keys AS key MATCH (p:Person {sourceKey: key}) RETURN key, p.id AS id', { keys });
  return new Map(records.map((r) => [r.get('key') as string, r.get('id') as string]));
}

/** Every person this run's import brought in (any force), in a stable order. */
async function importedPeople(driver: Driver, source: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person) WHERE p.sourceKey STARTS WITH 'neo4j-admin:' AND p.sourceKey CONTAINS $infix
     RETURN p.id AS id ORDER BY p.sourceKey`,
    { infix: `:${source}:` },
  );
  return records.map((r) => r.get('id') as string);
}

/** The graph's people not of this run's import (another import, or a kept stack's other data): anyone a seed may be suggested with too. */
async function otherPeople(driver: Driver, source: string): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person) WHERE p.sourceKey IS NULL OR NOT (p.sourceKey STARTS WITH 'neo4j-admin:' AND p.sourceKey CONTAINS $infix)
     RETURN count(p) AS n`,
    { infix: `:${source}:` },
  );
  return Number(records[0]?.get('n') ?? 0);
}

/** How the graph records each person: name and date of birth, as a line. */
async function recorded(driver: Driver, ids: readonly string[]): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    `UNWIND $ids AS id MATCH (p:Person {id: id})
     RETURN id, p.forenames AS forenames, p.surname AS surname, p.dateOfBirth AS dateOfBirth`,
    { ids },
  );
  return new Map(
    records.map((r) => [
      r.get('id') as string,
      `${r.get('forenames') as string} ${r.get('surname') as string}, born ${(r.get('dateOfBirth') as string | null) ?? '—'}`,
    ]),
  );
}

/** The items in a seeded random order. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Up to `limit` pairs, the error kinds taken in turn so each is as well represented as the truth allows. */
function samplePairs(pairs: readonly Pair[], limit: number, random: () => number): Pair[] {
  if (pairs.length <= limit) return [...pairs];
  const byKind = duplicateErrors.map((error) =>
    shuffled(
      pairs.filter((p) => p.error === error),
      random,
    ),
  );
  const taken: Pair[] = [];
  for (let round = 0; taken.length < limit; round++) {
    for (const kind of byKind) if (round < kind.length && taken.length < limit) taken.push(kind[round]!);
  }
  return taken;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const { stack, startedHere } = await stackFor('bench:matching', wanted);
const urls = endpoints(stack);
console.log(`• bench:matching against the ${stack.name === 'dev' ? 'running npm start platform' : `test stack (${stack.dir})`}`);
const dir = mkdtempSync(join(tmpdir(), 'crosslink-bench-matching-'));
const driver = createDriver({ uri: urls.neo4j, user: 'neo4j', password: urls.neo4jPassword });
try {
  const tokens = new Tokens(urls.keycloak);

  // 1. The national graph: generated (seeded) and imported by the hub's supervisor, force by force.
  const source = `bench-matching-${seed}-${people}`;
  console.log(`• a national graph of ${people.toLocaleString('en-GB')} people (seed ${seed}): generating, then importing every force as ${source}…`);
  const national = await importNational(urls, await tokens.get(SUPERVISOR), dir, { people, seed, batchSize, source });
  console.log(
    `  imported ${national.rows.toLocaleString('en-GB')} rows in ${national.seconds.toFixed(1)} s (${national.nodes.toLocaleString('en-GB')} nodes created)`,
  );

  // 2. The truth: each duplicate's two records, as the Person ids the import gave them. A
  //    trafficking ring's controller is recorded by each force of the ring, too: not a pair of the
  //    truth's duplicates, but one person, so never a control.
  const truth = JSON.parse(readFileSync(join(national.out, 'truth.json'), 'utf8')) as Truth;
  const controllers = truth.traffickingRings.flatMap((ring) => (ring.controller.length > 1 ? ring.controller : []));
  const ids = await personIds(driver, [
    ...truth.duplicates.flatMap((d) => [sourceKey(source, d.a), sourceKey(source, d.b)]),
    ...controllers.map((c) => sourceKey(source, c)),
  ]);
  const allPairs: Pair[] = [];
  let unmapped = 0;
  for (const d of truth.duplicates) {
    const [a, b] = [ids.get(sourceKey(source, d.a)), ids.get(sourceKey(source, d.b))];
    if (a === undefined || b === undefined) unmapped++;
    else allPairs.push({ error: d.error, a, b, phone: d.phone });
  }
  if (allPairs.length === 0) throw new Error(`none of the ${truth.duplicates.length} people recorded twice was found in the graph (source ${source})`);
  if (unmapped > 0) console.log(`  (${unmapped} of the truth's ${truth.duplicates.length} pairs have a record the import did not bring in; left out)`);
  const others = await otherPeople(driver, source);
  if (others > 0) console.log(`  (the graph holds ${others.toLocaleString('en-GB')} people besides this import's: a seed may be suggested with them too)`);

  // 3. The seeds: a sample of the pairs (each asked from its first record) and controls, people
  //    the truth records once.
  const random = seededRandom(seed);
  const pairs = samplePairs(allPairs, pairLimit, random);
  const recordedTwice = new Set([...allPairs.flatMap((p) => [p.a, p.b]), ...controllers.flatMap((c) => ids.get(sourceKey(source, c)) ?? [])]);
  const pool = shuffled(
    (await importedPeople(driver, source)).filter((id) => !recordedTwice.has(id)),
    random,
  );
  const controls = pool.slice(0, controlCount);
  // Warmed up on other people of the graph, so no seed is asked twice.
  const warmups = pool.slice(controlCount, controlCount + warmup);
  const seeds = shuffled([...pairs.map((pair) => ({ pair, id: pair.a })), ...controls.map((id) => ({ pair: null, id }))], random);

  /** Questions the gateway timed out and that were asked again. */
  let timedOut = 0;
  /**
   * One person's review queue through the gateway, as the hub's analyst; waits out the gateway's
   * per-user rate limit. The time is the answered request's.
   */
  const ask = async (id: string): Promise<Asked> => {
    for (let timeouts = 0; ;) {
      const outcome = await post(
        urls.gateway,
        { query: SUGGESTIONS, variables: { id } },
        { token: await tokens.get(ANALYST), purpose: PURPOSE, timeoutMs: 60_000 },
      );
      if (outcome.status === 429) {
        await sleep(1000 * Number(outcome.errors[0]?.extensions?.retryAfter ?? 5));
        continue;
      }
      // On a busy machine the first questions after a big import can outlast the gateway's deadline
      // while Neo4j plans them again on its new statistics: asked again (twice at most), and counted.
      if (!outcome.ok && outcome.codes.includes('SUBGRAPH_TIMEOUT') && timeouts < 2) {
        timeouts++;
        timedOut++;
        continue;
      }
      if (!outcome.ok)
        throw new Error(`gateway, for person ${id}: ${outcome.status} ${outcome.codes.join(', ')} ${outcome.text?.slice(0, 300) ?? outcome.transport ?? ''}`);
      return { ms: outcome.ms, suggestions: outcome.data.matchSuggestions.suggestions as Suggestion[] };
    }
  };

  // 4. The questions: a few to warm the stack up (not counted), then every seed once, one at a time.
  console.log(`• asking for the review queue of ${pairs.length} pairs' first records and ${controls.length} controls through the gateway, as ${ANALYST}…`);
  for (const id of warmups) await ask(id);
  const latencies: number[] = [];
  const found = new Map<DuplicateError, number>();
  const partnerScores = new Map<DuplicateError, number[]>();
  const missed: Pair[] = [];
  let partnerSuggestions = 0;
  let otherSuggestions = 0;
  const otherReasons = new Map<string, number>();
  const controlReasons = new Map<string, number>();
  /** A suggestion's reasons as one key, e.g. SAME_DATE_OF_BIRTH+SAME_NAME. */
  const countReasons = (into: Map<string, number>, s: Suggestion) => {
    const why = s.reasons
      .map((r) => r.kind)
      .sort()
      .join('+');
    into.set(why, (into.get(why) ?? 0) + 1);
  };
  let controlSuggestions = 0;
  let controlsSuggested = 0;
  const controlPairs: [string, string][] = [];
  for (const { pair, id } of seeds) {
    const asked = await ask(id);
    latencies.push(asked.ms);
    if (pair === null) {
      controlSuggestions += asked.suggestions.length;
      if (asked.suggestions.length > 0) controlsSuggested++;
      for (const s of asked.suggestions) {
        countReasons(controlReasons, s);
        controlPairs.push([id, s.people.find((p) => p.id !== id)?.id ?? id]);
      }
      continue;
    }
    const partner = asked.suggestions.find((s) => s.people.some((p) => p.id === pair.a) && s.people.some((p) => p.id === pair.b));
    if (partner === undefined) missed.push(pair);
    else {
      found.set(pair.error, (found.get(pair.error) ?? 0) + 1);
      partnerScores.set(pair.error, [...(partnerScores.get(pair.error) ?? []), partner.score]);
      partnerSuggestions++;
    }
    for (const s of asked.suggestions) {
      if (s === partner) continue;
      otherSuggestions++;
      countReasons(otherReasons, s);
    }
  }

  // 5. The figures.
  const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);
  const median = (values: readonly number[]) =>
    values.length === 0
      ? '-'
      : percentile(
          [...values].sort((x, y) => x - y),
          50,
        ).toFixed(3);
  const rows = duplicateErrors.map((error) => {
    const n = pairs.filter((p) => p.error === error).length;
    const hit = found.get(error) ?? 0;
    return [error, String(n), String(hit), pct(hit, n), median(partnerScores.get(error) ?? [])];
  });
  const totalFound = [...found.values()].reduce((x, y) => x + y, 0);
  rows.push(['all', String(pairs.length), String(totalFound), pct(totalFound, pairs.length), median([...partnerScores.values()].flat())]);
  console.log(`\n${textTable(['error kind', 'pairs', 'found', 'recall', 'partner score p50'], rows)}`);

  const sorted = [...latencies].sort((x, y) => x - y);
  console.log(
    `\n${textTable(
      ['measure', 'value'],
      [
        ['overall recall', `${pct(totalFound, pairs.length)} (${totalFound} of ${pairs.length} pairs)`],
        [
          'precision, pairs’ seeds',
          `${pct(partnerSuggestions, partnerSuggestions + otherSuggestions)} (${partnerSuggestions} true partners of ${partnerSuggestions + otherSuggestions} suggestions)`,
        ],
        ['other suggestions per pair seed', pairs.length === 0 ? '-' : (otherSuggestions / pairs.length).toFixed(2)],
        [
          'suggestions per control person',
          controls.length === 0 ? '-' : `${(controlSuggestions / controls.length).toFixed(2)} (${controlsSuggested} of ${controls.length} controls have any)`,
        ],
        ['query latency p50', `${percentile(sorted, 50).toFixed(1)} ms`],
        ['query latency p95', `${percentile(sorted, 95).toFixed(1)} ms (${sorted.length} queries, one at a time, after ${warmups.length} warm-up)`],
        ...(timedOut === 0 ? [] : [['timed out and asked again', `${timedOut} (SUBGRAPH_TIMEOUT; the answered request's time counts)`]]),
      ],
    )}`,
  );
  const reasonsText = (counts: ReadonlyMap<string, number>) =>
    [...counts]
      .sort((x, y) => y[1] - x[1])
      .map(([why, n]) => `${why || '(none)'} ${n}`)
      .join(', ') || 'none';
  console.log(
    `\nPrecision here is a lower bound: a suggestion other than the truth's partner (for a pair's seed or a control) may still be two records that` +
      ` really are alike — the generator draws names and dates of birth independently, so the same name and date of birth can come up twice` +
      ` (SAME_NAME+SAME_DATE_OF_BIRTH below), or one of them without a date of birth — and the truth file lists only the people it recorded twice on purpose.` +
      `\nOther suggestions for the pairs' seeds, by their reasons: ${reasonsText(otherReasons)}` +
      `\nSuggestions for the controls, by their reasons: ${reasonsText(controlReasons)}`,
  );

  // 6. What was missed, and what the controls were suggested with, for a reader to judge.
  const shownMissed = missed.slice(0, SHOWN);
  const shownControls = controlPairs.slice(0, SHOWN);
  const records = await recorded(driver, [...shownMissed.flatMap((p) => [p.a, p.b]), ...shownControls.flat()]);
  const line = (id: string) => records.get(id) ?? id;
  if (missed.length > 0) {
    console.log(`\nMissed pairs (${shownMissed.length} of ${missed.length}), as the graph records them:`);
    for (const p of shownMissed) console.log(`  ${p.error.padEnd(21)} ${line(p.a)}  |  ${line(p.b)}${p.phone === null ? '' : '  (same phone)'}`);
  }
  if (controlPairs.length > 0) {
    console.log(`\nControls' suggestions (${shownControls.length} of ${controlPairs.length}), as the graph records them:`);
    for (const [control, other] of shownControls) console.log(`  ${line(control)}  |  ${line(other)}`);
  }
} finally {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
  if (startedHere && !process.argv.includes('--keep')) await takeDown(stack);
}
