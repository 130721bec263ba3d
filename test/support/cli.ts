import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { testEnv } from '@crosslink/common/testing';

/** A built command-line tool of the platform: `services/<service>/dist/<script>`. */
export function cliEntry(service: string, script: string): string {
  return join(import.meta.dirname, '..', '..', 'services', service, 'dist', script);
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Starts a command-line tool against the test stack, as an officer runs it: the stack's addresses in
 * its environment and, when given, the officer's token in CROSSLINK_TOKEN (verified by the tool like
 * any caller's). `done` settles when it exits, with what it printed.
 */
export function startCli(entry: string, args: readonly string[], token?: string): { child: ChildProcess; done: Promise<CliRun> } {
  const env = testEnv();
  const child = spawn(process.execPath, [entry, ...args], {
    env: {
      PATH: process.env['PATH'],
      NEO4J_URI: env.neo4jUri,
      NEO4J_PASSWORD: env.neo4jPassword,
      KEYCLOAK_URL: env.keycloakUrl,
      ...(token === undefined ? {} : { CROSSLINK_TOKEN: token }),
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Runs a command-line tool to its end (see startCli); `code` is -1 when a signal ended it. */
export async function runCli(entry: string, args: readonly string[], token?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await startCli(entry, args, token).done;
  return { code: code ?? -1, stdout, stderr };
}
