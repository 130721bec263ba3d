// @ts-check
// `npm run export -- <scope> --format graphml|csv|anx --recipient <name> --purpose <text> --user <username> [--password <pw>] [export options]`:
// runs the analyst's network export (the intel service's second entry point, dist/export-main.js) as
// the officer holding the token (see lib/officer-cli.mjs).
import { join } from 'node:path';
import { runOfficerCli } from './lib/officer-cli.mjs';
import { root } from './lib/stack.mjs';

await runOfficerCli({ name: 'export', entry: join(root, 'services', 'intel', 'dist', 'export-main.js'), who: 'an analyst or supervisor' });
