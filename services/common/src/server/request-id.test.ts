import { describe, expect, it } from 'vitest';
import { requestIdFrom } from './request-id.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it.each(['abc-123', '0f8b1c2e-6c1d-4d7e-9a51-3b1f2a9c0d11', 'gw.7:req_9', 'x', 'a'.repeat(128)])('keeps the well-formed id %j', (id) => {
    expect(requestIdFrom(id)).toBe(id);
  });

  it('takes the first of repeated headers', () => {
    expect(requestIdFrom(['first-id', 'second-id'])).toBe('first-id');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too long', 'a'.repeat(129)],
    ['a forged log line', 'ok\n{"level":50,"msg":"admin logged in"}'],
    ['a carriage return', 'ok\rforged'],
    ['spaces', 'two words'],
    ['quotes and braces', '"},{"x":"'],
    ['non-ASCII', 'réquest'],
    ['an empty list', []],
  ])('replaces an id that is %s with a new UUID', (_name, header) => {
    const id = requestIdFrom(header);
    expect(id).toMatch(uuid);
  });

  it('makes a different id each time', () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
