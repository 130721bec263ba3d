// @ts-check
// The wrapper `npm run import` and `npm run export` share: a command-line tool of the platform that
// acts as an officer, run against the running platform (`npm start`) or the test stack with
// `--stack test`. The officer is the holder of a token: taken here by a password grant for
// `--user` (and `--password`), or given in CROSSLINK_TOKEN. Every other argument is the tool's own;
// paths in them are relative to the directory npm was run from.
import { spawn } from 'node:child_process';
import { passwordToken } from './graphql-client.mjs';
import { build, ensureNodeModules } from './install.mjs';
import { keycloakUrl } from './keycloak.mjs';
import { neo4jUri } from './neo4j.mjs';
import { secrets, stack } from './stack.mjs';

/** Takes `--name value` out of the arguments, returning its value. @param {string[]} args @param {string} name */
function take(args, name) {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
}

/**
 * Runs the tool at `entry` (a built script) with the officer's token and the stack's addresses, and
 * exits with its exit code.
 * @param {{ name: string, entry: string, who: string }} tool `who` says which officer may use it, for the hint when no token is given.
 */
export async function runOfficerCli({ name, entry, who }) {
  const args = process.argv.slice(2);
  const user = take(args, '--user');
  const password = take(args, '--password');
  const stackName = take(args, '--stack') ?? 'dev';
  if (stackName !== 'dev' && stackName !== 'test') {
    console.error(`${name}: --stack is dev (npm start, the default) or test`);
    process.exit(2);
  }
  const s = stack(stackName);

  let token = process.env['CROSSLINK_TOKEN'];
  if (user !== undefined) {
    try {
      token = await passwordToken(keycloakUrl(s), user, password);
    } catch (error) {
      console.error(`${name}: no token for ${user}: ${error instanceof Error ? error.message : String(error)}; is the platform running? (npm start)`);
      process.exit(1);
    }
  }
  if (token === undefined && !args.includes('--help')) {
    console.error(`${name}: give --user <username> (${who}), or set CROSSLINK_TOKEN`);
    process.exit(2);
  }

  ensureNodeModules();
  build();
  const child = spawn(process.execPath, ['--enable-source-maps', entry, ...args], {
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
}
