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

export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

const limit = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/**
 * How GraphQL is served by every service (see graphql/limits.ts for what each limit measures). The
 * defaults suit the gateway and the subgraphs alike: the subgraph calls the gateway plans for a query
 * within its limits stay within them.
 */
export const graphqlEnv = {
  /** Lexical tokens one document may hold; default 3000. */
  MAX_QUERY_TOKENS: limit(3000, 1_000_000),
  /** Deepest selection a query may nest; default 12. */
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(64).default(12),
  /** Aliased fields one operation may use; default 30. */
  MAX_QUERY_ALIASES: limit(30, 10_000),
  /** Estimated cost one operation may reach; default 200000. */
  MAX_QUERY_COST: limit(200_000, 100_000_000),
  /** Representations one `_entities` call may carry (subgraphs); default 2000. */
  MAX_REPRESENTATIONS: limit(2000, 1_000_000),
  /** Errors one answer reports before saying how many more there were; default 50. */
  MAX_ERRORS: limit(50, 10_000),
  /** Introspection and "did you mean" suggestions; default off, on in development (`npm start`). */
  GRAPHQL_INTROSPECTION: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
} as const;

/** Variables every service shares: where Neo4j and Keycloak are and how loud to log. */
export const commonEnv = {
  LOG_LEVEL: logLevel,
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI')
    .default('bolt://127.0.0.1:7687'),
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
  CURSOR_KEY: z.string().refine((key) => /^[A-Za-z0-9_-]+$/.test(key) && Buffer.from(key, 'base64url').length === 32, 'must be 32 bytes, base64url-encoded'),
  /** The force code of the national hub, whose analysts and supervisors see across forces. */
  HUB_FORCE: z.string().min(2).default('NCA'),
  ...graphqlEnv,
} as const;

export type CommonConfig = z.output<z.ZodObject<typeof commonEnv>>;

export type GraphQLConfig = z.output<z.ZodObject<typeof graphqlEnv>>;

/** The options mountGraphQL takes, from the validated configuration. */
export function graphqlServing(config: GraphQLConfig) {
  return {
    introspection: config.GRAPHQL_INTROSPECTION,
    limits: {
      maxTokens: config.MAX_QUERY_TOKENS,
      maxDepth: config.MAX_QUERY_DEPTH,
      maxAliases: config.MAX_QUERY_ALIASES,
      maxCost: config.MAX_QUERY_COST,
      maxRepresentations: config.MAX_REPRESENTATIONS,
      maxErrors: config.MAX_ERRORS,
    },
  };
}

export type GraphQLServing = ReturnType<typeof graphqlServing>;
