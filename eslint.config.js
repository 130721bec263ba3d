// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Every workspace under services/ but the shared kit: a service added there is under the rules below
// without anyone remembering to list it.
const services = readdirSync(new URL('./services/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`./services/${entry.name}/package.json`, import.meta.url)))
  .map((entry) => entry.name)
  .filter((name) => name !== 'common');

/**
 * The files of a service that adapt it to HTTP and GraphQL: its entry point, app and request context,
 * schema assembly, per feature its typedefs and resolvers, and any HTTP route beside GraphQL (*.route.ts). Everything else in a service's src is
 * domain code (models, validation, rules, Cypher builders, services, repositories, normalisers, plans,
 * whatever the suffix) and may not import fastify, graphql or Apollo.
 */
const adapters = ['main.ts', 'app.ts', 'context.ts', 'schema.ts', '**/*resolvers.ts', '**/*typedefs.ts', '**/*.route.ts'];

/**
 * @param {{ group: string[], message: string }[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      '**/src/generated/**',
      'services/console/src/web/api/schema-enums.ts',
      '**/dist/**',
      '**/node_modules/**',
      '.crosslink/**',
      '.crosslink-test*/**',
      'infra/**/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        AbortSignal: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        Headers: 'readonly',
        Response: 'readonly',
      },
    },
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
  // Boundaries. Only services/common talks to the Neo4j driver; no service imports another's source,
  // nor does the kit import any service; and domain code knows nothing of HTTP or GraphQL.
  {
    files: ['services/common/src/**/*.ts'],
    rules: restrict([
      { group: services.flatMap((s) => [`@crosslink/${s}`, `**/${s}/src/**`]), message: 'The shared kit serves the services; it never imports one.' },
    ]),
  },
  ...services.flatMap((service) => {
    const shared = [
      { group: ['neo4j-driver'], message: 'Only services/common talks to the driver; use the executor.' },
      { group: ['@apollo/*/dist/**'], message: 'A package’s dist folder is not its API; use its exports (ResolverMap is in @crosslink/common).' },
      {
        group: services.filter((s) => s !== service).flatMap((s) => [`@crosslink/${s}`, `**/${s}/src/**`]),
        message: 'Services never import another service’s source; go through federation.',
      },
    ];
    const domain = { group: ['fastify', 'graphql', '@apollo/*'], message: 'Domain code does not depend on HTTP or GraphQL.' };
    const boundary = { files: [`services/${service}/src/**/*.ts`], rules: restrict(shared) };
    // The gateway is the HTTP edge and nothing else: it has no domain code.
    if (service === 'gateway') return [boundary];
    return [
      boundary,
      {
        files: [`services/${service}/src/**/*.ts`],
        ignores: ['**/*.test.ts', ...adapters.map((a) => `services/${service}/src/${a}`)],
        rules: restrict([...shared, domain]),
      },
    ];
  }),
);
