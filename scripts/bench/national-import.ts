// The synthetic national graph the import and matching benchmarks share (`bench:import`,
// `bench:matching`): generated as `npm run generate` does, then every force's bundle imported as
// `npm run import -- neo4j-admin <dir>` does (a national folder: each force's bundle as that force's
// data, which only a hub supervisor may do). Also the runner of the importer's command lines, which
// samples the child's peak resident memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../lib/stack.mjs';
import type { Endpoints } from './load-stack.js';

export interface NationalRun {
  readonly seconds: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly rows: number;
  /**
   * Of the time the forces' files were being written (summed over the lanes that write forces side
   * by side), the share spent on nodes files; the rest went to relationships files.
   */
  readonly nodeShare: number;
  readonly peakRssMb: number;
  /** The generated folder: a bundle per force, and truth.json. */
  readonly out: string;
}

export interface NationalOptions {
  readonly people: number;
  readonly seed: number;
  readonly batchSize: number;
  /**
   * `--source` of the import: an imported person's `sourceKey` is `neo4j-admin:<force>:<source>:<:ID>`
   * (services/importer/src/neo4j-admin/bundle-import.ts and pole-nodes.ts).
   */
  readonly source: string;
}

const NODE_FILES = new Set(['Crime', 'Person', 'Location', 'Phone', 'Email', 'Vehicle']);

/**
 * Generates a national graph of `people` into `<dir>/national` and imports every force's bundle, as
 * `npm run import -- neo4j-admin <dir>` does, with the hub supervisor's `token`. The time, rows and
 * peak memory are the import's alone (generating is not counted).
 */
export async function importNational(urls: Endpoints, token: string, dir: string, options: NationalOptions): Promise<NationalRun> {
  const out = join(dir, 'national');
  await runNode(join(root, 'services/importer/dist/generate-main.js'), ['--people', String(options.people), '--out', out, '--seed', String(options.seed)], {});
  const run = await runNode(
    join(root, 'services/importer/dist/main.js'),
    ['neo4j-admin', out, '--source', options.source, '--batch-size', String(options.batchSize), '--purpose', 'Import benchmark'],
    { NEO4J_URI: urls.neo4j, NEO4J_PASSWORD: urls.neo4jPassword, KEYCLOAK_URL: urls.keycloak, CROSSLINK_TOKEN: token },
  );
  let nodes = 0;
  let relationships = 0;
  let nodeSeconds = 0;
  let relationshipSeconds = 0;
  for (const match of run.stdout.matchAll(/^ {2}(\w+)\s+([\d,]+) rows\s+([\d,]+) created.* ([\d.]+) s$/gm)) {
    const created = Number(match[3]!.replaceAll(',', ''));
    const seconds = Number(match[4]);
    if (NODE_FILES.has(match[1]!)) {
      nodes += created;
      nodeSeconds += seconds;
    } else {
      relationships += created;
      relationshipSeconds += seconds;
    }
  }
  const total = /in ([\d.]+) s: ([\d,]+) rows read/.exec(run.stdout);
  if (total === null) throw new Error(`national import: ${run.stdout.slice(-500)}`);
  return {
    seconds: run.seconds,
    nodes,
    relationships,
    rows: Number(total[2]!.replaceAll(',', '')),
    nodeShare: nodeSeconds / (nodeSeconds + relationshipSeconds || 1),
    peakRssMb: run.peakRssMb,
    out,
  };
}

/** Runs a node script to its end, sampling its peak resident memory. */
export function runNode(script: string, args: string[], env: Record<string, string>): Promise<{ seconds: number; stdout: string; peakRssMb: number }> {
  const began = process.hrtime.bigint();
  const child = spawn(process.execPath, [script, ...args], { env: { PATH: process.env['PATH'], ...env } });
  let peakKb = 0;
  const sample = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      // the process has just ended
    }
  }, 50);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      clearInterval(sample);
      if (code !== 0) return reject(new Error(`${script} exited ${code}: ${stderr.slice(-500)}`));
      resolve({ seconds: Number(process.hrtime.bigint() - began) / 1e9, stdout, peakRssMb: peakKb / 1024 });
    }),
  );
}
