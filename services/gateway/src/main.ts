import { createRuntime, listen, loadConfig } from '@crosslink/common';
import { buildGateway, readSupergraph } from './app.js';
import { configSchema, subgraphUrls } from './config.js';

const config = loadConfig(configSchema);
const runtime = createRuntime(config, 'gateway');
const app = await buildGateway({
  verifier: runtime.verifier,
  executor: runtime.executor,
  attestationKey: runtime.attestationKey,
  supergraphSdl: readSupergraph(config.SUPERGRAPH_PATH),
  subgraphUrls: subgraphUrls(config),
  subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  graphql: runtime.graphql,
  rateLimit: { max: config.RATE_LIMIT_MAX, windowMs: config.RATE_LIMIT_WINDOW_MS },
  logLevel: config.LOG_LEVEL,
  browserOrigins: config.CONSOLE_ORIGIN,
});
await listen(app, { host: config.HOST, port: config.PORT, onClose: runtime.close });
