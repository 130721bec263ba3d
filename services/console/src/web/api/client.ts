import { Client, fetchExchange, mapExchange } from 'urql';
import type { Session } from '../session/session.js';
import { crosslinkCache } from './cache.js';
import { errorOf } from './errors.js';
import { purposeStore } from './purpose.js';

/**
 * The console's one GraphQL client: a normalised cache (a record changed by a mutation is changed
 * in every view showing it), the officer's token and the task's purpose on every request, and the
 * purpose prompt opened when the gateway refuses for the want of one.
 */
export function graphqlClient(session: Session): Client {
  return new Client({
    url: session.config.gatewayUrl,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      crosslinkCache,
      mapExchange({
        onResult(result) {
          const error = errorOf(result.error);
          if (error?.code === 'PURPOSE_REQUIRED') purposeStore.ask(error.message);
          return result;
        },
      }),
      fetchExchange,
    ],
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${await session.token()}`);
      const { purpose } = purposeStore.get();
      if (purpose !== null) headers.set('x-crosslink-purpose', purpose);
      return fetch(input, { ...init, headers });
    },
  });
}
