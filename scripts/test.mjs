// @ts-check
// `npm test`: the whole suite. The unit tests (no servers) run while the test stack — its own Neo4j
// (emptied each run), Keycloak, subgraphs and gateway on other ports than `npm start`'s — starts;
// then the integration and end-to-end tests run against it, and it is stopped after, pass or fail.
// Lint, formatting and types are `npm run check`, which CI (.ci/run) runs first.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';
import { build, ensureNodeModules } from './lib/install.mjs';
import { ensureKeycloakZip, keycloakUrl, startKeycloak, stopKeycloak } from './lib/keycloak.mjs';
import { migrate } from './lib/migrate.mjs';
import { ensureNeo4jJars, neo4jUri, startNeo4j, stopNeo4j, wipeNeo4jData } from './lib/neo4j.mjs';
import { consoleUrl, gatewayUrl, startServices, stopServices } from './lib/services.mjs';
import { path, root, secrets, stack } from './lib/stack.mjs';

const s = stack('test');
const extraArgs = process.argv.slice(2);

/**
 * Runs vitest on some projects and resolves to its exit code. Asynchronous on purpose: the event
 * loop keeps reaping the servers this process started while the tests run.
 * @param {string[]} projects @param {NodeJS.ProcessEnv} env @returns {Promise<number>}
 */
function vitest(projects, env) {
  // With a filter (e.g. `npm test -- test/auth.e2e.ts`) some projects match nothing, which is fine.
  const filtered = extraArgs.length > 0 ? ['--passWithNoTests'] : [];
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), ...filtered, ...extraArgs];
  const child = spawn(join(root, 'node_modules', '.bin', 'vitest'), args, { cwd: root, env, stdio: 'inherit' });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

async function stopStack() {
  await stopServices(s);
  await Promise.all([stopNeo4j(s), stopKeycloak(s)]);
}

const began = Date.now();
ensureNodeModules();
build();
ensureNeo4jJars();
ensureKeycloakZip();
const chromium = ensureChromium();

/** Starts the stack for the tests that need servers; runs while the unit tests do. */
async function startStack() {
  await stopStack(); // whatever an interrupted run left behind
  wipeNeo4jData(s);
  console.log('• starting the test stack (Neo4j, Keycloak, subgraphs, gateway, console) while the unit tests run…');
  await Promise.all([startNeo4j(s), startKeycloak(s)]);
  await migrate(s);
  await startServices(s);
  console.log(`• test stack up in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

const stackUp = startStack();
stackUp.catch(() => {}); // reported below, once the unit tests are done
const units = await vitest(['unit'], process.env);
console.log(`• unit tests done in ${((Date.now() - began) / 1000).toFixed(1)} s`);
if (units !== 0) {
  await stopStack(); // a start under way then fails at once…
  await stackUp.catch(() => {});
  await stopStack(); // …and whatever it started meanwhile is stopped too
  process.exit(1);
}

let status = 1;
try {
  await stackUp;
  const env = {
    ...process.env,
    NEO4J_URI: neo4jUri(s),
    NEO4J_PASSWORD: secrets(s).neo4jPassword,
    KEYCLOAK_URL: keycloakUrl(s),
    KEYCLOAK_ADMIN_PASSWORD: secrets(s).keycloakAdminPassword,
    GATEWAY_URL: gatewayUrl(s),
    CASES_URL: `http://127.0.0.1:${s.ports.cases}/graphql`,
    ENTITIES_URL: `http://127.0.0.1:${s.ports.entities}/graphql`,
    LOCATIONS_URL: `http://127.0.0.1:${s.ports.locations}/graphql`,
    INTEL_URL: `http://127.0.0.1:${s.ports.intel}/graphql`,
    CONSOLE_URL: consoleUrl(s),
    CHROMIUM_PATH: chromium,
    CROSSLINK_TEST_STACK_DIR: s.dir,
    // One name for this run: the access-matrix files share the users they make under it.
    CROSSLINK_TEST_RUN: randomBytes(4).toString('hex'),
  };
  status = await vitest(['integration', 'e2e'], env);
  if (status === 0) status = await vitest(['serial'], env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(`Test stack logs: ${path(s, 'logs')}`);
} finally {
  await stopStack();
}
console.log(`• suite finished in ${((Date.now() - began) / 1000).toFixed(1)} s`);
process.exit(status);
