import { createTokenVerifier, listen, loadConfig } from '@crosslink/common';
import { buildGateway, readSupergraph } from './app.js';
import { configSchema, subgraphUrls } from './config.js';

const config = loadConfig(configSchema);
const app = await buildGateway({
  verifier: createTokenVerifier({ keycloakUrl: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM, audience: config.TOKEN_AUDIENCE }),
  supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
  subgraphUrls: subgraphUrls(config),
  maxQueryDepth: config.MAX_QUERY_DEPTH,
  logLevel: config.LOG_LEVEL,
});
await listen(app, { host: config.HOST, port: config.PORT });
