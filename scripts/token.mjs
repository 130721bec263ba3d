// @ts-check
// `npm run -s token -- <username> [password]`: prints an access token for a demo user.
import { passwordToken } from './lib/graphql-client.mjs';
import { keycloakUrl } from './lib/keycloak.mjs';
import { stack } from './lib/stack.mjs';

const [username, password] = process.argv.slice(2);
if (!username) {
  console.error('usage: npm run -s token -- <username> [password]');
  process.exit(2);
}
const url = keycloakUrl(stack('dev'));
try {
  console.log(await passwordToken(url, username, password));
} catch (error) {
  // One line the user can act on; a stack trace says nothing more about a server that is down.
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  const unreachable = error instanceof TypeError;
  console.error(
    unreachable
      ? `token: Keycloak is not reachable at ${url}${cause}; is the platform running? (npm start)`
      : `token: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
