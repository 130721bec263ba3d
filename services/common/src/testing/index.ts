// Test helpers. Exported as @crosslink/common/testing, never from the runtime entry point.
export { testEnv, type TestEnv } from './env.js';
export { tokenFor, passwordGrant, DEMO_PASSWORD } from './tokens.js';
export { KeycloakAdmin } from './keycloak-admin.js';
export { forgeToken, claimsOf } from './forge.js';
export { postGraphQL, query, type GraphQLResponse } from './graphql.js';
export { uniqueForceCode, uniqueMobile, uniqueSuffix, uniqueVrm } from './ids.js';
export { HOSTILE, parameterProblems } from './cypher.js';
export { testDriver, testExecutor } from './neo4j.js';
export { refusedField } from './refusals.js';
export { scopeFor, type ScopeOptions } from './scope.js';
export { principalOf, type PrincipalOptions } from './principal.js';
