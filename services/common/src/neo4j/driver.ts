import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Connections kept per process; default 50. */
  readonly maxPoolSize?: number;
  /**
   * How long a transaction is retried after transient failures (an unreachable database among them)
   * before the caller is told DATABASE_UNAVAILABLE; default 5 s. The driver's own default, 30 s,
   * held writes for half a minute while Neo4j was down, long after their clients had given up.
   */
  readonly maxRetryTimeMs?: number;
}

/** Default bound on retrying a transaction, and on waiting for a connection. */
export const DEFAULT_MAX_RETRY_TIME_MS = 5_000;

/** The process's one driver. Integers come back as JS numbers: every count we store fits in 2^53. */
export function createDriver(options: Neo4jOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    maxTransactionRetryTime: options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS,
    // A connection is opened or found within these, so one attempt never outlasts the retry budget.
    connectionAcquisitionTimeout: options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS,
    connectionTimeout: 3_000,
    userAgent: 'crosslink',
  });
}
