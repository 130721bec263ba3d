// @ts-check
// `npm run import -- <format> <file> --force <CODE> --user <username> [--password <pw>] [importer options]`:
// runs the importer (services/importer) against the running platform (`npm start`), or the test
// stack with --stack test. The importing officer is the holder of a token: taken here by a password
// grant for --user, or given in CROSSLINK_TOKEN. Everything else is the importer's own command line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { passwordToken } from './lib/graphql-client.mjs';
import { build, ensureNodeModules } from './lib/install.mjs';
import { keycloakUrl } from './lib/keycloak.mjs';
import { neo4jUri } from './lib/neo4j.mjs';
import { root, secrets, stack } from './lib/stack.mjs';

/** Takes `--name value` out of the arguments, returning its value. @param {string[]} args @param {string} name */
function take(args, name) {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
}

const args = process.argv.slice(2);
const user = take(args, '--user');
const password = take(args, '--password');
const stackName = take(args, '--stack') ?? 'dev';
if (stackName !== 'dev' && stackName !== 'test') {
  console.error('import: --stack is dev (npm start, the default) or test');
  process.exit(2);
}
const s = stack(stackName);

let token = process.env['CROSSLINK_TOKEN'];
if (user !== undefined) {
  try {
    token = await passwordToken(keycloakUrl(s), user, password);
  } catch (error) {
    console.error(`import: no token for ${user}: ${error instanceof Error ? error.message : String(error)}; is the platform running? (npm start)`);
    process.exit(1);
  }
}
if (token === undefined && !args.includes('--help')) {
  console.error('import: give --user <username> (a supervisor of the force), or set CROSSLINK_TOKEN');
  process.exit(2);
}

ensureNodeModules();
build();
const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'services', 'importer', 'dist', 'main.js'), ...args], {
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  stdio: 'inherit',
  env: {
    ...process.env,
    NEO4J_URI: neo4jUri(s),
    NEO4J_PASSWORD: secrets(s).neo4jPassword,
    KEYCLOAK_URL: keycloakUrl(s),
    CROSSLINK_TOKEN: token ?? '',
  },
});
child.on('close', (code) => process.exit(code ?? 1));
