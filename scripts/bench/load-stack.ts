// The stack a load tool runs against: the test stack of this working copy's CROSSLINK_TEST_SLOT,
// brought up (and taken down) with the same scripts `npm test` uses, or the developer's platform
// that `npm start` runs. Gives the URLs, the secrets and the pid (process group) of each server.
import { existsSync } from 'node:fs';
import { build, ensureNodeModules } from '../lib/install.mjs';
import { ensureKeycloakZip, keycloakUrl, startKeycloak, stopKeycloak } from '../lib/keycloak.mjs';
import { migrate } from '../lib/migrate.mjs';
import { ensureNeo4jJars, neo4jUri, startNeo4j, stopNeo4j, wipeNeo4jData } from '../lib/neo4j.mjs';
import { runningPid } from '../lib/process.mjs';
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

/** The platform `npm start` runs, when its gateway answers `/readyz`; otherwise undefined. */
export async function runningDevStack(): Promise<Stack | undefined> {
  const dev = stack('dev');
  if (!existsSync(path(dev, 'secrets.json')) || runningPid(path(dev, 'pids', 'gateway.pid')) === undefined) return undefined;
  try {
    const ready = await fetch(`http://127.0.0.1:${dev.ports.gateway}/readyz`, { signal: AbortSignal.timeout(2000) });
    return ready.ok ? dev : undefined;
  } catch {
    return undefined;
  }
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
  log(`• starting the test stack of slot ${process.env['CROSSLINK_TEST_SLOT'] ?? '0'} (Neo4j :${s.ports.bolt}, Keycloak :${s.ports.keycloak}, gateway :${s.ports.gateway})…`);
  await Promise.all([startNeo4j(s), startKeycloak(s)]);
  await migrate(s);
  await startServices(s);
}

/** Stops every server of the stack (services first). */
export async function takeDown(s: Stack): Promise<void> {
  await stopServices(s);
  await Promise.all([stopNeo4j(s), stopKeycloak(s)]);
}
