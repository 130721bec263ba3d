import { parseArgs } from 'node:util';
import { UsageError } from '@crosslink/common';
import { maxPeople, minPeople } from './generate.js';

export const usage = `usage: npm run generate -- --people <n> --out <dir> [--seed <int>]

Writes a synthetic national graph: one neo4j-admin CSV bundle per territorial force
(<dir>/<FORCE>/national.nodes.*.csv and national.relationships.*.csv, in the shape of Neo4j's POLE
example), with county lines, trafficking rings, fraud networks and people recorded twice woven across
the forces, and <dir>/truth.json saying where they are.

options:
  --people <n>   how many people, ${minPeople.toLocaleString('en-GB')} to ${maxPeople.toLocaleString('en-GB')}, spread over the forces by population
  --out <dir>    where to write (created if missing; files already there are overwritten)
  --seed <int>   the seed (default 1): the same seed and --people always give the same files
  --help         this text`;

export interface GenerateArgs {
  readonly people: number;
  readonly out: string;
  readonly seed: number;
}

/** A whole number as written on a command line ('1000000', '1_000_000', '1,000,000'), or NaN. */
function whole(text: string): number {
  const plain = text.trim().replace(/[_,]/g, '');
  return /^-?\d+$/.test(plain) ? Number(plain) : Number.NaN;
}

export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        people: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.people === undefined) throw new UsageError('--people is required');
  const people = whole(values.people);
  if (!Number.isSafeInteger(people) || people < minPeople || people > maxPeople) {
    throw new UsageError(`--people is a whole number from ${minPeople} to ${maxPeople}`);
  }
  const out = values.out?.trim();
  if (out === undefined || out === '') throw new UsageError('--out is required: the folder to write the bundles to');
  const seed = whole(values.seed);
  if (!Number.isSafeInteger(seed)) throw new UsageError('--seed is a whole number');
  return { people, out, seed };
}
