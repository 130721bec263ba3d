// The four faults of the suite, each injected into the test stack and then recovered the way an
// operator recovers the platform: by running what `npm start` runs (start whatever is not running,
// apply the migrations, start the services, load the demo, which must find it already there). A
// fault's recovery time runs from that restart to the first success of a probe that needs the
// server that was down.
import { setTimeout as sleep } from 'node:timers/promises';
import { loadDemo } from '../lib/demo.mjs';
import { startKeycloak, stopKeycloak } from '../lib/keycloak.mjs';
import { migrate } from '../lib/migrate.mjs';
import { startNeo4j } from '../lib/neo4j.mjs';
import { alive, stopPidFile } from '../lib/process.mjs';
import { gatewayUrl, startServices } from '../lib/services.mjs';
import { keycloakUrl } from '../lib/keycloak.mjs';
import { path, type Stack } from '../lib/stack.mjs';
import { post, type Tokens } from '../bench/load-client.js';
import { serverPids, type ServerName, type SubgraphName } from '../bench/load-stack.js';

export interface Fault {
  readonly name: string;
  /** The server the fault takes away. */
  readonly server: ServerName;
  /** Takes the server away. */
  readonly inject: () => Promise<void>;
  /** How long it stays away before the restart (the gateway is restarted at once). */
  readonly downMs: number;
  /** Succeeds once the platform does again what the server is needed for. */
  readonly probe: () => Promise<boolean>;
}

export interface FaultResult {
  readonly name: string;
  readonly server: ServerName;
  readonly injectedAt: number;
  readonly restartBeganAt: number;
  /** When the `npm start` steps had all returned. */
  readonly restartDoneAt: number;
  /** When the probe first succeeded after the restart began; null when it never did. */
  readonly recoveredAt: number | null;
  /** Whether the demo loader loaded the demo again (it must find it already there). */
  readonly demoReloaded: boolean | null;
  /** Migrations the restart applied (none are due on a running platform). */
  readonly migrationsApplied: readonly string[];
  /** Servers other than the faulted one whose process changed across the fault. */
  readonly othersRestarted: readonly string[];
  /** A step of the recovery that failed. */
  readonly recoveryError: string | null;
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    process.kill(pid, 'SIGKILL');
  }
}

async function killServer(s: Stack, server: ServerName): Promise<void> {
  const pid = serverPids(s).get(server);
  if (pid === undefined) throw new Error(`${server} is not running`);
  killGroup(pid);
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
}

/** The four faults, in the order they are injected. */
export function faults(s: Stack, options: { downMs: number; subgraph: SubgraphName; tokens: Tokens; reference: () => string | undefined }): Fault[] {
  const gateway = gatewayUrl(s);
  const read = async (query: string): Promise<boolean> => {
    const reference = options.reference();
    if (reference === undefined) return false;
    const outcome = await post(gateway, { query, variables: { r: reference } }, { token: await options.tokens.get('detective.gmp'), timeoutMs: 10_000 });
    return outcome.ok;
  };
  const caseRead = () => read('query ($r: String!) { case(reference: $r) { id title } }');
  const bySubgraph: Record<SubgraphName, string> = {
    cases: 'query ($r: String!) { case(reference: $r) { id title history(first: 1) { edges { node { id } } } } }',
    entities: 'query ($r: String!) { case(reference: $r) { id people { role person { id surname } } } }',
    locations: 'query ($r: String!) { case(reference: $r) { id people { person { id addresses { id } } } } }',
    intel: 'query ($r: String!) { case(reference: $r) { id } search(text: "Fault", first: 1) { kind node { __typename } } }',
  };
  return [
    { name: 'Neo4j killed (SIGKILL)', server: 'neo4j', inject: () => killServer(s, 'neo4j'), downMs: options.downMs, probe: caseRead },
    {
      name: 'Keycloak stopped',
      server: 'keycloak',
      inject: async () => void (await stopKeycloak(s)),
      downMs: options.downMs,
      probe: async () => {
        try {
          await options.tokens.grant('detective.gmp');
          return await caseRead();
        } catch {
          return false;
        }
      },
    },
    {
      name: `${options.subgraph} subgraph killed (SIGKILL)`,
      server: options.subgraph,
      inject: () => killServer(s, options.subgraph),
      downMs: options.downMs,
      probe: () => read(bySubgraph[options.subgraph]),
    },
    {
      name: 'gateway restarted (SIGTERM)',
      server: 'gateway',
      inject: async () => void (await stopPidFile(path(s, 'pids', 'gateway.pid'), 10_000)),
      downMs: 0,
      probe: caseRead,
    },
  ];
}

/** What `npm start` does on a built checkout, against this stack. */
export async function startLikeNpmStart(s: Stack): Promise<{ demoReloaded: boolean; migrationsApplied: readonly string[] }> {
  await Promise.all([startNeo4j(s), startKeycloak(s)]);
  const migrations = await migrate(s);
  await startServices(s);
  const demo = await loadDemo(gatewayUrl(s), keycloakUrl(s));
  return { demoReloaded: demo.loaded, migrationsApplied: migrations.applied };
}

/** Injects the fault, waits, recovers like `npm start`, and probes until the platform answers again (at most `probeMs`). */
export async function runFault(s: Stack, fault: Fault, probeMs: number, log: (line: string) => void): Promise<FaultResult> {
  const before = serverPids(s);
  const injectedAt = Date.now();
  log(`• fault: ${fault.name}`);
  await fault.inject();
  await sleep(fault.downMs);
  const restartBeganAt = Date.now();
  let demoReloaded: boolean | null = null;
  let migrationsApplied: readonly string[] = [];
  let recoveryError: string | null = null;
  try {
    const started = await startLikeNpmStart(s);
    demoReloaded = started.demoReloaded;
    migrationsApplied = started.migrationsApplied;
  } catch (error) {
    recoveryError = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300) ?? 'failed';
  }
  const restartDoneAt = Date.now();
  // The probe has `probeMs` from the end of the restart steps: a start script that gave up on a
  // slow server leaves it starting, and the platform may still come back by itself.
  let recoveredAt: number | null = null;
  while (Date.now() - restartDoneAt < probeMs) {
    if (await fault.probe().catch(() => false)) {
      recoveredAt = Date.now();
      break;
    }
    await sleep(250);
  }
  // A recovery step that failed (a server slower than the start script's limit, or the demo loader
  // meeting a server not yet back) is run once more after the probe passed, as an operator would
  // run `npm start` again.
  if (recoveryError !== null && recoveredAt !== null) {
    try {
      const started = await startLikeNpmStart(s);
      demoReloaded = started.demoReloaded;
      migrationsApplied = [...migrationsApplied, ...started.migrationsApplied];
      recoveryError = `first attempt: ${recoveryError} (second attempt succeeded)`;
    } catch (error) {
      recoveryError = `${recoveryError}; again: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200)}`;
    }
  }
  const after = serverPids(s);
  const othersRestarted = [...before.keys()].filter((name) => name !== fault.server && after.get(name) !== before.get(name));
  const took = (from: number, to: number | null) => (to === null ? 'never' : `${((to - from) / 1000).toFixed(1)} s`);
  log(
    `  restarted in ${took(restartBeganAt, restartDoneAt)}, answering again ${took(restartBeganAt, recoveredAt)} after the restart began${recoveryError ? `; recovery step failed: ${recoveryError}` : ''}`,
  );
  return {
    name: fault.name,
    server: fault.server,
    injectedAt,
    restartBeganAt,
    restartDoneAt,
    recoveredAt,
    demoReloaded,
    migrationsApplied,
    othersRestarted,
    recoveryError,
  };
}
