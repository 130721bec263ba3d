// @ts-check
// Background processes with pid files, readiness polling and clean stops.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Whether the process runs. A zombie (exited, not yet reaped by a parent that is busy) counts as
 * gone: signal 0 still reaches it, but it holds no port and no files.
 * @param {number} pid
 */
export function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (not Linux): trust the signal
  }
}

/** @param {string} pidFile @returns {number|undefined} the pid recorded there, if that process is alive */
export function runningPid(pidFile) {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

/**
 * Starts a detached process in its own process group, output appended to `logFile`, pid in `pidFile`.
 * @param {{command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string, pidFile: string}} options
 * @returns {number}
 */
export function startDetached(options) {
  mkdirSync(dirname(options.logFile), { recursive: true });
  mkdirSync(dirname(options.pidFile), { recursive: true });
  const out = openSync(options.logFile, 'a');
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  if (child.pid === undefined) throw new Error(`could not start ${options.command}`);
  child.unref();
  writeFileSync(options.pidFile, String(child.pid));
  return child.pid;
}

/**
 * Stops the process group recorded in `pidFile`: SIGTERM, then SIGKILL after `graceMs`.
 * @param {string} pidFile @param {number} [graceMs]
 * @returns {Promise<boolean>} whether something was running
 */
export async function stopPidFile(pidFile, graceMs = 30_000) {
  const pid = runningPid(pidFile);
  if (pid === undefined) {
    rmSync(pidFile, { force: true });
    return false;
  }
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) signalGroup(pid, 'SIGKILL');
  while (alive(pid)) await sleep(100);
  rmSync(pidFile, { force: true });
  return true;
}

/** @param {number} pid @param {NodeJS.Signals} signal */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Polls `check` until it resolves true; fails with `describe()` when the process died or time ran out.
 * @param {{what: string, check: () => Promise<boolean>, pid?: number, timeoutMs: number, describe?: () => string}} options
 */
export async function waitFor(options) {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (await options.check().catch(() => false)) return;
    if (options.pid !== undefined && !alive(options.pid)) {
      throw new Error(`${options.what} exited while starting.\n${options.describe?.() ?? ''}`);
    }
    await sleep(250);
  }
  throw new Error(`${options.what} was not ready within ${options.timeoutMs / 1000} s.\n${options.describe?.() ?? ''}`);
}

/** @param {string} url @returns {Promise<boolean>} */
export async function httpOk(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  return response.ok;
}

/** @param {string} file @param {number} [lines] */
export function tail(file, lines = 30) {
  if (!existsSync(file)) return `(no ${file})`;
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * Runs a command in the foreground, inheriting output; throws on failure.
 * @param {string} command @param {string[]} args @param {{cwd: string, env?: NodeJS.ProcessEnv, quiet?: boolean}} options
 */
export function runOrThrow(command, args, options) {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = options.quiet ? `\n${result.stdout ?? ''}${result.stderr ?? ''}` : '';
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})${output}`);
  }
  return result;
}
