import { principalOf } from '@crosslink/common/testing';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { CrosslinkError, type TokenVerifier } from '@crosslink/common';
import type { Alert } from './alert.model.js';
import type { AlertRepository } from './alert.repository.js';
import { registerAlertStream } from './alert.route.js';

// The stream's own behaviour, on a server of its own: who may open it, what it sends first, what it
// sends when an alert appears, and that shutting down ends it at once. The inbox itself is read
// from Neo4j in alerts.e2e.ts; here it is a list the test controls.

const principal = principalOf('detective.gmp', { userId: 'u-1', displayName: 'Sarah Okafor' });
const verifier: TokenVerifier = {
  verify: async (token) => {
    if (token !== 'a.b.c') throw new CrosslinkError('UNAUTHENTICATED');
    return principal;
  },
};

let inbox: Alert[] = [];
const repository = { list: async () => inbox } as unknown as AlertRepository;
const alert = (alertId: string): Alert => ({ alertId, kind: 'HIT_ON_ENTRY', at: new Date().toISOString() }) as Alert;

let app: ReturnType<typeof Fastify> | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  inbox = [];
});

async function serve(): Promise<string> {
  app = Fastify();
  registerAlertStream(app, { verifier, repository, hubForce: 'NCA', pollMs: 50 });
  return `${await app.listen({ host: '127.0.0.1', port: 0 })}/alerts/stream`;
}

async function* events(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; data: any }> {
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const lines = buffered.slice(0, end).split('\n');
      buffered = buffered.slice(end + 2);
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
      const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
      if (event !== undefined) yield { event, data: JSON.parse(data ?? 'null') };
    }
  }
}

describe('GET /alerts/stream', () => {
  it('refuses a missing or invalid token with UNAUTHENTICATED', async () => {
    const url = await serve();
    for (const headers of [{}, { authorization: 'Bearer x.y.z' }]) {
      const response = await fetch(url, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    }
  });

  it('says how many are unread, then sends each new alert once, by id and kind only', async () => {
    inbox = [alert('old')];
    const url = await serve();
    const response = await fetch(url, { headers: { authorization: 'Bearer a.b.c' } });
    const stream = events(response.body!);
    expect((await stream.next()).value).toEqual({ event: 'ready', data: { unread: 1, more: false } });
    const fresh = alert('new');
    inbox = [fresh, ...inbox];
    let next = await stream.next();
    while (next.value?.event !== 'alert') next = await stream.next();
    expect(next.value).toEqual({ event: 'alert', data: { id: 'new', kind: 'HIT_ON_ENTRY', at: fresh.at } });
  });

  it('counts an alert committed while the stream opens once: in ready, never again as new', async () => {
    const between = alert('between');
    let reads = 0;
    // The first read (the recent alerts) comes before the alert commits; every later read sees it.
    const racing = { list: async () => (reads++ === 0 ? [] : [between]) } as unknown as AlertRepository;
    app = Fastify();
    registerAlertStream(app, { verifier, repository: racing, hubForce: 'NCA', pollMs: 20 });
    const url = `${await app.listen({ host: '127.0.0.1', port: 0 })}/alerts/stream`;
    const response = await fetch(url, { headers: { authorization: 'Bearer a.b.c' } });
    const stream = events(response.body!);
    expect((await stream.next()).value).toEqual({ event: 'ready', data: { unread: 1, more: false } });
    while (reads < 6) await new Promise((resolve) => setTimeout(resolve, 20));
    await app.close();
    app = undefined;
    const rest: string[] = [];
    for await (const event of stream) rest.push(event.event);
    expect(rest).not.toContain('alert');
  });

  it('ends open streams when the service shuts down, without waiting for them', async () => {
    const url = await serve();
    const response = await fetch(url, { headers: { authorization: 'Bearer a.b.c' } });
    const stream = events(response.body!);
    expect((await stream.next()).value?.event).toBe('ready');
    const started = Date.now();
    await app!.close();
    app = undefined;
    expect(Date.now() - started).toBeLessThan(5000);
    let next = await stream.next();
    while (!next.done && next.value.event !== 'end') next = await stream.next();
    expect(next.value).toEqual({ event: 'end', data: { reason: 'shutting down' } });
  });
});
