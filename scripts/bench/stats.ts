/** Percentile of sorted samples (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export interface Summary {
  readonly name: string;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  readonly n: number;
}

export function summarise(name: string, samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { name, p50: percentile(sorted, 50), p95: percentile(sorted, 95), mean, n: samples.length };
}

/**
 * Runs every variant in turn, round after round, so that whatever else the machine does falls on all
 * of them alike; returns the samples (milliseconds) per variant.
 */
export async function interleaved(variants: Record<string, () => Promise<unknown>>, rounds: number, warmup: number): Promise<Map<string, number[]>> {
  const samples = new Map<string, number[]>(Object.keys(variants).map((name) => [name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const [name, run] of Object.entries(variants)) {
      const start = process.hrtime.bigint();
      await run();
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (round >= warmup) samples.get(name)?.push(elapsed);
    }
  }
  return samples;
}

export function table(summaries: readonly Summary[]): string {
  const width = Math.max('variant'.length, ...summaries.map((s) => s.name.length));
  const rows = summaries.map((s) => `${s.name.padEnd(width)} ${s.p50.toFixed(2).padStart(8)} ${s.p95.toFixed(2).padStart(8)} ${s.mean.toFixed(2).padStart(8)}`);
  return [`${'variant'.padEnd(width)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'mean ms'.padStart(8)}`, ...rows].join('\n');
}
