import { describe, expect, it } from 'vitest';
import { subgraphErrorFrom } from './subgraph-errors.js';

describe('a subgraph refusing a call', () => {
  it('passes its coded error on, code and field included', () => {
    const body = { errors: [{ message: 'filter.openedFrom is not an instant', extensions: { code: 'VALIDATION_FAILED', field: 'filter.openedFrom' } }] };
    const error = subgraphErrorFrom('cases', 400, body);
    expect(error.message).toBe('filter.openedFrom is not an instant');
    expect(error.extensions).toEqual({ code: 'VALIDATION_FAILED', field: 'filter.openedFrom' });
  });

  it('keeps anything uncoded, or coded as a fault, uncoded', () => {
    expect(subgraphErrorFrom('cases', 400, 'Bad Request').extensions).toEqual({});
    expect(subgraphErrorFrom('cases', 500, { errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }] }).extensions).toEqual({});
    expect(subgraphErrorFrom('cases', 500, null).message).toBe('The cases subgraph answered HTTP 500');
  });
});
