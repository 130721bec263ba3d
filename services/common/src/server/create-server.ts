import Fastify, { type FastifyInstance } from 'fastify';
import { loggerOptions } from '../logging/logger.js';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.js';

export interface ServerOptions {
  /** Service name, stamped on every log line. */
  readonly service: string;
  /** pino level; default `info`. */
  readonly logLevel?: string;
  /**
   * Answers whether the service can do its work (for a subgraph: Neo4j answers). `/readyz` is 200
   * only when it resolves true, or a report whose `ready` is true; a report's other fields (the
   * gateway's subgraphs) are shown beside the status. Default: always ready.
   */
  readonly readiness?: () => Promise<boolean | ReadinessReport>;
  /** Largest request body accepted, in bytes; default 1 MiB. */
  readonly bodyLimit?: number;
  /** Where log lines go; default standard output. */
  readonly logStream?: { write(line: string): void };
}

/** Readiness with detail: `ready` decides the status code; `status` overrides the word shown. */
export interface ReadinessReport {
  readonly ready: boolean;
  readonly status?: string;
  readonly [detail: string]: unknown;
}

/**
 * The Fastify instance every Crosslink service starts from: pino logging with secrets redacted,
 * a request id taken from `x-request-id` (or made) and echoed back, `/healthz` and `/readyz`.
 * It does not listen; `main` does, so tests can use `inject()`.
 */
export function createServer(options: ServerOptions): FastifyInstance {
  const logger = loggerOptions(options.service, options.logLevel ?? 'info');
  const app = Fastify({
    logger: options.logStream === undefined ? logger : { ...logger, stream: options.logStream },
    genReqId: (req) => requestIdFrom(req.headers[REQUEST_ID_HEADER]),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // One line per request, when it is answered, rather than one on arrival and one on answer: a
    // request through the gateway passes up to five services, and each line is a write.
    disableRequestLogging: true,
    // While it stops, the server answers what still reaches it (a kept-alive connection) rather than a
    // bare 503 no client can read as an error of the catalog; it accepts no new connections meanwhile.
    return503OnClosing: false,
  });

  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { req: { method: request.method, url: request.url, remoteAddress: request.ip }, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime },
      'request completed',
    );
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });

  // A body the HTTP layer cannot read (not JSON, empty, too large, of another content type) never
  // reaches GraphQL: it is answered as GraphQL answers a request it cannot serve, with a catalogued code.
  app.setErrorHandler(async (error: { statusCode?: number; code?: string; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500 && typeof error.code === 'string' && error.code.startsWith('FST_ERR_CTP')) {
      return reply.code(status).send({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
    }
    throw error;
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  const readiness = options.readiness ?? (async () => true);
  app.get('/readyz', async (_request, reply) => {
    const report = await readiness().catch(() => false);
    const { ready, status, ...details } = typeof report === 'boolean' ? { ready: report } : report;
    return reply.code(ready ? 200 : 503).send({ status: status ?? (ready ? 'ready' : 'unavailable'), ...details });
  });

  return app;
}
