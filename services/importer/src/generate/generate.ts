import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeLabels, relationshipTypes } from './bundle-writer.js';
import { planDuplicates } from './duplicates.js';
import { writeForceBundle } from './force-bundle.js';
import { allocatePeople, forces } from './forces.js';
import { planCountyLines, planFraudNetworks, planTraffickingRings } from './networks.js';
import { Numbers } from './numbers.js';
import { Random } from './random.js';
import { type ForceCounts, type Plan, resolveTruth, type Truth } from './truth.js';
import { Weave } from './weave.js';

/**
 * The synthetic national graph: --people people spread over the 43 territorial forces by population,
 * each force's records a neo4j-admin bundle of its own (<out>/<FORCE>/national.*.csv), with county
 * lines, trafficking rings, fraud networks and people recorded twice woven across the bundles, and
 * <out>/truth.json saying where. The same seed and people always give the same bytes.
 */

export const minPeople = 100;
export const maxPeople = 5_000_000;

export interface GenerateOptions {
  readonly people: number;
  readonly seed: number;
  readonly out: string;
  /** Called as each force's bundle is finished. */
  readonly onForce?: (done: { readonly code: string; readonly index: number; readonly total: number; readonly counts: ForceCounts }) => void;
}

export interface GenerateReport {
  readonly people: number;
  readonly seed: number;
  readonly out: string;
  readonly truthPath: string;
  readonly totals: ForceCounts;
  readonly files: number;
  readonly woven: { readonly countyLines: number; readonly traffickingRings: number; readonly fraudNetworks: number; readonly duplicates: number };
}

/** How many of each woven structure a graph of `people` gets. */
export function wovenCounts(people: number): { countyLines: number; traffickingRings: number; fraudNetworks: number; duplicates: number } {
  return {
    countyLines: Math.max(3, Math.round(people / 20_000)),
    traffickingRings: Math.max(2, Math.round(people / 50_000)),
    fraudNetworks: Math.max(2, Math.round(people / 50_000)),
    duplicates: Math.max(10, Math.round(people * 0.005)),
  };
}

/** Allocates the people to forces and plans the woven structures (consuming numbers in a fixed order). */
export function planGraph(people: number, seed: number, numbers: Numbers): { allocation: Record<string, number>; weave: Weave; plan: Plan } {
  const allocation = allocatePeople(people);
  const weave = new Weave(allocation);
  const context = { rng: new Random(seed, 'plan'), weave, numbers };
  const counts = wovenCounts(people);
  const plan: Plan = {
    countyLines: planCountyLines(counts.countyLines, context),
    traffickingRings: planTraffickingRings(counts.traffickingRings, context),
    fraudNetworks: planFraudNetworks(counts.fraudNetworks, context),
    duplicates: planDuplicates(counts.duplicates, context),
  };
  return { allocation, weave, plan };
}

const emptyCounts = (): ForceCounts => ({
  people: 0,
  crimes: 0,
  locations: 0,
  phones: 0,
  calls: 0,
  emails: 0,
  vehicles: 0,
  officers: 0,
  relationships: 0,
  bytes: 0,
});

export async function generate(options: GenerateOptions): Promise<GenerateReport> {
  const { people, seed, out } = options;
  if (!Number.isInteger(people) || people < minPeople || people > maxPeople) throw new RangeError(`people is a whole number from ${minPeople} to ${maxPeople}`);
  await mkdir(out, { recursive: true });
  const numbers = new Numbers(seed);
  const { allocation, weave, plan } = planGraph(people, seed, numbers);
  const ids = new Map<string, string>();
  const perForce: Record<string, ForceCounts> = {};
  const totals = emptyCounts();
  let files = 0;

  for (const [index, force] of forces.entries()) {
    const counts = await writeForceBundle({
      force,
      people: allocation[force.code] ?? 0,
      weave: weave.of(force.code),
      numbers,
      seed,
      ids,
      dir: join(out, force.code),
    });
    perForce[force.code] = counts;
    for (const key of Object.keys(totals) as (keyof ForceCounts)[]) totals[key] += counts[key];
    files += nodeLabels.length + relationshipTypes.length;
    options.onForce?.({ code: force.code, index, total: forces.length, counts });
  }

  const truth: Truth = resolveTruth(plan, ids, { seed, people, forces: perForce });
  const truthPath = join(out, 'truth.json');
  const text = `${JSON.stringify(truth, null, 2)}\n`;
  await writeFile(truthPath, text);
  totals.bytes += Buffer.byteLength(text);
  return {
    people,
    seed,
    out,
    truthPath,
    totals,
    files: files + 1,
    woven: {
      countyLines: plan.countyLines.length,
      traffickingRings: plan.traffickingRings.length,
      fraudNetworks: plan.fraudNetworks.length,
      duplicates: plan.duplicates.length,
    },
  };
}
