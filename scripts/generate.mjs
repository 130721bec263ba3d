// @ts-check
// `npm run generate -- --people <n> --out <dir> [--seed <int>]`: writes a synthetic national graph, one
// neo4j-admin CSV bundle per territorial force and truth.json (where the county lines, trafficking rings,
// fraud networks and people recorded twice are), for the importer and the benchmarks. It needs no running
// platform; everything after `--` is the generator's own command line (services/importer/src/generate-main.ts).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build, ensureNodeModules } from './lib/install.mjs';
import { root } from './lib/stack.mjs';

ensureNodeModules();
build();
const child = spawn(process.execPath, ['--enable-source-maps', join(root, 'services', 'importer', 'dist', 'generate-main.js'), ...process.argv.slice(2)], {
  cwd: process.env['INIT_CWD'] ?? process.cwd(),
  stdio: 'inherit',
});
child.on('close', (code) => process.exit(code ?? 1));
