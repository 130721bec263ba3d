import { describe, expect, it } from 'vitest';
import { subgraphErrorFrom, subgraphFailure } from './subgraph-errors.js';
import { SubgraphTimeoutError } from './subgraph-fetch.js';

describe('a failed subgraph call', () => {
  it('keeps the code and details of a refusal the subgraph made', () => {
    const body = { errors: [{ message: 'Not an ISO date-time', extensions: { code: 'VALIDATION_FAILED', field: 'filter.openedFrom' } }] };
    const error = subgraphErrorFrom('cases', 400, body);
    expect(error.message).toBe('Not an ISO date-time');
    expect(error.extensions).toEqual({ code: 'VALIDATION_FAILED', field: 'filter.openedFrom' });
  });

  it.each([502, 503, 504])('is SUBGRAPH_UNAVAILABLE, retryable, for HTTP %i without a coded error', (status) => {
    expect(subgraphErrorFrom('locations', status, 'Bad gateway').extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'locations', retryable: true });
  });

  it('stays uncoded (so INTERNAL) for a fault of ours', () => {
    expect(subgraphErrorFrom('cases', 500, { errors: [{ message: 'x', extensions: { code: 'INTERNAL' } }] }).extensions).toEqual({});
  });

  it('is SUBGRAPH_UNAVAILABLE when the subgraph cannot be reached or times out', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'EPIPE']) {
      const failed = Object.assign(new Error(`connect ${code}`), { code });
      expect(subgraphFailure('locations', failed)).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'locations' } });
    }
    expect(subgraphFailure('cases', new SubgraphTimeoutError('no answer'))).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    const bug = new RangeError('oops');
    expect(subgraphFailure('cases', bug)).toBe(bug);
  });
});
