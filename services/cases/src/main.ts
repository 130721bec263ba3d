import { runSubgraph } from '@crosslink/common';
import { buildApp } from './app.js';
import { configSchema } from './config.js';
import { keycloakDirectory, noDirectory } from './officer/realm-directory.js';

await runSubgraph('cases', configSchema, buildApp, (config) => ({
  directory:
    config.KEYCLOAK_DIRECTORY_SECRET === undefined
      ? noDirectory
      : keycloakDirectory({
          url: config.KEYCLOAK_URL,
          realm: config.KEYCLOAK_REALM,
          clientId: config.KEYCLOAK_DIRECTORY_CLIENT_ID,
          clientSecret: config.KEYCLOAK_DIRECTORY_SECRET,
        }),
}));
