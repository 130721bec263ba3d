import { createRuntime, listen, loadConfig } from '@crosslink/common';
import { buildApp } from './app.js';
import { configSchema } from './config.js';

const config = loadConfig(configSchema);
const runtime = createRuntime(config, 'entities');
const app = await buildApp({
  executor: runtime.executor,
  verifier: runtime.verifier,
  attestationKey: runtime.attestationKey,
  graphql: runtime.graphql,
  hubForce: config.HUB_FORCE,
  logLevel: config.LOG_LEVEL,
});
await listen(app, { host: config.HOST, port: config.PORT, onClose: runtime.close });
