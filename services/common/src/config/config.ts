import { z } from 'zod';

/**
 * Thrown once at start when the environment does not describe a usable configuration.
 * The message lists every problem, not just the first, so an operator fixes them in one go.
 */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Validates `env` against `schema` and returns the typed configuration. This is the only place a
 * service reads its environment: `main` calls it once and passes the result down.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env = process.env): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(root)';
    return `${name}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** A TCP port given as a decimal string. */
export const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

/** Variables every service shares: where Neo4j and Keycloak are and how loud to log. */
export const commonEnv = {
  LOG_LEVEL: logLevel,
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI').default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  KEYCLOAK_URL: z.url().default('http://127.0.0.1:8180'),
  KEYCLOAK_REALM: z.string().min(1).default('crosslink'),
  /** The audience every access token must carry; the realm's audience mapper adds it. */
  TOKEN_AUDIENCE: z.string().min(1).default('crosslink-api'),
  /** Shared by the gateway and the subgraphs: the gateway signs its audit attestations with it. */
  AUDIT_ATTESTATION_KEY: z.string().min(32, 'must be at least 32 characters'),
  /**
   * Shared by every service: the AES-256 key list cursors are sealed with (32 bytes,
   * base64url-encoded), so a cursor is opaque to clients and cannot be forged (graphql/pagination.ts).
   */
  CURSOR_KEY: z
    .string()
    .refine((key) => /^[A-Za-z0-9_-]+$/.test(key) && Buffer.from(key, 'base64url').length === 32, 'must be 32 bytes, base64url-encoded'),
  /** The force code of the national hub, whose analysts and supervisors see across forces. */
  HUB_FORCE: z.string().min(2).default('NCA'),
} as const;

export type CommonConfig = z.output<z.ZodObject<typeof commonEnv>>;
