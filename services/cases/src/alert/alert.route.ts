import { randomUUID } from 'node:crypto';
import { authenticate, can, CrosslinkError, replyWithError, viewerParams, type Principal, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance } from 'fastify';
import type { AlertReader } from './alert.model.js';
import type { AlertRepository } from './alert.repository.js';

export interface AlertStreamOptions {
  readonly verifier: TokenVerifier;
  readonly repository: AlertRepository;
  readonly hubForce: string;
  /** How often the inbox is read for new alerts; default 2 s. */
  readonly pollMs?: number;
  /** How long one stream stays open before the client reconnects (with a fresh token); default 5 min. */
  readonly maxMs?: number;
}

/**
 * An alert's transaction stamps the instant it began and may commit a little later: each poll
 * looks this far back, and ids already sent are not sent again.
 */
const LOOKBACK_MS = 30_000;
const PAGE = 50;

/**
 * GET /alerts/stream: the signed-in officer's new alerts as Server-Sent Events, for a client to
 * show live. Each `alert` event carries only the alert's id, kind and time — never what it names —
 * so everything about it is still read through the API (`alerts`), under the read audit. The first
 * event, `ready`, gives the number of unread alerts. The token is checked again on every poll; the
 * stream ends (event `end`) when it expires or after `maxMs`, and the client reconnects.
 *
 * Chosen over GraphQL subscriptions because @apollo/gateway does not federate subscriptions: SSE
 * is plain HTTP that the gateway passes through with the caller's own token, and that browsers and
 * proxies handle without a second protocol.
 */
export function registerAlertStream(app: FastifyInstance, options: AlertStreamOptions): void {
  const pollMs = options.pollMs ?? 2000;
  const maxMs = options.maxMs ?? 5 * 60_000;
  // Open streams, each ended when the service shuts down: a stream never holds a restart up.
  const streams = new Set<(reason: string) => void>();
  app.addHook('preClose', async () => {
    for (const end of streams) end('shutting down');
  });

  app.get('/alerts/stream', async (request, reply) => {
    let principal: Principal;
    let token: string;
    try {
      ({ token, principal } = await authenticate(request, options.verifier));
      if (!can(principal, 'case:read')) throw new CrosslinkError('FORBIDDEN', 'Your role does not allow case:read');
    } catch (error) {
      return replyWithError(reply, error);
    }
    const reader: AlertReader = { username: principal.username, force: principal.force, supervisor: principal.roles.has('supervisor') };
    const viewer = viewerParams(principal, options.hubForce);
    const meta = { requestId: randomUUID(), userId: principal.userId };
    const list = (filter: { unread?: boolean; since?: string | null }) => options.repository.list(reader, filter, null, PAGE + 1, viewer, meta);

    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-store', connection: 'keep-alive' });
    const send = (event: string, data: unknown, id?: string) =>
      out.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

    const sent = new Map<string, number>();
    let newest = Date.now();
    let open = true;
    const started = Date.now();
    let wake = () => {};
    const close = (reason: string) => {
      streams.delete(close);
      wake();
      if (!open) return;
      open = false;
      send('end', { reason });
      out.end();
    };
    streams.add(close);
    request.raw.on('close', () => {
      open = false;
      streams.delete(close);
      wake();
    });

    try {
      // Recent alerts first, then the unread ones: an alert committed between the two reads is
      // counted in `ready` and not sent again, and one committed after both is sent by a poll.
      const recent = await list({ since: new Date(newest - LOOKBACK_MS).toISOString() });
      const unread = await list({ unread: true });
      for (const a of [...recent, ...unread]) sent.set(a.alertId, Date.parse(a.at));
      send('ready', { unread: Math.min(unread.length, PAGE), more: unread.length > PAGE });
    } catch (error) {
      request.log.error({ err: error }, 'alert stream failed to start');
      return close('error');
    }

    while (open) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (!open) break;
      if (Date.now() - started >= maxMs) {
        close('reconnect');
        break;
      }
      try {
        await options.verifier.verify(token);
      } catch {
        close('token expired');
        break;
      }
      try {
        const fresh = (await list({ since: new Date(newest - LOOKBACK_MS).toISOString() })).filter((a) => !sent.has(a.alertId)).reverse();
        for (const a of fresh) {
          const at = Date.parse(a.at);
          sent.set(a.alertId, at);
          newest = Math.max(newest, at);
          send('alert', { id: a.alertId, kind: a.kind, at: a.at }, a.alertId);
        }
        for (const [id, at] of sent) if (at < newest - 2 * LOOKBACK_MS) sent.delete(id);
        // A comment keeps idle proxies from closing the connection.
        if (fresh.length === 0) out.write(': idle\n\n');
      } catch (error) {
        request.log.error({ err: error }, 'alert stream poll failed');
        close('error');
      }
    }
  });
}
