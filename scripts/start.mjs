// @ts-check
// `npm start`: installs what is missing, builds, starts Neo4j, Keycloak, the subgraphs and the
// gateway in the background, loads the demo data and prints how to use the platform.
// Running it again while the platform is up changes nothing.
import { loadDemo } from './lib/demo.mjs';
import { build, ensureNodeModules } from './lib/install.mjs';
import { ensureKeycloakZip, keycloakUrl, startKeycloak } from './lib/keycloak.mjs';
import { migrate } from './lib/migrate.mjs';
import { ensureNeo4jJars, startNeo4j } from './lib/neo4j.mjs';
import { consoleUrl, gatewayUrl, startServices } from './lib/services.mjs';
import { path, stack } from './lib/stack.mjs';

const s = stack('dev');
const began = Date.now();
try {
  ensureNodeModules();
  build();
  ensureNeo4jJars();
  ensureKeycloakZip();
  console.log('• starting Neo4j and Keycloak…');
  await Promise.all([startNeo4j(s), startKeycloak(s)]);
  const migrations = await migrate(s);
  if (migrations.applied.length > 0) console.log(`• migrations applied: ${migrations.applied.join(', ')}`);
  console.log('• starting subgraphs, gateway and console…');
  await startServices(s);
  const demo = await loadDemo(gatewayUrl(s), keycloakUrl(s));
  if (demo.loaded) console.log('• demo data loaded');
} catch (error) {
  console.error(`\nCrosslink did not start: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`Logs are in ${path(s, 'logs')}. \`npm stop\` stops whatever did start.`);
  process.exit(1);
}

const seconds = ((Date.now() - began) / 1000).toFixed(1);
console.log(`
Crosslink is up (${seconds} s).

  Console      ${consoleUrl(s)}  ← open this in a browser and sign in as a demo user
  GraphQL      ${gatewayUrl(s)}
  Keycloak     ${keycloakUrl(s)}/admin  (realm "crosslink"; admin password in .crosslink/secrets.json)
  Logs         ${path(s, 'logs')}

Demo logins (password "crosslink" for all):
  detective.gmp  detective.met  detective.wmp  detective.merpol
  supervisor.gmp  supervisor.met  supervisor.nca  analyst.nca  auditor.nca  admin.nca

Get a token and ask a question:
  TOKEN=$(npm run -s token -- detective.gmp)
  curl -s ${gatewayUrl(s)} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -H 'x-crosslink-purpose: Morning review of Operation Larkspur' \\
    -d '{"query":"{ cases(first: 5) { edges { node { reference title force { code } people { role person { forenames surname } } } } } }"}'

The demo: a county line from Moss Side into Anfield and Crewe (Operation Larkspur) and a labour-
trafficking ring across the Met, West Midlands and Greater Manchester (Operation Tundra), both led
by the hub. Reading another force's cases needs the x-crosslink-purpose header.

Stop everything with \`npm stop\`.
`);
