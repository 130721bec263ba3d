import { authenticate, CrosslinkError, replyWithError, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * GET /alerts/stream on the gateway: passes the caller's stream of new alerts through from the cases
 * service (see its alert/alert.route.ts), with their own token, so a client needs one origin only. The
 * token is checked here first, as for every request; the cases service checks it again.
 */
export function proxyAlertStream(app: FastifyInstance, options: { verifier: TokenVerifier; casesUrl: string }): void {
  // Streams passing through, cut when the gateway shuts down so that none holds a restart up.
  const passing = new Set<AbortController>();
  app.addHook('preClose', async () => {
    for (const abort of passing) abort.abort();
  });

  app.get('/alerts/stream', async (request, reply) => {
    try {
      await authenticate(request, options.verifier);
    } catch (error) {
      return replyWithError(reply, error);
    }
    const abort = new AbortController();
    passing.add(abort);
    request.raw.on('close', () => abort.abort());
    try {
      await passThrough(request, reply, options.casesUrl, abort.signal);
    } finally {
      passing.delete(abort);
    }
  });
}

async function passThrough(request: FastifyRequest, reply: FastifyReply, casesUrl: string, signal: AbortSignal): Promise<unknown> {
  let upstream: Response;
  try {
    upstream = await fetch(new URL('/alerts/stream', casesUrl), {
      headers: { authorization: request.headers.authorization ?? '', 'x-request-id': request.id },
      signal,
    });
  } catch (error) {
    request.log.warn({ err: error }, 'alert stream: cases service did not answer');
    return replyWithError(reply, new CrosslinkError('SUBGRAPH_UNAVAILABLE'));
  }
  if (!upstream.ok || upstream.body === null) {
    return reply
      .code(upstream.status)
      .type('application/json')
      .send(await upstream.text());
  }
  reply.hijack();
  // Written past fastify, so the headers its hooks already set (the console's CORS permission, the
  // request id) are carried over by hand.
  const set = Object.entries(reply.getHeaders()).filter((entry): entry is [string, string | number | string[]] => entry[1] !== undefined);
  reply.raw.writeHead(200, {
    ...Object.fromEntries(set),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-store',
    connection: 'keep-alive',
  });
  try {
    for await (const chunk of upstream.body) reply.raw.write(chunk);
  } catch {
    // The client went away, the cases service did, or the gateway is shutting down: the stream is over.
  }
  return reply.raw.end();
}
