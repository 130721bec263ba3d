import { describe, expect, it } from 'vitest';
import { attest, ATTESTATION_LIFETIME_MS, isAttested, type AttestedCall } from './attestation.js';

const key = 'k'.repeat(43);
const call: AttestedCall = {
  requestId: 'req-1',
  token: 'eyJ.header.payload',
  query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { people { role } } } }',
  variables: { r: [{ __typename: 'Case', id: 'c1' }] },
};
const now = 1_800_000_000_000;

describe('gateway audit attestations', () => {
  it('accept the exact call they were made for, until they expire', () => {
    const header = attest(key, call, now);
    expect(isAttested(key, header, call, now)).toBe(true);
    expect(isAttested(key, header, call, now + ATTESTATION_LIFETIME_MS - 1)).toBe(true);
    expect(isAttested(key, header, call, now + ATTESTATION_LIFETIME_MS)).toBe(false);
  });

  it('survive the trip through JSON that the call body makes', () => {
    const header = attest(key, call, now);
    const received = JSON.parse(JSON.stringify({ query: call.query, variables: call.variables })) as { query: string; variables: unknown };
    expect(isAttested(key, header, { ...call, ...received }, now)).toBe(true);
  });

  it('refuse the call changed in any part, or another key', () => {
    const header = attest(key, call, now);
    const changed: Partial<AttestedCall>[] = [
      { requestId: 'req-2' },
      { token: 'eyJ.other.token' },
      { query: '{ cases(first: 100) { edges { node { id } } } }' },
      { variables: { r: [{ __typename: 'Case', id: 'c2' }] } },
    ];
    for (const change of changed) expect(isAttested(key, header, { ...call, ...change }, now), JSON.stringify(change)).toBe(false);
    expect(isAttested('x'.repeat(43), header, call, now)).toBe(false);
  });

  it('refuse missing, malformed, forged and far-future headers', () => {
    const [version, expires, signature] = attest(key, call, now).split('.');
    const farFuture = String(now + 10 * ATTESTATION_LIFETIME_MS);
    for (const header of [undefined, '', 'v1', `v2.${expires}.${signature}`, `v1.${expires}.${signature}x`, `v1.${farFuture}.${signature}`, `${version}.${expires}.${signature}.extra`, `v1.abc.${signature}`]) {
      expect(isAttested(key, header, call, now), String(header)).toBe(false);
    }
  });
});
