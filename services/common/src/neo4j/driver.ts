import neo4j, { type Driver } from 'neo4j-driver';
import { coalesceBoltWrites } from './bolt-writes.js';

export interface Neo4jOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Connections kept per process; default 50. */
  readonly maxPoolSize?: number;
  /**
   * How long after its first attempt a transaction may still be retried after transient failures (an
   * unreachable database among them); default 2 s. The driver waits about 1 s, then 2 s, between
   * attempts, so a write while Neo4j is down is answered DATABASE_UNAVAILABLE after three attempts,
   * within about 5 s. The driver's own default, 30 s, held writes for half a minute or more while
   * Neo4j was down, long after their clients had given up.
   */
  readonly maxRetryTimeMs?: number;
}

/** Default bound on when a transaction may still be retried; see `maxRetryTimeMs`. */
export const DEFAULT_MAX_RETRY_TIME_MS = 2_000;

/** The process's one driver. Integers come back as JS numbers: every count we store fits in 2^53. */
export function createDriver(options: Neo4jOptions): Driver {
  coalesceBoltWrites();
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    maxTransactionRetryTime: options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS,
    // An attempt gives up on opening a connection after 2 s, and on waiting for one from a full
    // pool after 5 s, so an unreachable or unresponsive database never holds a request for long.
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
    userAgent: 'crosslink',
  });
}
