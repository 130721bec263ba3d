import { createRuntime, listen, loadConfig } from '@crosslink/common';
import { buildApp } from './app.js';
import { configSchema } from './config.js';
import { keycloakDirectory, noDirectory } from './officer/realm-directory.js';

const config = loadConfig(configSchema);
const runtime = createRuntime(config, 'cases');
const app = await buildApp({
  executor: runtime.executor,
  verifier: runtime.verifier,
  attestationKey: runtime.attestationKey,
  graphql: runtime.graphql,
  hubForce: config.HUB_FORCE,
  logLevel: config.LOG_LEVEL,
  directory:
    config.KEYCLOAK_DIRECTORY_SECRET === undefined
      ? noDirectory
      : keycloakDirectory({
          url: config.KEYCLOAK_URL,
          realm: config.KEYCLOAK_REALM,
          clientId: config.KEYCLOAK_DIRECTORY_CLIENT_ID,
          clientSecret: config.KEYCLOAK_DIRECTORY_SECRET,
        }),
});
await listen(app, { host: config.HOST, port: config.PORT, onClose: runtime.close });
