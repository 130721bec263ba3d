// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const otherServices = ['cases', 'entities', 'locations', 'gateway'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.crosslink/**', '.crosslink-test*/**', 'infra/**/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', URL: 'readonly', Buffer: 'readonly', AbortSignal: 'readonly', URLSearchParams: 'readonly', setTimeout: 'readonly', Headers: 'readonly', Response: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests and benchmarks may use `any` for the response bodies they read.
    files: ['**/*.test.ts', '**/*.e2e.ts', 'test/**', 'services/common/src/testing/**', 'scripts/bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Boundaries. Only services/common talks to the Neo4j driver; no service imports another's source;
  // and domain code (models, validation, Cypher builders, services, repositories) knows nothing of
  // HTTP or GraphQL.
  ...otherServices.flatMap((service) => {
    const shared = [
      { group: ['neo4j-driver'], message: 'Only services/common talks to the driver; use the executor.' },
      {
        group: otherServices.filter((s) => s !== service).flatMap((s) => [`@crosslink/${s}`, `**/${s}/src/**`]),
        message: 'Services never import another service’s source; go through federation.',
      },
    ];
    const domain = { group: ['fastify', 'graphql', '@apollo/*'], message: 'Domain code does not depend on HTTP or GraphQL.' };
    return [
      { files: [`services/${service}/src/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns: shared }] } },
      {
        files: [`services/${service}/src/**/*.{model,validation,cypher,service,repository}.ts`],
        rules: { 'no-restricted-imports': ['error', { patterns: [...shared, domain] }] },
      },
    ];
  }),
);
