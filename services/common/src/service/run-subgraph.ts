import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { loadConfig, type CommonConfig } from '../config/config.js';
import { listen } from './listen.js';
import { createRuntime } from './runtime.js';
import type { SubgraphDeps } from './define-subgraph.js';

/**
 * A subgraph's `main`: reads its configuration once, opens the runtime (driver, verifier), builds
 * the app with what the configuration adds (`extra`), and listens until SIGTERM or SIGINT.
 */
export async function runSubgraph<Config extends CommonConfig & { PORT: number }, Extra>(
  service: string,
  configSchema: z.ZodType<Config>,
  buildApp: (deps: SubgraphDeps & Extra) => Promise<FastifyInstance>,
  extra: (config: Config) => Extra,
): Promise<void> {
  const config = loadConfig(configSchema);
  const runtime = createRuntime(config, service);
  const app = await buildApp({
    executor: runtime.executor,
    verifier: runtime.verifier,
    attestationKey: runtime.attestationKey,
    graphql: runtime.graphql,
    hubForce: config.HUB_FORCE,
    logLevel: config.LOG_LEVEL,
    ...extra(config),
  });
  await listen(app, { host: config.HOST, port: config.PORT, onClose: runtime.close });
}
