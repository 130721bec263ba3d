import { performance } from 'node:perf_hooks';
import { runCommandLine } from '@crosslink/common';
import { parseGenerateArgs, usage } from './generate/generate-args.js';
import { generate, type GenerateReport } from './generate/generate.js';

/**
 * `npm run generate -- --people <n> --out <dir> [--seed <int>]`: writes a synthetic national graph, one
 * bundle per force, and truth.json. A line per force as it is written goes to stderr, the summary to
 * stdout. Exit codes: 0 written, 1 failed, 2 a command line to fix.
 */

const n = (value: number): string => value.toLocaleString('en-GB');
const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

function summary(r: GenerateReport, seconds: number): string {
  const t = r.totals;
  return [
    `Generated a national graph of ${n(r.people)} people (seed ${r.seed}) in ${r.out} in ${seconds.toFixed(1)} s:`,
    `  ${n(t.people)} people, ${n(t.crimes)} cases (crimes), ${n(t.locations)} locations, ${n(t.phones)} phones, ${n(t.calls)} calls,`,
    `  ${n(t.emails)} emails, ${n(t.vehicles)} vehicles, ${n(t.officers)} officers; ${n(t.relationships)} relationships`,
    `  woven: ${n(r.woven.countyLines)} county lines, ${n(r.woven.traffickingRings)} trafficking rings, ${n(r.woven.fraudNetworks)} fraud networks, ${n(r.woven.duplicates)} people recorded twice`,
    `  ${n(r.files)} files, ${mb(t.bytes)}`,
    `  answers: ${r.truthPath}`,
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const args = parseGenerateArgs(argv);
  const started = performance.now();
  const report = await generate({
    ...args,
    onForce: ({ code, index, total, counts: c }) => {
      const elapsed = ((performance.now() - started) / 1000).toFixed(1);
      process.stderr.write(
        `[${String(index + 1).padStart(2)}/${total}] ${code.padEnd(9)} ${n(c.people).padStart(9)} people ${n(c.crimes).padStart(9)} crimes ${n(c.phones).padStart(9)} phones ` +
          `${n(c.calls).padStart(10)} calls ${mb(c.bytes).padStart(9)}  ${elapsed} s\n`,
      );
    },
  });
  console.log(summary(report, (performance.now() - started) / 1000));
  return 0;
}

await runCommandLine({ name: 'generate', usage }, main);
