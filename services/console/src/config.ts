import { fileURLToPath } from 'node:url';
import { logLevel, port, z } from '@crosslink/common';

const builtAssets = fileURLToPath(new URL('./public/', import.meta.url));

/**
 * The console's server holds no secret and reads no data: it serves the built single-page app and
 * tells it where the gateway and Keycloak are. Everything the app shows comes from the gateway, under
 * the signed-in officer's own token.
 */
export const configSchema = z.object({
  LOG_LEVEL: logLevel,
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4005),
  /** The gateway's GraphQL endpoint as the browser reaches it. */
  GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  /** Keycloak as the browser reaches it. */
  KEYCLOAK_URL: z.url().default('http://127.0.0.1:8180'),
  KEYCLOAK_REALM: z.string().min(1).default('crosslink'),
  /** The realm's public client the console signs in with (authorization code with PKCE). */
  KEYCLOAK_CLIENT_ID: z.string().min(1).default('crosslink-console'),
  /** The folder `vite build` wrote the app to. */
  ASSETS_DIR: z.string().min(1).default(builtAssets),
});
export type ConsoleConfig = z.output<typeof configSchema>;

/** What the app reads from /config.json before it signs in. */
export interface ClientConfig {
  readonly gatewayUrl: string;
  readonly keycloak: { readonly url: string; readonly realm: string; readonly clientId: string };
}

export function clientConfig(config: ConsoleConfig): ClientConfig {
  return { gatewayUrl: config.GATEWAY_URL, keycloak: { url: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM, clientId: config.KEYCLOAK_CLIENT_ID } };
}
