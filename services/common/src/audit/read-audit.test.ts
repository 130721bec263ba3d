import { describe, expect, it } from 'vitest';
import { attest, AttestationCheck, ATTESTATION_LIFETIME_MS, canonicalJson, type AttestedCall } from './read-audit.js';

const key = 'k'.repeat(43);
const call: AttestedCall = {
  audience: 'entities',
  requestId: 'req-1',
  token: 'eyJ.header.payload',
  query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { people { role } } } }',
  variables: { r: [{ __typename: 'Case', id: 'c1' }] },
};
const { audience: _audience, ...received } = call;
const now = 1_800_000_000_000;
/** A subgraph's check, started a minute before `now`. */
const check = (audience = 'entities') => new AttestationCheck(key, audience, now - 60_000);

describe('gateway audit attestations', () => {
  it('accept the exact call they were made for, until they expire', () => {
    expect(check().accept(attest(key, call, now), received, now)).toBe(true);
    expect(check().accept(attest(key, call, now), received, now + ATTESTATION_LIFETIME_MS - 1)).toBe(true);
    expect(check().accept(attest(key, call, now), received, now + ATTESTATION_LIFETIME_MS)).toBe(false);
  });

  it('are accepted once: the same attested call replayed, unchanged and in time, is not attested again', () => {
    const subgraph = check();
    const header = attest(key, call, now);
    expect(subgraph.accept(header, received, now)).toBe(true);
    expect(subgraph.accept(header, received, now + 1)).toBe(false);
    expect(subgraph.accept(header, received, now + 20_000)).toBe(false);
    // Each call of the gateway carries a fresh nonce.
    expect(subgraph.accept(attest(key, call, now + 2), received, now + 3)).toBe(true);
  });

  it('forget spent nonces once their attestations expire, so the store stays bounded', () => {
    const subgraph = check();
    for (let i = 0; i < 100; i++) expect(subgraph.accept(attest(key, call, now + i), received, now + i)).toBe(true);
    expect(subgraph.remembered).toBe(100);
    expect(subgraph.accept(attest(key, call, now + ATTESTATION_LIFETIME_MS + 50), received, now + ATTESTATION_LIFETIME_MS + 50)).toBe(true);
    expect(subgraph.remembered).toBe(50);
  });

  it('are not accepted when issued before the subgraph started (its spent nonces were lost with the last process)', () => {
    const restarted = new AttestationCheck(key, 'entities', now + 1);
    expect(restarted.accept(attest(key, call, now), received, now + 2)).toBe(false);
    expect(restarted.accept(attest(key, call, now + 2), received, now + 3)).toBe(true);
  });

  it('are good only at the subgraph they name', () => {
    expect(check('locations').accept(attest(key, call, now), received, now)).toBe(false);
  });

  it('sign the variables in a canonical order: keys reordered in transit still match', () => {
    const header = attest(key, { ...call, variables: { b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } } }, now);
    expect(check().accept(header, { ...received, variables: { a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 } }, now)).toBe(true);
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });

  it('survive the trip through JSON that the call body makes', () => {
    const header = attest(key, call, now);
    const sent = JSON.parse(JSON.stringify({ query: call.query, variables: call.variables })) as { query: string; variables: unknown };
    expect(check().accept(header, { ...received, ...sent }, now)).toBe(true);
  });

  it('refuse the call changed in any part, or another key', () => {
    const header = attest(key, call, now);
    const changed: Partial<AttestedCall>[] = [
      { requestId: 'req-2' },
      { token: 'eyJ.other.token' },
      { query: '{ cases(first: 100) { edges { node { id } } } }' },
      { variables: { r: [{ __typename: 'Case', id: 'c2' }] } },
    ];
    for (const change of changed) expect(check().accept(header, { ...received, ...change }, now), JSON.stringify(change)).toBe(false);
    expect(new AttestationCheck('x'.repeat(43), 'entities', now - 1).accept(header, received, now)).toBe(false);
  });

  it('refuse missing, malformed, forged and far-future headers', () => {
    const [version, expires, nonce, signature] = attest(key, call, now).split('.');
    const farFuture = String(now + 10 * ATTESTATION_LIFETIME_MS);
    const headers = [
      undefined,
      '',
      'v2',
      `v1.${expires}.${signature}`,
      `${version}.${expires}.${nonce}.${signature}x`,
      `${version}.${farFuture}.${nonce}.${signature}`,
      `${version}.${expires}.${nonce}.${signature}.extra`,
      `${version}.abc.${nonce}.${signature}`,
      `${version}.${expires}.other-nonce-of-22-chars.${signature}`,
    ];
    for (const header of headers) expect(check().accept(header, received, now), String(header)).toBe(false);
  });
});
