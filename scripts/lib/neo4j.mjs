// @ts-check
// Neo4j 5.26 LTS Community, run from the jars Maven copies into infra/neo4j/dist/lib.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { folderBytes, neo4jMemory } from './neo4j-memory.mjs';
import { alive, runOrThrow, startDetached, stopPidFile, runningPid, tail, waitFor } from './process.mjs';
import { path, root, secrets } from './stack.mjs';

const infra = join(root, 'infra', 'neo4j');
const lib = join(infra, 'dist', 'lib');
const stampFile = join(infra, 'dist', 'pom.sha256');

/** JVM flags (the heap is added at start, see neo4j-memory.mjs): without the opens, Netty fills the log with reflective-access warnings. */
const jvmFlags = [
  '-Xms512m',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dfile.encoding=UTF-8',
];

/** Copies the server's jars from Maven (cached in ~/.m2) when missing or when the pom changed. */
export function ensureNeo4jJars() {
  const pom = readFileSync(join(infra, 'pom.xml'));
  const digest = createHash('sha256').update(pom).digest('hex');
  if (existsSync(lib) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) return;
  console.log('• fetching Neo4j 5.26 from Maven Central (first run only)…');
  rmSync(lib, { recursive: true, force: true });
  runOrThrow('mvn', ['-q', '-B', '-f', join(infra, 'pom.xml'), 'dependency:copy-dependencies'], { cwd: root, quiet: true });
  writeFileSync(stampFile, digest);
}

/** @param {import('./stack.mjs').Stack} s */
function home(s) {
  return path(s, 'neo4j');
}

function java() {
  const javaHome = process.env['JAVA_HOME'];
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

/**
 * Writes the stack's neo4j.conf: the committed file, with the page cache sized for the store, plus
 * this stack's folders and Bolt port.
 * @param {import('./stack.mjs').Stack} s @param {string} [pageCache]
 */
function writeConf(s, pageCache = '256m') {
  const h = home(s);
  for (const dir of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) mkdirSync(join(h, dir), { recursive: true });
  const base = readFileSync(join(infra, 'conf', 'neo4j.conf'), 'utf8').replace(
    /^server\.memory\.pagecache\.size=.*$/m,
    `server.memory.pagecache.size=${pageCache}`,
  );
  const local = [
    '',
    '# Added by scripts/lib/neo4j.mjs for this stack.',
    `server.directories.data=${join(h, 'data')}`,
    `server.directories.logs=${join(h, 'logs')}`,
    `server.directories.run=${join(h, 'run')}`,
    `server.directories.plugins=${join(h, 'plugins')}`,
    `server.directories.import=${join(h, 'import')}`,
    `server.bolt.listen_address=127.0.0.1:${s.ports.bolt}`,
    `server.bolt.advertised_address=127.0.0.1:${s.ports.bolt}`,
    '',
  ].join('\n');
  writeFileSync(join(h, 'conf', 'neo4j.conf'), base + local);
}

/** @param {import('./stack.mjs').Stack} s */
function env(s) {
  return { ...process.env, NEO4J_HOME: home(s), NEO4J_CONF: join(home(s), 'conf') };
}

/** @param {number} port @returns {Promise<boolean>} */
function portOpen(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts Neo4j for the stack unless it is already running, and waits until it accepts Bolt.
 * Readiness is read from the log and the port, never by logging in: repeated logins while the
 * server starts trip its authentication rate limit.
 * @param {import('./stack.mjs').Stack} s
 */
export async function startNeo4j(s) {
  const pidFile = path(s, 'pids', 'neo4j.pid');
  const already = runningPid(pidFile);
  if (already !== undefined) {
    if (await portOpen(s.ports.bolt)) return { started: false };
    throw new Error(`Neo4j (pid ${already}) is running but not listening on ${s.ports.bolt}`);
  }
  if (await portOpen(s.ports.bolt)) {
    throw new Error(`port ${s.ports.bolt} is taken by another program; set ${s.name === 'dev' ? 'NEO4J_BOLT_PORT' : 'TEST_NEO4J_BOLT_PORT'}`);
  }
  const h = home(s);
  const memory = neo4jMemory(folderBytes(join(h, 'data')), totalmem());
  if (memory.heap !== '1g') console.log(`• Neo4j's store is large: heap ${memory.heap}, page cache ${memory.pageCache}`);
  writeConf(s, memory.pageCache);
  const classpath = `${lib}/*`;
  if (!existsSync(join(h, 'data', 'dbms', 'auth.ini'))) {
    runOrThrow(java(), ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', secrets(s).neo4jPassword], {
      cwd: h,
      env: env(s),
      quiet: true,
    });
  }
  const log = join(h, 'logs', 'neo4j.log');
  const logOffset = existsSync(log) ? statSync(log).size : 0;
  const pid = startDetached({
    command: java(),
    args: [...jvmFlags, `-Xmx${memory.heap}`, '-cp', classpath, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${h}`, `--config-dir=${join(h, 'conf')}`],
    cwd: h,
    env: env(s),
    logFile: path(s, 'logs', 'neo4j.out'),
    pidFile,
  });
  await waitFor({
    what: 'Neo4j',
    pid,
    timeoutMs: 300_000, // it starts while the unit tests run, on a machine that may be busy
    check: async () => startedSince(log, logOffset) && (await portOpen(s.ports.bolt)),
    describe: () => `${tail(log)}\n${tail(path(s, 'logs', 'neo4j.out'))}`,
  });
  return { started: true };
}

/** @param {string} log @param {number} offset */
function startedSince(log, offset) {
  if (!existsSync(log)) return false;
  return readFileSync(log).subarray(offset).toString('utf8').includes(' INFO  Started.');
}

/** @param {import('./stack.mjs').Stack} s */
export function stopNeo4j(s) {
  return stopPidFile(path(s, 'pids', 'neo4j.pid'), 60_000);
}

/** @param {import('./stack.mjs').Stack} s */
export function neo4jRunning(s) {
  const pid = runningPid(path(s, 'pids', 'neo4j.pid'));
  return pid !== undefined && alive(pid);
}

/** Removes the stack's database files (the test stack starts from empty each run). @param {import('./stack.mjs').Stack} s */
export function wipeNeo4jData(s) {
  rmSync(join(home(s), 'data'), { recursive: true, force: true });
}

/** @param {import('./stack.mjs').Stack} s */
export function neo4jUri(s) {
  return `bolt://127.0.0.1:${s.ports.bolt}`;
}
