// @ts-check
// The realm the development and test stacks import: the committed realm, with the demo's cheap
// password hashing. The committed realm file names no hash algorithm, so anywhere else it is
// imported Keycloak hashes passwords with its own current default (Argon2 in Keycloak 26); only
// these throwaway stacks, whose every password is the published demo password, trade that for
// speed (a password grant per test user, on a shared machine).

/** The demo stacks' password policy: PBKDF2 at 1,000 iterations — never for real passwords. */
export const DEMO_PASSWORD_POLICY = 'hashAlgorithm(pbkdf2-sha256) and hashIterations(1000) and length(8)';

/**
 * @param {string} committed the committed realm file's text
 * @param {{ directorySecret?: string, consoleOrigin?: string }} [options] the stack's secret for the
 *   officer-directory client (the committed realm holds none: each stack makes its own, see
 *   stack.mjs), and the origin its console is served from (the committed realm names the development
 *   console's; a test stack's is on other ports)
 * @returns {string} the realm JSON the demo stacks import
 */
export function demoRealm(committed, options = {}) {
  const realm = JSON.parse(committed);
  const clients = (realm.clients ?? []).map((/** @type {{ clientId: string, attributes?: Record<string, string> }} */ client) => {
    if (client.clientId === 'crosslink-directory' && options.directorySecret !== undefined) return { ...client, secret: options.directorySecret };
    if (client.clientId === 'crosslink-console' && options.consoleOrigin !== undefined) {
      const pattern = `${options.consoleOrigin}/*`;
      return { ...client, redirectUris: [pattern], attributes: { ...client.attributes, 'post.logout.redirect.uris': pattern } };
    }
    return client;
  });
  return `${JSON.stringify({ ...realm, clients, passwordPolicy: DEMO_PASSWORD_POLICY }, null, 2)}\n`;
}
