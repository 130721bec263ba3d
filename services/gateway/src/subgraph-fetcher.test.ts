import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphFetcher } from './subgraph-fetcher.js';

let server: Server;
let url: string;
const sockets = new Set<unknown>();
const seen: { method: string; headers: IncomingMessage['headers']; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    sockets.add(req.socket);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', headers: req.headers, body });
      if (req.url === '/broken') {
        res.writeHead(503, 'Service Unavailable', { 'content-type': 'text/plain' }).end('down');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': String(req.headers['x-request-id']) });
      res.end(JSON.stringify({ data: { echo: body } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the subgraph fetcher', () => {
  it('sends the method, headers and body, and hands back status, headers and body as a Response', async () => {
    const fetcher = subgraphFetcher();
    const body = JSON.stringify({ query: '{ forces { code } }', variables: { note: 'Zoë' } });
    const response = await fetcher(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-7' }, body });
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-request-id')).toBe('req-7');
    expect(await response.json()).toEqual({ data: { echo: body } });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body, headers: expect.objectContaining({ 'content-length': String(Buffer.byteLength(body)) }) });
  });

  it('reports a failing subgraph by its status', async () => {
    const response = await subgraphFetcher()(`${url}/broken`, { body: '{}' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(503);
    expect(response.statusText).toBe('Service Unavailable');
    expect(await response.text()).toBe('down');
  });

  it('keeps the connection for the next call', async () => {
    const fetcher = subgraphFetcher();
    sockets.clear();
    for (let i = 0; i < 5; i++) await (await fetcher(`${url}/graphql`, { body: `{"n":${i}}` })).text();
    expect(sockets.size).toBe(1);
  });

  it('rejects when the subgraph cannot be reached', async () => {
    await expect(subgraphFetcher()('http://127.0.0.1:1/graphql', { body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
