import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange, gql } from 'urql';
import { describe, expect, it } from 'vitest';
import { keptExtensions } from './extensions.js';

const withheld = { count: 3, code: 'PURPOSE_REQUIRED', message: '3 records of other forces left out' };
const Cases = gql`
  query Cases {
    cases {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`;

/** A client over the normalised cache whose "gateway" answers with the extensions given, in turn. */
function clientAnswering(...answers: (Record<string, unknown> | undefined)[]): Client {
  const kept = keptExtensions();
  let call = 0;
  return new Client({
    url: 'http://gateway.test/graphql',
    exchanges: [kept.outer, cacheExchange({ keys: { CaseConnection: () => null, CaseEdge: () => null } }), kept.inner, fetchExchange],
    fetch: async () => {
      const extensions = answers[Math.min(call++, answers.length - 1)];
      const body = {
        data: { cases: { __typename: 'CaseConnection', edges: [{ __typename: 'CaseEdge', node: { __typename: 'Case', id: 'c1', title: 'Own case' } }] } },
        ...(extensions ? { extensions } : {}),
      };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    },
  });
}

describe('extensions kept through the normalised cache', () => {
  it('hands the view what the list left out, although the cache keeps data only', async () => {
    const client = clientAnswering({ withheld });
    await client.query(Cases, {}).toPromise();
    // What a view reads next comes from the cache, which holds the data and nothing else.
    const cached = await client.query(Cases, {}, { requestPolicy: 'cache-only' }).toPromise();
    expect(cached.data?.cases.edges).toHaveLength(1);
    expect(cached.extensions).toEqual({ withheld });
  });

  it('drops them once an answer without them replaces the first', async () => {
    const client = clientAnswering({ withheld }, undefined);
    await client.query(Cases, {}).toPromise();
    const again = await client.query(Cases, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(again.extensions ?? {}).toEqual({});
  });
});
