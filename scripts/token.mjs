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
console.log(await passwordToken(keycloakUrl(stack('dev')), username, password));
