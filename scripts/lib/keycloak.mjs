// @ts-check
// Keycloak (Quarkus distribution from Maven Central) in dev mode, with the crosslink realm imported.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoRealm } from './demo-realm.mjs';
import { httpOk, runningPid, runOrThrow, startDetached, stopPidFile, tail, waitFor } from './process.mjs';
import { path, root, secrets } from './stack.mjs';

export const KEYCLOAK_VERSION = '26.5.6';
export const REALM = 'crosslink';
const realmFile = join(root, 'infra', 'keycloak', 'crosslink-realm.json');
const distDir = join(root, 'infra', 'keycloak', 'dist');
const zip = join(distDir, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);

/** Copies the distribution zip out of the Maven cache (downloading it once). */
export function ensureKeycloakZip() {
  if (existsSync(zip)) return;
  console.log(`• fetching Keycloak ${KEYCLOAK_VERSION} from Maven Central (first run only)…`);
  mkdirSync(distDir, { recursive: true });
  runOrThrow(
    'mvn',
    [
      '-q',
      '-B',
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy',
      `-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`,
      `-DoutputDirectory=${distDir}`,
    ],
    { cwd: distDir, quiet: true },
  );
}

/** @param {import('./stack.mjs').Stack} s */
function home(s) {
  return path(s, `keycloak-${KEYCLOAK_VERSION}`);
}

/** Unpacks Keycloak into the stack folder once, with the JDK's own `jar` tool. @param {import('./stack.mjs').Stack} s */
function ensureUnpacked(s) {
  const h = home(s);
  if (existsSync(join(h, 'bin', 'kc.sh'))) return;
  const staging = path(s, 'keycloak-unpacking');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const javaHome = process.env['JAVA_HOME'];
  runOrThrow(javaHome ? join(javaHome, 'bin', 'jar') : 'jar', ['xf', zip], { cwd: staging, quiet: true });
  const [unpacked] = readdirSync(staging);
  if (unpacked === undefined) throw new Error('the Keycloak zip was empty');
  renameSync(join(staging, unpacked), h);
  rmSync(staging, { recursive: true, force: true });
  for (const script of readdirSync(join(h, 'bin')).filter((f) => f.endsWith('.sh'))) chmodSync(join(h, 'bin', script), 0o755);
}

/**
 * Keycloak imports a realm only when it does not exist yet. When the committed realm file changed
 * since the last import, the development database is dropped so the new realm is imported whole
 * (the realm file is the source of truth for this development server). What is imported is the
 * demo realm (see demo-realm.mjs): the committed realm with the demo's cheap password hashing.
 * @param {import('./stack.mjs').Stack} s
 */
function prepareRealmImport(s) {
  const h = home(s);
  const realm = demoRealm(readFileSync(realmFile, 'utf8'), {
    directorySecret: secrets(s).directoryClientSecret,
    consoleOrigin: `http://127.0.0.1:${s.ports.console}`,
  });
  const digest = createHash('sha256').update(realm).digest('hex');
  const stamp = join(h, 'data', 'crosslink-realm.sha256');
  const database = join(h, 'data', 'h2');
  if (existsSync(database) && (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== digest)) {
    console.log('• realm file changed: re-importing the crosslink realm');
    rmSync(database, { recursive: true, force: true });
  }
  mkdirSync(join(h, 'data', 'import'), { recursive: true });
  writeFileSync(join(h, 'data', 'import', 'crosslink-realm.json'), realm);
  writeFileSync(stamp, digest);
}

/** @param {import('./stack.mjs').Stack} s */
export function keycloakUrl(s) {
  return `http://127.0.0.1:${s.ports.keycloak}`;
}

/** @param {import('./stack.mjs').Stack} s */
export async function startKeycloak(s) {
  const pidFile = path(s, 'pids', 'keycloak.pid');
  const ready = () => httpOk(`http://127.0.0.1:${s.ports.keycloakManagement}/health/ready`);
  if (runningPid(pidFile) !== undefined) {
    await waitFor({ what: 'Keycloak', timeoutMs: 300_000, check: ready });
    return { started: false };
  }
  ensureUnpacked(s);
  prepareRealmImport(s);
  const h = home(s);
  // Creating the database and importing the realm (first start, or the realm changed) takes minutes
  // more than a start on an existing database, the more so on a busy machine.
  const creating = !existsSync(join(h, 'data', 'h2'));
  const logFile = path(s, 'logs', 'keycloak.log');
  const pid = startDetached({
    command: join(h, 'bin', 'kc.sh'),
    args: [
      'start-dev',
      '--http-host=127.0.0.1',
      `--http-port=${s.ports.keycloak}`,
      `--http-management-port=${s.ports.keycloakManagement}`,
      // A fixed issuer, whatever host name a client used to reach Keycloak.
      `--hostname=${keycloakUrl(s)}`,
      '--health-enabled=true',
      // Brute-force detection still counts failed logins and locks an account out after them, but
      // successful sign-ins of one user at the same moment (a console and a CLI, parallel clients)
      // are allowed again: Keycloak 26 otherwise answers all but one "user temporarily disabled".
      '--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true',
      '--import-realm',
    ],
    cwd: h,
    env: {
      ...process.env,
      KC_BOOTSTRAP_ADMIN_USERNAME: 'admin',
      KC_BOOTSTRAP_ADMIN_PASSWORD: secrets(s).keycloakAdminPassword,
      JAVA_OPTS_KC_HEAP: '-Xms64m -Xmx512m',
    },
    logFile,
    pidFile,
  });
  await waitFor({ what: 'Keycloak', pid, timeoutMs: creating ? 600_000 : 480_000, check: ready, describe: () => tail(logFile) });
  return { started: true };
}

/** @param {import('./stack.mjs').Stack} s */
export function stopKeycloak(s) {
  return stopPidFile(path(s, 'pids', 'keycloak.pid'), 30_000);
}
