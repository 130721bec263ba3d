// `npm run bench:import` — the importer's throughput, as an officer runs it (`npm run import`): a
// generated data.police.uk file imported in batches, beside the same importer writing one
// transaction per row, in one run, so the ratio holds on any machine. Also times importing the
// batched file again (every row found already there) and samples the importer's peak resident
// memory (VmHWM) while it runs. The rows go to a force of the benchmark's own, imported by the
// hub's supervisor, so the platform's demo forces are left as they were.
//
// Runs against a test stack of its own by default (CROSSLINK_TEST_SLOT picks which; `--keep` leaves
// it up); `--stack dev` uses the `npm start` platform instead, which then keeps the benchmark's cases.
// Then generates a synthetic national graph (`npm run generate`, --national people; 0 skips it) and
// imports it as the hub's supervisor, forces side by side, reporting nodes and relationships per second.
// A small national graph is imported first and not timed: Neo4j plans each of the import's statements
// once, and a national import runs long enough that those first plans are not what sets its pace.
// Options: --rows 100000  --per-row-rows 2000  --batch-size 2000  --national 100000  --stack test|dev|auto  --keep
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createDriver } from '@crosslink/common';
import { root } from '../lib/stack.mjs';
import { textTable, Tokens } from './load-client.js';
import { endpoints, stackFor, takeDown } from './load-stack.js';
import { importNational, runNode } from './national-import.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? (process.argv[at + 1] as string) : fallback;
}

const rows = Number(option('rows', '100000'));
const perRowRows = Number(option('per-row-rows', '2000'));
const batchSize = Number(option('batch-size', '2000'));
const national = Number(option('national', '100000'));
const wanted = option('stack', 'test');
if (![rows, perRowRows, batchSize].every((n) => Number.isInteger(n) && n > 0) || !Number.isInteger(national) || national < 0) {
  console.error(
    'usage: npm run bench:import -- [--rows 100000] [--per-row-rows 2000] [--batch-size 2000] [--national 100000] [--stack test|dev|auto] [--keep]',
  );
  process.exit(2);
}

const FORCE = 'BENCHIMP';
const FORCE_NAME = 'Crosslink Benchmark Constabulary';
const HEADER = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const CATEGORIES = ['Burglary', 'Drugs', 'Vehicle crime', 'Violence and sexual offences', 'Shoplifting', 'Public order', 'Anti-social behaviour'];

/** A street-level file of `n` crimes of the benchmark force, ids fresh each run (anti-social behaviour, which has none, named by the file). */
function streetFile(dir: string, name: string, n: number): string {
  const path = join(dir, name);
  const tag = `${name.replace(/\.csv$/, '')} ${randomBytes(3).toString('hex')}`;
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const id = category === 'Anti-social behaviour' ? '' : randomBytes(32).toString('hex');
    const lon = (-2.3 + (i % 1000) / 10_000).toFixed(6);
    const lat = (53.4 + (i % 777) / 10_000).toFixed(6);
    lines.push(
      `${id},2024-${String((i % 12) + 1).padStart(2, '0')},${FORCE_NAME},${FORCE_NAME},${lon},${lat},On or near ${tag} Street ${i % 5000},E0100${i % 9000},Bench ${i % 300}A,${category},Under investigation,`,
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

interface Run {
  readonly seconds: number;
  readonly created: number;
  readonly present: number;
  readonly peakRssMb: number;
}

/** Runs the importer's command line as `npm run import` does, sampling its peak resident memory. */
async function importFile(urls: ReturnType<typeof endpoints>, token: string, path: string, batch: number): Promise<Run> {
  const run = await runNode(
    join(root, 'services/importer/dist/main.js'),
    ['police-uk', path, '--force', FORCE, '--batch-size', String(batch), '--purpose', 'Import benchmark'],
    { NEO4J_URI: urls.neo4j, NEO4J_PASSWORD: urls.neo4jPassword, KEYCLOAK_URL: urls.keycloak, CROSSLINK_TOKEN: token },
  );
  const counts = /([\d,]+) rows read, ([\d,]+) created, ([\d,]+) already present, ([\d,]+) rejected/.exec(run.stdout);
  if (counts === null) throw new Error(`import: ${run.stdout}`);
  const n = (i: number) => Number(counts[i]!.replaceAll(',', ''));
  if (n(4) !== 0) throw new Error(`import rejected ${n(4)} rows: ${run.stdout}`);
  return { seconds: run.seconds, created: n(2), present: n(3), peakRssMb: run.peakRssMb };
}

const { stack, startedHere } = await stackFor('bench:import', wanted);
const urls = endpoints(stack);
console.log(`• bench:import against the ${stack.name === 'dev' ? 'running npm start platform' : `test stack (${stack.dir})`}`);
const dir = mkdtempSync(join(tmpdir(), 'crosslink-bench-import-'));
const driver = createDriver({ uri: urls.neo4j, user: 'neo4j', password: urls.neo4jPassword });
try {
  await driver.executeQuery("MERGE (f:Force {code: $code}) ON CREATE SET f.name = $name, f.kind = 'BENCHMARK'", { code: FORCE, name: FORCE_NAME });
  const token = await new Tokens(urls.keycloak).get('supervisor.nca');

  console.log(`• writing ${rows.toLocaleString('en-GB')} + ${perRowRows.toLocaleString('en-GB')} rows…`);
  const batchedFile = streetFile(dir, 'batched.csv', rows);
  const perRowFile = streetFile(dir, 'per-row.csv', perRowRows);

  console.log(`• one transaction per row (${perRowRows.toLocaleString('en-GB')} rows)…`);
  const perRow = await importFile(urls, token, perRowFile, 1);
  console.log(`• batches of ${batchSize} (${rows.toLocaleString('en-GB')} rows)…`);
  const batched = await importFile(urls, token, batchedFile, batchSize);
  console.log('• the batched file again (every row already there)…');
  const again = await importFile(urls, token, batchedFile, batchSize);

  // Each crime is one node (its Case) and one relationship (to its force).
  const rate = (r: Run, n: number) => n / r.seconds;
  const table = textTable(
    ['run', 'rows', 'seconds', 'rows/s', 'nodes/s', 'relationships/s', 'peak RSS MB'],
    [
      [
        'one transaction per row',
        perRow.created,
        perRow.seconds,
        rate(perRow, perRow.created),
        rate(perRow, perRow.created),
        rate(perRow, perRow.created),
        perRow.peakRssMb,
      ],
      [
        `batches of ${batchSize}`,
        batched.created,
        batched.seconds,
        rate(batched, batched.created),
        rate(batched, batched.created),
        rate(batched, batched.created),
        batched.peakRssMb,
      ],
      ['same file again', again.present, again.seconds, rate(again, again.present), 0, 0, again.peakRssMb],
    ].map(([label, n, s, r, nodes, rels, rss]) => [
      String(label),
      Number(n).toLocaleString('en-GB'),
      Number(s).toFixed(1),
      Math.round(Number(r)).toLocaleString('en-GB'),
      Math.round(Number(nodes)).toLocaleString('en-GB'),
      Math.round(Number(rels)).toLocaleString('en-GB'),
      Number(rss).toFixed(0),
    ]),
  );
  console.log(`\n${table}`);
  console.log(
    `\nbatched ÷ per-row: ${(rate(batched, batched.created) / rate(perRow, perRow.created)).toFixed(1)}x rows/s (target ≥ 20x); ` +
      `targets ≥ 10,000 nodes/s, ≥ 5,000 relationships/s, peak RSS ≤ 1,024 MB. Times include the command's start (token check, connection) and reading the file twice (its hash, then its rows).`,
  );

  if (national > 0) {
    console.log(`\n• a national graph of ${national.toLocaleString('en-GB')} people: generating, then importing every force…`);
    const hub = await new Tokens(urls.keycloak).get('supervisor.nca');
    await importNational(urls, hub, join(dir, 'warm-up'), { people: 2000, seed: 2, batchSize, source: `bench-warm-${randomBytes(3).toString('hex')}` });
    const n = await importNational(urls, hub, dir, { people: national, seed: 1, batchSize, source: `bench-${randomBytes(3).toString('hex')}` });
    const per = (count: number) => Math.round(count / n.seconds).toLocaleString('en-GB');
    console.log(
      textTable(
        ['national import', 'rows', 'nodes', 'relationships', 'seconds', 'rows/s', 'nodes/s', 'relationships/s', 'peak RSS MB'],
        [
          [
            `${national.toLocaleString('en-GB')} people`,
            n.rows.toLocaleString('en-GB'),
            n.nodes.toLocaleString('en-GB'),
            n.relationships.toLocaleString('en-GB'),
            n.seconds.toFixed(1),
            per(n.rows),
            per(n.nodes),
            per(n.relationships),
            n.peakRssMb.toFixed(0),
          ],
        ],
      ),
    );
    console.log(
      `(nodes and relationships counted over the same wall time: the two rates are shares of one run, not separate runs; a national graph of 2,000 people was imported first, untimed)`,
    );
    // The forces' files are written side by side, a nodes file of one force beside a relationships
    // file of another; the lanes' time on each kind of file splits the wall time between them.
    const nodeSeconds = n.seconds * n.nodeShare;
    const relationshipSeconds = n.seconds - nodeSeconds;
    console.log(
      `split by the time the lanes spent on each kind of file: nodes files ${(100 * n.nodeShare).toFixed(0)}% (${nodeSeconds.toFixed(1)} s, ` +
        `${Math.round(n.nodes / nodeSeconds).toLocaleString('en-GB')} nodes/s), relationships files ${(100 - 100 * n.nodeShare).toFixed(0)}% ` +
        `(${relationshipSeconds.toFixed(1)} s, ${Math.round(n.relationships / relationshipSeconds).toLocaleString('en-GB')} relationships/s)`,
    );
  }
} finally {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
  if (startedHere && !process.argv.includes('--keep')) await takeDown(stack);
}
