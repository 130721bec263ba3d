/**
 * Where the test stack's servers are. `npm test` (scripts/test.mjs) starts them and sets these
 * variables; a test run without them fails at once with this message instead of timing out.
 */
export interface TestEnv {
  readonly neo4jUri: string;
  readonly neo4jPassword: string;
  readonly keycloakUrl: string;
  readonly keycloakAdminPassword: string;
  readonly gatewayUrl: string;
  readonly subgraphUrls: { readonly cases: string; readonly entities: string; readonly locations: string; readonly intel: string };
}

export function testEnv(): TestEnv {
  const read = (name: string): string => {
    const value = process.env[name];
    if (value === undefined || value === '') {
      throw new Error(`${name} is not set: run the suite with \`npm test\`, which starts the servers it needs`);
    }
    return value;
  };
  return {
    neo4jUri: read('NEO4J_URI'),
    neo4jPassword: read('NEO4J_PASSWORD'),
    keycloakUrl: read('KEYCLOAK_URL'),
    keycloakAdminPassword: read('KEYCLOAK_ADMIN_PASSWORD'),
    gatewayUrl: read('GATEWAY_URL'),
    subgraphUrls: { cases: read('CASES_URL'), entities: read('ENTITIES_URL'), locations: read('LOCATIONS_URL'), intel: read('INTEL_URL') },
  };
}
