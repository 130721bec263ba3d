// The stack a load tool runs against: the test stack of this working copy's CROSSLINK_TEST_SLOT,
// brought up (and taken down) with the same scripts `npm test` uses, or the developer's platform
// that `npm start` runs. Gives the URLs, the secrets and the pid (process group) of each server.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { build, ensureNodeModules } from '../lib/install.mjs';
import { ensureKeycloakZip, keycloakUrl, startKeycloak, stopKeycloak } from '../lib/keycloak.mjs';
import { migrate } from '../lib/migrate.mjs';
import { ensureNeo4jJars, neo4jUri, startNeo4j, stopNeo4j, wipeNeo4jData } from '../lib/neo4j.mjs';
import { httpOk, runningPid, waitFor } from '../lib/process.mjs';
import { gatewayUrl, startServices, stopServices, subgraphNames, type serviceNames } from '../lib/services.mjs';
import { path, secrets, stack, type Stack } from '../lib/stack.mjs';

export type SubgraphName = (typeof subgraphNames)[number];
export type ServerName = (typeof serviceNames)[number] | 'neo4j' | 'keycloak';
export const serverNames: readonly ServerName[] = ['gateway', ...subgraphNames, 'neo4j', 'keycloak'];

export interface Endpoints {
  readonly gateway: string;
  readonly subgraphs: Record<SubgraphName, string>;
  readonly keycloak: string;
  readonly neo4j: string;
  readonly neo4jPassword: string;
}

export function endpoints(s: Stack): Endpoints {
  const subgraph = (name: SubgraphName) => `http://127.0.0.1:${s.ports[name]}/graphql`;
  return {
    gateway: gatewayUrl(s),
    subgraphs: { cases: subgraph('cases'), entities: subgraph('entities'), locations: subgraph('locations'), intel: subgraph('intel') },
    keycloak: keycloakUrl(s),
    neo4j: neo4jUri(s),
    neo4jPassword: secrets(s).neo4jPassword,
  };
}

/** The pid of each running server of the stack (each the leader of its process group). */
export function serverPids(s: Stack): Map<ServerName, number> {
  const pids = new Map<ServerName, number>();
  for (const name of serverNames) {
    const pid = runningPid(path(s, 'pids', `${name}.pid`));
    if (pid !== undefined) pids.set(name, pid);
  }
  return pids;
}

/** The test stack of this working copy (CROSSLINK_TEST_SLOT picks its ports and folder). */
export function testStack(): Stack {
  return stack('test');
}

/**
 * The platform `npm start` runs (`dev`), or a test stack left up (e.g. by `--keep`), when its
 * gateway answers `/readyz`; otherwise undefined.
 */
export async function runningStack(name: 'dev' | 'test'): Promise<Stack | undefined> {
  const s = stack(name);
  if (!existsSync(path(s, 'secrets.json')) || runningPid(path(s, 'pids', 'gateway.pid')) === undefined) return undefined;
  try {
    const ready = await fetch(`http://127.0.0.1:${s.ports.gateway}/readyz`, { signal: AbortSignal.timeout(2000) });
    return ready.ok ? s : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The stack a tool runs against, as `--stack auto|dev|test` asks: the running `npm start` platform
 * (auto prefers it), else a test stack already up, else a test stack brought up now — which the
 * caller then takes down (`startedHere`) unless asked to keep it. Exits with a usage error when
 * `dev` is asked for and the platform is not up.
 */
export async function stackFor(tool: string, wanted: string): Promise<{ stack: Stack; startedHere: boolean }> {
  let s = wanted === 'test' ? undefined : await runningStack('dev');
  if (wanted === 'dev' && s === undefined) {
    console.error(`${tool} --stack dev: the platform is not up (npm start)`);
    process.exit(2);
  }
  if (s === undefined) s = await runningStack('test');
  if (s !== undefined) return { stack: s, startedHere: false };
  const fresh = testStack();
  await bringUpTestStack(fresh);
  return { stack: fresh, startedHere: true };
}

/**
 * Builds and starts the test stack from an empty database, as `npm test` does: Neo4j and Keycloak,
 * the migrations, the subgraphs and the gateway. Whatever an interrupted run left is stopped first.
 */
export async function bringUpTestStack(s: Stack, log: (line: string) => void = console.log): Promise<void> {
  ensureNodeModules();
  build();
  ensureNeo4jJars();
  ensureKeycloakZip();
  await takeDown(s);
  wipeNeo4jData(s);
  log(
    `• starting the test stack of slot ${process.env['CROSSLINK_TEST_SLOT'] ?? '0'} (Neo4j :${s.ports.bolt}, Keycloak :${s.ports.keycloak}, gateway :${s.ports.gateway})…`,
  );
  await Promise.all([patiently(s, 'neo4j', () => startNeo4j(s)), patiently(s, 'keycloak', () => startKeycloak(s))]);
  await migrate(s);
  await startServices(s);
}

/**
 * Starts a server with the start scripts' own time limit, and on a machine too busy to meet it
 * waits up to `extraMs` more while the server is still alive and starting.
 */
async function patiently(s: Stack, server: 'neo4j' | 'keycloak', start: () => Promise<unknown>, extraMs = 300_000): Promise<void> {
  try {
    await start();
  } catch (error) {
    const pid = runningPid(path(s, 'pids', `${server}.pid`));
    if (pid === undefined || !String(error).includes('was not ready within')) throw error;
    console.log(`  (${server} is slow to start on this machine; waiting up to ${extraMs / 1000} s more)`);
    const ready =
      server === 'neo4j' ? () => portOpen(s.ports.bolt) : () => httpOk(`http://127.0.0.1:${s.ports.keycloakManagement}/health/ready`).catch(() => false);
    await waitFor({ what: server, pid, timeoutMs: extraMs, check: ready });
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Stops every server of the stack (services first). */
export async function takeDown(s: Stack): Promise<void> {
  await stopServices(s);
  await Promise.all([stopNeo4j(s), stopKeycloak(s)]);
}
