// @ts-check
// The Node services: four subgraphs, the gateway and the web console's server, each a built
// `dist/main.js`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { httpOk, runningPid, startDetached, stopPidFile, tail, waitFor } from './process.mjs';
import { keycloakUrl } from './keycloak.mjs';
import { neo4jUri } from './neo4j.mjs';
import { path, root, secrets } from './stack.mjs';

export const subgraphNames = /** @type {const} */ (['cases', 'entities', 'locations', 'intel']);
export const serviceNames = /** @type {const} */ ([...subgraphNames, 'gateway', 'console']);

/**
 * The environment a service of this stack runs with; the same variables a deployment would set.
 * @param {import('./stack.mjs').Stack} s @param {typeof serviceNames[number]} name
 */
export function serviceEnv(s, name) {
  // The console's server holds no secret: it serves the app and says where the gateway and Keycloak are.
  if (name === 'console') {
    return {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      NODE_ENV: 'production',
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
      HOST: '127.0.0.1',
      PORT: String(s.ports.console),
      GATEWAY_URL: gatewayUrl(s),
      KEYCLOAK_URL: keycloakUrl(s),
    };
  }
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'info',
    HOST: '127.0.0.1',
    PORT: String(s.ports[name]),
    NEO4J_URI: neo4jUri(s),
    NEO4J_PASSWORD: secrets(s).neo4jPassword,
    AUDIT_ATTESTATION_KEY: secrets(s).auditAttestationKey,
    CURSOR_KEY: secrets(s).cursorKey,
    KEYCLOAK_URL: keycloakUrl(s),
    // Only the cases service looks officers up in the realm.
    ...(name === 'cases' ? { KEYCLOAK_DIRECTORY_SECRET: secrets(s).directoryClientSecret } : {}),
    // Only the gateway answers browsers, and only the console's origin.
    ...(name === 'gateway' ? { CONSOLE_ORIGIN: consoleUrl(s) } : {}),
    // A benchmark's own stack may raise the gateway's per-user limit (see scripts/bench/load.ts).
    ...(name === 'gateway' && process.env['RATE_LIMIT_MAX'] !== undefined ? { RATE_LIMIT_MAX: process.env['RATE_LIMIT_MAX'] } : {}),
    CASES_URL: `http://127.0.0.1:${s.ports.cases}/graphql`,
    ENTITIES_URL: `http://127.0.0.1:${s.ports.entities}/graphql`,
    LOCATIONS_URL: `http://127.0.0.1:${s.ports.locations}/graphql`,
    INTEL_URL: `http://127.0.0.1:${s.ports.intel}/graphql`,
    // Development keeps introspection and field suggestions; the test stack runs as deployed.
    GRAPHQL_INTROSPECTION: String(s.name === 'dev'),
  };
}

/** @param {import('./stack.mjs').Stack} s @param {typeof serviceNames[number]} name */
async function startService(s, name) {
  const pidFile = path(s, 'pids', `${name}.pid`);
  const ready = () => httpOk(`http://127.0.0.1:${s.ports[name]}/readyz`);
  let pid = runningPid(pidFile);
  if (pid !== undefined && builtSince(name, statSync(pidFile).mtimeMs)) {
    await stopPidFile(pidFile, 10_000);
    pid = undefined;
  }
  if (pid === undefined) {
    pid = startDetached({
      command: process.execPath,
      args: ['--enable-source-maps', join(root, 'services', name, 'dist', 'main.js')],
      cwd: root,
      env: serviceEnv(s, name),
      logFile: path(s, 'logs', `${name}.log`),
      pidFile,
    });
  }
  await waitFor({ what: name, pid, timeoutMs: 120_000, check: ready, describe: () => tail(path(s, 'logs', `${name}.log`)) });
}

/**
 * Whether the service or the common kit was rebuilt after the running process started, so that
 * `npm start` after a change serves the new code.
 * @param {string} name @param {number} since
 */
function builtSince(name, since) {
  /** @param {string} dir @returns {boolean} */
  const newer = (dir) =>
    existsSync(dir) &&
    readdirSync(dir, { recursive: true, withFileTypes: true }).some((entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).mtimeMs > since);
  return newer(join(root, 'services', name, 'dist')) || newer(join(root, 'services', 'common', 'dist'));
}

/**
 * Starts the subgraphs and the console, then the gateway; each already running is left as it is.
 * @param {import('./stack.mjs').Stack} s
 */
export async function startServices(s) {
  await Promise.all([...subgraphNames, 'console'].map((name) => startService(s, /** @type {typeof serviceNames[number]} */ (name))));
  await startService(s, 'gateway');
}

/** @param {import('./stack.mjs').Stack} s */
export async function stopServices(s) {
  await Promise.all(serviceNames.map((name) => stopPidFile(path(s, 'pids', `${name}.pid`), 10_000)));
}

/** The console's origin: where a browser opens Crosslink. @param {import('./stack.mjs').Stack} s */
export function consoleUrl(s) {
  return `http://127.0.0.1:${s.ports.console}`;
}

/** @param {import('./stack.mjs').Stack} s */
export function gatewayUrl(s) {
  return `http://127.0.0.1:${s.ports.gateway}/graphql`;
}
