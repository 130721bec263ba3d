import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { subgraphFetcher } from './subgraph-fetch.js';

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

/** A local server answering with `answer`; counts the connections made to it. */
async function serve(
  answer: (request: IncomingMessage, body: string) => { status: number; body: string } | null,
): Promise<{ url: string; connections: () => number }> {
  let connections = 0;
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const out = answer(request, body);
      if (out === null) return; // never answers
      response.writeHead(out.status, { 'content-type': 'application/json', 'x-echo': request.headers['x-echo'] ?? '' }).end(out.body);
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/graphql`, connections: () => connections };
}

describe('the gateway’s calls to a subgraph', () => {
  it('send the method, headers and body, and hand back the status, headers and JSON answer', async () => {
    const { url } = await serve((request, body) => ({
      status: 200,
      body: JSON.stringify({ data: { method: request.method, length: request.headers['content-length'], body: JSON.parse(body) } }),
    }));
    const sent = JSON.stringify({ query: '{ case { id } }', variables: { reference: 'GMP-2026-00001 — Zoë' } });
    const response = await subgraphFetcher(5_000)(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-echo': 'req-1' }, body: sent });
    expect([response.ok, response.status, response.headers.get('x-echo'), response.headers.get('content-type')]).toEqual([
      true,
      200,
      'req-1',
      'application/json',
    ]);
    expect(await response.json()).toEqual({ data: { method: 'POST', length: String(Buffer.byteLength(sent)), body: JSON.parse(sent) } });
  });

  it('send header values as the bytes they hold, beside a body beyond ASCII', async () => {
    const { url } = await serve((request, body) => ({ status: 200, body: JSON.stringify({ header: request.headers['x-purpose'], body }) }));
    // A header value is bytes: here the UTF-8 of a purpose beyond ASCII, as the gateway forwards one.
    const purpose = Buffer.from('Enquête Zoë — ŁÓDŹ', 'utf8').toString('latin1');
    const response = await subgraphFetcher(5_000)(url, { method: 'POST', headers: { 'x-purpose': purpose }, body: '{"q":"Zoë"}' });
    expect(await response.json()).toEqual({ header: purpose, body: '{"q":"Zoë"}' });
  });

  it('keep the connection for the next call', async () => {
    const { url, connections } = await serve(() => ({ status: 200, body: '{"data":{}}' }));
    const fetcher = subgraphFetcher(5_000);
    for (let i = 0; i < 3; i++) expect((await fetcher(url, { method: 'POST', body: '{}' })).status).toBe(200);
    expect(connections()).toBe(1);
  });

  it('hand back an error status with its body, for the subgraph source to read', async () => {
    const { url } = await serve(() => ({ status: 400, body: '{"errors":[{"message":"bad","extensions":{"code":"VALIDATION_FAILED"}}]}' }));
    const response = await subgraphFetcher(5_000)(url, { method: 'POST', body: '{}' });
    expect([response.ok, response.status]).toEqual([false, 400]);
    expect(await response.text()).toContain('VALIDATION_FAILED');
  });

  it('fail with a TimeoutError past the deadline, and with the connection’s own error when nobody listens', async () => {
    const { url } = await serve(() => null);
    const began = Date.now();
    await expect(subgraphFetcher(200)(url, { method: 'POST', body: '{}' })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - began).toBeLessThan(2_000);
    // A port nothing listens on any more.
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const { port } = gone.address() as { port: number };
    await new Promise((resolve) => gone.close(resolve));
    const closed = `http://127.0.0.1:${port}/graphql`;
    await expect(subgraphFetcher(2_000)(closed, { method: 'POST', body: '{}' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
