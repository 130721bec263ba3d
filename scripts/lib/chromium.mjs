// @ts-check
// The browser the console's end-to-end tests drive: Debian's Chromium, through playwright-core (whose
// own browser download does not reach this network). Installed with apt when missing and the
// machine allows it.
import { existsSync } from 'node:fs';
import { runOrThrow } from './process.mjs';

const debianChromium = '/usr/bin/chromium';

/** The Chromium executable to drive: CHROMIUM_PATH, or Debian's, installed first if need be. */
export function ensureChromium() {
  const chosen = process.env['CHROMIUM_PATH'];
  if (chosen !== undefined && chosen !== '') {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH=${chosen} does not exist`);
    return chosen;
  }
  if (existsSync(debianChromium)) return debianChromium;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get')) {
    throw new Error('Chromium is missing and cannot be installed from here: install the "chromium" package (or set CHROMIUM_PATH) and run again');
  }
  console.log('• installing Chromium for the console tests (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  runOrThrow('apt-get', ['update', '-qq'], { cwd: '/', env, quiet: true });
  runOrThrow('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { cwd: '/', env, quiet: true });
  if (!existsSync(debianChromium)) throw new Error(`apt-get installed chromium but ${debianChromium} is missing`);
  return debianChromium;
}
