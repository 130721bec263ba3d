import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildConsoleServer } from './app.js';
import { loadAssets } from './assets.js';

function builtApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), `console.log(${JSON.stringify('x'.repeat(2000))});`);
  return dir;
}

const client = { gatewayUrl: 'http://127.0.0.1:4000/graphql', keycloak: { url: 'http://127.0.0.1:8180', realm: 'crosslink', clientId: 'crosslink-console' } };
const server = () => buildConsoleServer({ assets: loadAssets(builtApp()), client, logLevel: 'silent' });

describe('the console’s server', () => {
  it('answers index.html for an app route, not to be cached, under a policy naming the gateway and Keycloak only', async () => {
    const reply = await server().inject({ url: '/cases/GMP-2026-00001' });
    expect(reply.statusCode).toBe(200);
    expect(reply.body).toContain('/assets/index-abc.js');
    expect(reply.headers['cache-control']).toBe('no-cache');
    const policy = String(reply.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:4000 http://127.0.0.1:8180");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves a hashed asset for good, compressed when the browser accepts it', async () => {
    const app = server();
    const plain = await app.inject({ url: '/assets/index-abc.js' });
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toContain('immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await app.inject({ url: '/assets/index-abc.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
  });

  it('answers 404 for a missing asset and never reads outside the built folder', async () => {
    const app = server();
    expect((await app.inject({ url: '/assets/gone.js' })).statusCode).toBe(404);
    const escape = await app.inject({ url: '/assets/..%2f..%2fpackage.json' });
    expect(escape.statusCode).toBe(404);
    const traversal = await app.inject({ url: '/../../../etc/passwd' });
    expect(traversal.body).toContain('/assets/index-abc.js'); // the app's page, not the file
  });

  it('tells the app where the gateway and Keycloak are', async () => {
    const reply = await server().inject({ url: '/config.json' });
    expect(reply.json()).toEqual(client);
  });

  it('refuses to start without a built app', () => {
    expect(() => loadAssets(mkdtempSync(join(tmpdir(), 'empty-')))).toThrow(/no index.html/);
  });
});
