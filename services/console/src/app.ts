import { createServer } from '@crosslink/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Asset } from './assets.js';
import type { ClientConfig } from './config.js';

export interface ConsoleDeps {
  readonly assets: ReadonlyMap<string, Asset>;
  readonly client: ClientConfig;
  readonly logLevel?: string;
}

/**
 * The console's origin: the app's files, /config.json, and index.html for every other path (the app
 * routes in the browser). Each answer carries a content security policy that lets the page talk to
 * its own origin, the gateway and Keycloak only.
 */
export function buildConsoleServer(deps: ConsoleDeps): FastifyInstance {
  const app = createServer({ service: 'console', ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}) });
  const policy = contentSecurityPolicy(deps.client);
  const config = JSON.stringify(deps.client);

  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', policy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });

  app.get('/config.json', async (_request, reply) => reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8').send(config));

  app.get('/*', async (request, reply) => {
    const path = new URL(request.url, 'http://console').pathname;
    const asset = deps.assets.get(path);
    if (asset !== undefined) return sendAsset(request, reply, asset);
    // A missing file under assets/ is a stale or wrong link, not an app route.
    if (path.startsWith('/assets/')) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return sendAsset(request, reply, deps.assets.get('/index.html') as Asset);
  });
  return app;
}

function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Asset): FastifyReply {
  reply.type(asset.type);
  reply.header('cache-control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  reply.header('vary', 'accept-encoding');
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (asset.gzip !== undefined && /\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(asset.gzip);
  return reply.send(asset.body);
}

function contentSecurityPolicy(client: ClientConfig): string {
  const gateway = new URL(client.gatewayUrl).origin;
  const keycloak = new URL(client.keycloak.url).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Graph and map renderers position their layers with inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${gateway} ${keycloak}`,
    `frame-src ${keycloak}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' " + keycloak,
    "frame-ancestors 'none'",
  ].join('; ');
}
