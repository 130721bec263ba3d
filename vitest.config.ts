import { defineConfig } from 'vitest/config';

// The suffix says the kind of test: `*.test.ts` needs no server, `*.int.test.ts` uses the real
// Neo4j (no Keycloak: it works below the token), `test/**/*.e2e.ts` goes through the running gateway and subgraphs, and
// `*.serial.e2e.ts` disturbs shared servers (restarts Neo4j) so runs alone, after the rest.
//
// Unit tests share their modules across files (no per-file isolation): importing fastify, Apollo and
// the driver anew for every file cost far more than the tests themselves. So a unit test must not
// rely on module state another file could leave behind (it resets what it changes). Tests that
// need servers spend much of their time waiting on them, so two files run at once even on a small
// machine; CROSSLINK_TEST_WORKERS sets another number (a busy machine wants fewer, a large one more).
const serverWorkers = Number(process.env['CROSSLINK_TEST_WORKERS'] ?? 2);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // The console's component tests (*.test.tsx) render into happy-dom, named in each file.
          include: ['services/*/src/**/*.test.ts', 'services/console/src/web/**/*.test.tsx', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', '**/dist/**'],
          isolate: false,
          // A first request through fastify or Apollo in a file can take seconds on a busy machine.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['services/*/src/**/*.int.test.ts'],
          maxWorkers: serverWorkers,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.ts'],
          exclude: ['test/**/*.serial.e2e.ts'],
          maxWorkers: serverWorkers,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'serial',
          include: ['test/**/*.serial.e2e.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
