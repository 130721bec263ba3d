import { z } from '@crosslink/common';
import { configSchema } from '../config.js';

/**
 * What npm run export reads from its environment: where Neo4j and Keycloak are, as the intel
 * service reads them, and the exporting analyst's token. The service's HTTP settings and keys
 * (port, attestation and cursor keys) are not asked for: the command line serves no requests.
 */
export const exportConfigSchema = configSchema
  .pick({
    NEO4J_URI: true,
    NEO4J_USER: true,
    NEO4J_PASSWORD: true,
    NEO4J_DATABASE: true,
    KEYCLOAK_URL: true,
    KEYCLOAK_REALM: true,
    TOKEN_AUDIENCE: true,
    HUB_FORCE: true,
  })
  .extend({ CROSSLINK_TOKEN: z.string().min(1, 'is required: the access token of the exporting analyst') });
export type ExportConfig = z.output<typeof exportConfigSchema>;
