import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Connections kept per process; default 50. */
  readonly maxPoolSize?: number;
}

/** The process's one driver. Integers come back as JS numbers: every count we store fits in 2^53. */
export function createDriver(options: Neo4jOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    connectionAcquisitionTimeout: 10_000,
    userAgent: 'crosslink',
  });
}
