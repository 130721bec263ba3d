import { describe, expect, it } from 'vitest';
import { bearerToken } from './bearer.js';

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl-_';

describe('bearerToken', () => {
  it('returns the token of a well-formed bearer header', () => {
    expect(bearerToken(`Bearer ${jwt}`)).toBe(jwt);
  });

  it('ignores surrounding whitespace', () => {
    expect(bearerToken(`  Bearer ${jwt}\t`)).toBe(jwt);
  });

  it('is undefined without a header', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('')).toBeUndefined();
  });

  it.each([
    ['Basic scheme', `Basic ${jwt}`],
    ['no scheme', jwt],
    ['scheme only', 'Bearer'],
    ['scheme and space only', 'Bearer '],
  ])('is undefined for the %s', (_name, header) => {
    expect(bearerToken(header)).toBeUndefined();
  });

  it.each([
    ['two credentials', `Bearer ${jwt} ${jwt}`],
    ['a trailing word', `Bearer ${jwt} extra`],
    ['two spaces after the scheme', `Bearer  ${jwt}`],
    ['a token of two parts', 'Bearer aaa.bbb'],
    ['a token of four parts', 'Bearer aaa.bbb.ccc.ddd'],
    ['an empty part', 'Bearer aaa..ccc'],
    ['characters outside base64url', 'Bearer aa+a.bb/b.cc=c'],
    ['a newline inside', `Bearer ${jwt}\nX-Injected: 1`],
  ])('is undefined for %s', (_name, header) => {
    expect(bearerToken(header)).toBeUndefined();
  });
});
