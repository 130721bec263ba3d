import { fileURLToPath } from 'node:url';
import { commonEnv, port, z } from '@crosslink/common';

const repoSchemaDir = fileURLToPath(new URL('../../../schema/', import.meta.url));

/**
 * The gateway authenticates, plans and forwards; it reads no case data from Neo4j, and writes only
 * its chain of the audit trail there.
 */
export const configSchema = z.object({
  ...commonEnv,
  PORT: port(4000),
  SUPERGRAPH_PATH: z.string().min(1).default(`${repoSchemaDir}supergraph.graphql`),
  CASES_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  ENTITIES_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  LOCATIONS_URL: z.url().default('http://127.0.0.1:4003/graphql'),
  INTEL_URL: z.url().default('http://127.0.0.1:4004/graphql'),
  /**
   * How long a subgraph call may take before the gateway answers SUBGRAPH_TIMEOUT; default 20 s.
   * Kept well under the 30 s an audit attestation lives (common/src/audit/attestation.ts), so that
   * no answer arrives after what makes it usable has expired.
   */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(25_000).default(20_000),
  /** Requests one user (token subject) may send per window; default 1200. */
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(1200),
  /**
   * The origins browsers may call the gateway from: the web console's (comma-separated when more
   * than one). None by default: a browser page elsewhere gets no CORS permission.
   */
  CONSOLE_ORIGIN: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ''),
    )
    .pipe(z.array(z.url().refine((origin) => new URL(origin).origin === origin, 'must be an origin: scheme, host and port only'))),
  /** The rate limit's window in milliseconds; default 60000 (a minute). */
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
});
export type GatewayConfig = z.output<typeof configSchema>;

/** Subgraph URLs by the names used in the supergraph. */
export function subgraphUrls(config: GatewayConfig): Record<string, string> {
  return { cases: config.CASES_URL, entities: config.ENTITIES_URL, locations: config.LOCATIONS_URL, intel: config.INTEL_URL };
}
