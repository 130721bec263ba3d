import type { Driver } from 'neo4j-driver';
import { createTokenVerifier, type TokenVerifier } from '../auth/token-verifier.js';
import { graphqlServing, type CommonConfig, type GraphQLServing } from '../config/config.js';
import { createDriver } from '../neo4j/driver.js';
import { useCursorKey } from '../graphql/pagination.js';
import { Neo4jExecutor } from '../neo4j/executor.js';

/** What a service process holds for its whole life: one driver, one executor, one verifier, the attestation key. */
export interface Runtime {
  readonly driver: Driver;
  readonly executor: Neo4jExecutor;
  readonly verifier: TokenVerifier;
  readonly attestationKey: string;
  /** How GraphQL is served: limits and introspection. */
  readonly graphql: GraphQLServing;
  close(): Promise<void>;
}

export function createRuntime(config: CommonConfig, service: string): Runtime {
  useCursorKey(config.CURSOR_KEY);
  const driver = createDriver({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  return {
    driver,
    executor: new Neo4jExecutor(driver, config.NEO4J_DATABASE, service),
    verifier: createTokenVerifier({
      keycloakUrl: config.KEYCLOAK_URL,
      realm: config.KEYCLOAK_REALM,
      audience: config.TOKEN_AUDIENCE,
    }),
    attestationKey: config.AUDIT_ATTESTATION_KEY,
    graphql: graphqlServing(config),
    close: () => driver.close(),
  };
}
