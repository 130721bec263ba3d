import { AUDIT_EXTENSION, isAttested, ATTESTATION_HEADER, readPurpose, type AuditEntry } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { SubgraphSource, type GatewayContext } from './subgraph-source.js';

const key = 'a-test-attestation-key-of-32-chars-or-more';
const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl';

function context(): GatewayContext {
  return {
    principal: { userId: 'u1', username: 'detective.gmp', displayName: 'D', roles: new Set(['detective']), force: 'GMP', clearance: 'OFFICIAL', caveats: new Set() },
    token,
    requestId: 'req-1',
    purpose: 'Morning review',
    consulted: [],
  };
}

const entry = { id: 'e1', action: 'Query.case', records: ['Case:c1'] } as unknown as AuditEntry;
type Received = Parameters<SubgraphSource['didReceiveResponse']>[0];

describe('calls to a subgraph', () => {
  it('carry the token, request id, purpose and an attestation for exactly the operation sent', () => {
    const source = new SubgraphSource('cases', 'http://127.0.0.1:1/graphql', key);
    const request = { query: '{ case(reference: "GMP-2026-00001") { id } }', variables: { a: 1 }, http: { method: 'POST', url: '', headers: new Headers() } };
    source.willSendRequest({ request, context: context() } as never);
    const headers = request.http.headers;
    expect(headers.get('authorization')).toBe(`Bearer ${token}`);
    expect(headers.get('x-crosslink-purpose')).toBe('Morning review');
    const call = { requestId: 'req-1', token, query: request.query, variables: request.variables };
    expect(isAttested(key, headers.get(ATTESTATION_HEADER) ?? undefined, call)).toBe(true);
    expect(isAttested(key, headers.get(ATTESTATION_HEADER) ?? undefined, { ...call, variables: { a: 2 } })).toBe(false);
  });

  it('forward a purpose beyond ASCII as the UTF-8 bytes the subgraph decodes back to it', () => {
    const source = new SubgraphSource('cases', 'http://127.0.0.1:1/graphql', key);
    const request = { query: '{ __typename }', http: { method: 'POST', url: '', headers: new Headers() } };
    source.willSendRequest({ request, context: { ...context(), purpose: 'Enquête Zoë — ŁÓDŹ' } } as never);
    const sent = request.http.headers.get('x-crosslink-purpose') ?? '';
    expect(readPurpose(sent)).toEqual({ purpose: 'Enquête Zoë — ŁÓDŹ' });
  });

  it('hand what the subgraph consulted to the request and keep it out of the answer', () => {
    const source = new SubgraphSource('cases', 'http://127.0.0.1:1/graphql', key);
    const ctx = context();
    const response = { data: { case: { id: 'c1' } }, extensions: { [AUDIT_EXTENSION]: [entry] } };
    const received = source.didReceiveResponse({ response, context: ctx, request: {} } as unknown as Received);
    expect(ctx.consulted).toEqual([entry]);
    expect(received.extensions).not.toHaveProperty(AUDIT_EXTENSION);
  });

  it('refuse a subgraph answer that holds data but no audit', () => {
    const source = new SubgraphSource('entities', 'http://127.0.0.1:1/graphql', key);
    const response = { data: { _entities: [{ people: [] }] } };
    expect(() => source.didReceiveResponse({ response, context: context(), request: {} } as unknown as Received)).toThrow(/entities subgraph answered without its audit/);
  });
});
