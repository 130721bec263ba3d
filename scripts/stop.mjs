// @ts-check
// `npm stop`: stops everything `npm start` started (and a test stack left behind by an interrupted run).
import { stopKeycloak } from './lib/keycloak.mjs';
import { stopNeo4j } from './lib/neo4j.mjs';
import { stopServices } from './lib/services.mjs';
import { stack } from './lib/stack.mjs';

for (const s of [stack('dev'), stack('test')]) {
  await stopServices(s);
  const [neo4j, keycloak] = await Promise.all([stopNeo4j(s), stopKeycloak(s)]);
  if (s.name === 'dev' || neo4j || keycloak) console.log(`• ${s.name} stack stopped`);
}
