import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CrosslinkError } from '../errors/crosslink-error.js';
import { mapNeo4jError } from './errors.js';

const driverError = (code: string) => new Neo4jError(`driver failure ${code}`, code, '50N42', 'general processing exception');

describe('mapNeo4jError', () => {
  it('maps a constraint violation to CONFLICT, keeping the cause', () => {
    const cause = driverError('Neo.ClientError.Schema.ConstraintValidationFailed');
    const mapped = mapNeo4jError(cause);
    expect(mapped.code).toBe('CONFLICT');
    expect(mapped.cause).toBe(cause);
  });

  it.each([
    neo4j.error.SERVICE_UNAVAILABLE,
    neo4j.error.SESSION_EXPIRED,
    'Neo.TransientError.General.DatabaseUnavailable',
    'Neo.TransientError.Transaction.DeadlockDetected',
    'Neo.ClientError.Security.Unauthorized',
  ])('maps %s to DATABASE_UNAVAILABLE', (code) => {
    const cause = driverError(code);
    const mapped = mapNeo4jError(cause);
    expect(mapped.code).toBe('DATABASE_UNAVAILABLE');
    expect(mapped.category).toBe('server');
    expect(mapped.cause).toBe(cause);
  });

  it('maps the pool’s connection acquisition timeout (which has no code) to DATABASE_UNAVAILABLE', () => {
    const cause = new Neo4jError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.', 'N/A', '50N42', '');
    expect(mapNeo4jError(cause).code).toBe('DATABASE_UNAVAILABLE');
  });

  it.each([
    ['a syntax error', driverError('Neo.ClientError.Statement.SyntaxError')],
    ['a code that only contains TransientError', driverError('Neo.ClientError.TransientError.Fake')],
    ['a plain Error', new Error('boom')],
    ['a non-error value', 'boom'],
    ['null', null],
    ['an object with a numeric code', { code: 503 }],
  ])('maps %s to INTERNAL, keeping the cause', (_name, cause) => {
    const mapped = mapNeo4jError(cause);
    expect(mapped.code).toBe('INTERNAL');
    expect(mapped.cause).toBe(cause);
  });

  it('passes a CrosslinkError through unchanged', () => {
    const error = new CrosslinkError('CASE_NOT_FOUND');
    expect(mapNeo4jError(error)).toBe(error);
  });

  it('uses the catalog message, so driver detail never reaches the client', () => {
    const mapped = mapNeo4jError(driverError(neo4j.error.SERVICE_UNAVAILABLE));
    expect(mapped.message).not.toContain('driver failure');
  });
});
