import { commonEnv, z } from '@crosslink/common';

/** What the importer reads from its environment: where Neo4j and Keycloak are, and the importing officer's token. */
export const configSchema = z.object({
  NEO4J_URI: commonEnv.NEO4J_URI,
  NEO4J_USER: commonEnv.NEO4J_USER,
  NEO4J_PASSWORD: commonEnv.NEO4J_PASSWORD,
  NEO4J_DATABASE: commonEnv.NEO4J_DATABASE,
  KEYCLOAK_URL: commonEnv.KEYCLOAK_URL,
  KEYCLOAK_REALM: commonEnv.KEYCLOAK_REALM,
  TOKEN_AUDIENCE: commonEnv.TOKEN_AUDIENCE,
  HUB_FORCE: commonEnv.HUB_FORCE,
  CROSSLINK_TOKEN: z.string().min(1, 'is required: the access token of the importing officer'),
});
export type ImporterConfig = z.output<typeof configSchema>;
