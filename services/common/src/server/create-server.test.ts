import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type ServerOptions } from './create-server.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let app: FastifyInstance | undefined;

function server(options: Partial<ServerOptions> = {}): FastifyInstance {
  app = createServer({ service: 'test', logLevel: 'silent', ...options });
  return app;
}

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('createServer', () => {
  it('answers /healthz', async () => {
    const response = await server().inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready by default', async () => {
    const response = await server().inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready' });
  });

  it('is ready when the readiness check says so', async () => {
    const response = await server({ readiness: async () => true }).inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
  });

  it('is unavailable when the readiness check says not', async () => {
    const response = await server({ readiness: async () => false }).inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
  });

  it('is unavailable, not failing, when the readiness check throws', async () => {
    const readiness = async (): Promise<boolean> => {
      throw new Error('Neo4j is down');
    };
    const response = await server({ readiness }).inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
  });

  it('asks the readiness check on every request', async () => {
    let ready = false;
    const app = server({ readiness: async () => ready });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    ready = true;
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it('echoes the caller’s request id', async () => {
    const response = await server().inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'gw-42' } });
    expect(response.headers['x-request-id']).toBe('gw-42');
  });

  it('makes a request id when none is given', async () => {
    const response = await server().inject({ method: 'GET', url: '/healthz' });
    expect(response.headers['x-request-id']).toMatch(uuid);
  });

  it('replaces a request id that would forge a log line', async () => {
    const forged = 'ok\n{"level":50,"msg":"forged"}';
    const app = server();
    app.get('/seen', async (request) => ({ header: request.headers['x-request-id'], id: request.id }));
    const response = await app.inject({ method: 'GET', url: '/seen', headers: { 'x-request-id': forged } });
    const body = response.json<{ header: string; id: string }>();
    expect(body.header).toBe(forged);
    expect(body.id).toMatch(uuid);
    expect(response.headers['x-request-id']).toBe(body.id);
  });

  it('sends the request id on errors too', async () => {
    const response = await server().inject({ method: 'GET', url: '/nowhere', headers: { 'x-request-id': 'gw-43' } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['x-request-id']).toBe('gw-43');
  });

  it('refuses a body over the limit', async () => {
    const app = server({ bodyLimit: 16 });
    app.post('/echo', async (request) => request.body);
    const response = await app.inject({ method: 'POST', url: '/echo', payload: { text: 'x'.repeat(64) } });
    expect(response.statusCode).toBe(413);
    expect(response.json().errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('answers a body it cannot read as a GraphQL error with a catalogued code, keeping other errors as they were', async () => {
    const app = server();
    app.post('/echo', async (request) => request.body);
    app.get('/boom', async () => {
      throw Object.assign(new Error('teapot'), { statusCode: 418 });
    });
    for (const payload of ['{"query": ', '']) {
      const response = await app.inject({ method: 'POST', url: '/echo', payload, headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    }
    expect((await app.inject({ method: 'GET', url: '/boom' })).statusCode).toBe(418);
  });

  it('logs one line per request, when it is answered, with the request id, method, path, status and time', async () => {
    const lines: Record<string, unknown>[] = [];
    const logStream = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
    const response = await server({ logLevel: 'info', logStream }).inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'req-log-1' } });
    expect(response.statusCode).toBe(200);
    const ofRequest = lines.filter((line) => line['reqId'] === 'req-log-1');
    expect(ofRequest).toEqual([
      expect.objectContaining({
        msg: 'request completed',
        req: expect.objectContaining({ method: 'GET', url: '/healthz' }),
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
  });
});
