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
 * @returns {string} the realm JSON the demo stacks import
 */
export function demoRealm(committed) {
  const realm = JSON.parse(committed);
  return `${JSON.stringify({ ...realm, passwordPolicy: DEMO_PASSWORD_POLICY }, null, 2)}\n`;
}
