import { Client, fetchExchange, mapExchange } from 'urql';
import type { Session } from '../session/session.js';
import { crosslinkCache } from './cache.js';
import { purposeReason } from './errors.js';
import { keptExtensions } from './extensions.js';
import { purposeStore } from './purpose.js';

/**
 * The console's one GraphQL client: a normalised cache (a record changed by a mutation is changed
 * in every view showing it), the officer's token and the task's purpose on every request, and the
 * purpose prompt opened when the gateway refuses for the want of one.
 */
export function graphqlClient(session: Session): Client {
  const extensions = keptExtensions();
  return new Client({
    url: session.config.gatewayUrl,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      extensions.outer,
      crosslinkCache,
      extensions.inner,
      mapExchange({
        onResult(result) {
          // Only a view refused outright asks at once; a record further in (another force's case a
          // claim names) is left out of an answer that stands, and the view offers the prompt.
          const refused = result.error?.graphQLErrors.find((error) => error.extensions['code'] === 'PURPOSE_REQUIRED' && (error.path?.length ?? 0) <= 1);
          if (refused !== undefined) purposeStore.ask(purposeReason(refused.extensions['record'] as string | undefined));
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
