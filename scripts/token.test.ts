import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./token.mjs', import.meta.url));

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm run token', () => {
  it('says in one line, without a stack trace, that Keycloak is down', async () => {
    const port = await closedPort();
    const run = spawnSync(process.execPath, [script, 'detective.gmp'], { env: { ...process.env, KEYCLOAK_PORT: String(port) }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^token: Keycloak is not reachable at http://127\\.0\\.0\\.1:${port}.*npm start`)),
    ]);
  });
});
