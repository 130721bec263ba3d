import { AttestationCheck, AUDIT_EXTENSION, ATTESTATION_HEADER, readPurpose, type AuditEntry } from '@crosslink/common';
import { createServer } from 'node:http';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SubgraphSource, type GatewayContext } from './subgraph-source.js';

const key = 'a-test-attestation-key-of-32-chars-or-more';
const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl';

function context(): GatewayContext {
  return {
    principal: {
      userId: 'u1',
      username: 'detective.gmp',
      displayName: 'D',
      roles: new Set(['detective']),
      force: 'GMP',
      clearance: 'OFFICIAL',
      caveats: new Set(),
    },
    token,
    requestId: 'req-1',
    purpose: 'Morning review',
    consulted: [],
    withheld: [],
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
    const cases = () => new AttestationCheck(key, 'cases', Date.now() - 1000);
    expect(cases().accept(headers.get(ATTESTATION_HEADER) ?? undefined, call)).toBe(true);
    expect(cases().accept(headers.get(ATTESTATION_HEADER) ?? undefined, { ...call, variables: { a: 2 } })).toBe(false);
    expect(new AttestationCheck(key, 'entities', Date.now() - 1000).accept(headers.get(ATTESTATION_HEADER) ?? undefined, call)).toBe(false);
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
    const response = { data: { case: { id: 'c1' } }, extensions: { [AUDIT_EXTENSION]: [entry], withheld: { count: 2 } } };
    const received = source.didReceiveResponse({ response, context: ctx, request: {} } as unknown as Received);
    expect(ctx.consulted).toEqual([entry]);
    expect(ctx.withheld).toEqual([2]);
    expect(received.extensions).not.toHaveProperty(AUDIT_EXTENSION);
    expect(received.extensions).not.toHaveProperty('withheld');
  });

  it('refuse a subgraph answer that holds data but no audit', () => {
    const source = new SubgraphSource('entities', 'http://127.0.0.1:1/graphql', key);
    const response = { data: { _entities: [{ people: [] }] } };
    expect(() => source.didReceiveResponse({ response, context: context(), request: {} } as unknown as Received)).toThrow(
      /entities subgraph answered without its audit/,
    );
  });
});

describe('a subgraph call past its deadline', () => {
  it('is answered SUBGRAPH_TIMEOUT, retryable, once the deadline passes', async () => {
    // A subgraph that accepts the call and never answers.
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const source = new SubgraphSource('cases', `http://127.0.0.1:${port}/graphql`, key, 300);
      const request = { query: '{ case(reference: "GMP-2026-00001") { id } }', variables: {}, http: { method: 'POST', url: '', headers: new Headers() } };
      const began = Date.now();
      const failure = await source
        .process({ kind: 'incoming operation', request, context: context(), incomingRequestContext: {} } as never)
        .catch((error: unknown) => error);
      expect(Date.now() - began).toBeLessThan(3_000);
      expect(failure).toBeInstanceOf(GraphQLError);
      expect((failure as GraphQLError).extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT', retryable: true, service: 'cases' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
