import type { FastifyInstance } from 'fastify';

export interface ListenOptions {
  readonly host: string;
  readonly port: number;
  /** Runs after the server stopped accepting requests, e.g. to close the Neo4j driver. */
  readonly onClose?: () => Promise<void>;
}

/**
 * Listens and stops cleanly on SIGTERM or SIGINT: in-flight requests finish, then resources close.
 */
export async function listen(app: FastifyInstance, options: ListenOptions): Promise<void> {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    try {
      await app.close();
      await options.onClose?.();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'unclean stop');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await app.listen({ host: options.host, port: options.port });
}
