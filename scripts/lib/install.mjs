// @ts-check
// Brings a fresh clone to a runnable state: npm packages, the built services, the servers' files.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runOrThrow } from './process.mjs';
import { root } from './stack.mjs';

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('• installing npm packages (npm ci)…');
  runOrThrow('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, quiet: true });
}

/** Builds every workspace (turbo skips what has not changed). */
export function build() {
  console.log('• building services…');
  runOrThrow(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=errors-only'], { cwd: root, quiet: true });
}
