import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { commonEnv, ConfigError, loadConfig, port } from './config.js';

const schema = z.object({ ...commonEnv, PORT: port(4001) });
const password = 'correct-horse-battery';
const key = 'an-attestation-key-of-at-least-32-chars';
const cursorKey = Buffer.alloc(32, 7).toString('base64url');
const required = { NEO4J_PASSWORD: password, AUDIT_ATTESTATION_KEY: key, CURSOR_KEY: cursorKey };

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies every default when only the secrets are given', () => {
    expect(loadConfig(schema, required)).toEqual({
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      NEO4J_URI: 'bolt://127.0.0.1:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: 'neo4j',
      KEYCLOAK_URL: 'http://127.0.0.1:8180',
      KEYCLOAK_REALM: 'crosslink',
      TOKEN_AUDIENCE: 'crosslink-api',
      HUB_FORCE: 'NCA',
      AUDIT_ATTESTATION_KEY: key,
      MAX_QUERY_TOKENS: 3000,
      MAX_QUERY_DEPTH: 12,
      MAX_QUERY_ALIASES: 30,
      MAX_QUERY_COST: 200_000,
      MAX_REPRESENTATIONS: 2000,
      MAX_ERRORS: 50,
      GRAPHQL_INTROSPECTION: false,
      CURSOR_KEY: cursorKey,
      PORT: 4001,
    });
  });

  it('coerces the port and keeps given values', () => {
    const config = loadConfig(schema, {
      ...required,
      PORT: '5001',
      LOG_LEVEL: 'debug',
      NEO4J_URI: 'neo4j+s://db.example.police.uk:7687',
    });
    expect(config.PORT).toBe(5001);
    expect(config.LOG_LEVEL).toBe('debug');
    expect(config.NEO4J_URI).toBe('neo4j+s://db.example.police.uk:7687');
  });

  it('ignores variables the schema does not name', () => {
    expect(loadConfig(schema, { ...required, PATH: '/usr/bin' })).not.toHaveProperty('PATH');
  });

  it('lists every problem in one error, not just the first', () => {
    const problems = problemsOf({ PORT: 'seventy', NEO4J_URI: 'http://db:7474', LOG_LEVEL: 'loud', AUDIT_ATTESTATION_KEY: 'short', CURSOR_KEY: 'c2hvcnQ' });
    expect(problems).toHaveLength(6);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['AUDIT_ATTESTATION_KEY', 'CURSOR_KEY', 'LOG_LEVEL', 'NEO4J_PASSWORD', 'NEO4J_URI', 'PORT']);
    expect(problems).toContain('CURSOR_KEY: must be 32 bytes, base64url-encoded');
    expect(problems).toContain('AUDIT_ATTESTATION_KEY: must be at least 32 characters');
    expect(problems).toContain('NEO4J_URI: must be a neo4j:// or bolt:// URI');
  });

  it('names both a bad port and a missing password in the message', () => {
    let thrown: unknown;
    try {
      loadConfig(schema, { PORT: '70000' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const message = (thrown as ConfigError).message;
    expect(message).toMatch(/^Invalid configuration:\n/);
    expect(message).toMatch(/^ {2}- PORT: /m);
    expect(message).toMatch(/^ {2}- NEO4J_PASSWORD: /m);
  });

  it.each(['0', '65536', '80.5', '-1', 'abc'])('refuses the port %j', (value) => {
    expect(problemsOf({ ...required, PORT: value })).toEqual([expect.stringMatching(/^PORT: /)]);
  });

  it('refuses a short password with the schema’s own message', () => {
    expect(problemsOf({ ...required, NEO4J_PASSWORD: 'short' })).toEqual(['NEO4J_PASSWORD: must be at least 8 characters']);
  });

  it('refuses a Keycloak URL that is not a URL', () => {
    expect(problemsOf({ ...required, KEYCLOAK_URL: 'keycloak' })).toEqual([expect.stringMatching(/^KEYCLOAK_URL: /)]);
  });

  it('reports a problem at the root as (root)', () => {
    expect(() => loadConfig(z.string(), {})).toThrow(/- \(root\): /);
  });
});
