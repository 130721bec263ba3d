// @ts-check
// `npm run import -- <format> <file> --force <CODE> --user <username> [--password <pw>] [importer options]`:
// runs the importer (services/importer) as the officer holding the token (see lib/officer-cli.mjs).
import { join } from 'node:path';
import { runOfficerCli } from './lib/officer-cli.mjs';
import { root } from './lib/stack.mjs';

await runOfficerCli({ name: 'import', entry: join(root, 'services', 'importer', 'dist', 'main.js'), who: 'a supervisor of the force' });
