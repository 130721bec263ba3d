import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readinessUrl, subgraphStatus } from './readiness.js';

describe('subgraph readiness', () => {
  it("is asked at each subgraph's /readyz", () => {
    expect(readinessUrl('http://127.0.0.1:4003/graphql')).toBe('http://127.0.0.1:4003/readyz');
  });

  it('reports each subgraph: ready when its /readyz is 200, unavailable when not or unreachable', async () => {
    const server = createHttpServer((request, response) => response.writeHead(request.url === '/readyz' ? 200 : 404).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const status = await subgraphStatus({ cases: `http://127.0.0.1:${port}/graphql`, locations: 'http://127.0.0.1:1/graphql' }, 10_000);
      expect(status).toEqual({ cases: 'ready', locations: 'unavailable' });
    } finally {
      server.close();
    }
  }, 30_000);
});
