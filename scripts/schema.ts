// Writes each subgraph's SDL and the composed supergraph into schema/, and the TypeScript generated
// from them (scripts/lib/schema-types.ts). The gateway serves schema/supergraph.graphql;
// test/schema.test.ts fails when any of these files drifts from the code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSubgraphSchema } from '@apollo/subgraph';
import { compose, subgraphs } from './lib/compose.js';
import { schemaTypes, subgraphTypes } from './lib/schema-types.js';

const root = fileURLToPath(new URL('../', import.meta.url));

// `--only <subgraph>`: only that subgraph's generated types, from its code alone (while another is mid-change).
const only = process.argv.indexOf('--only');
if (only !== -1) {
  const subgraph = subgraphs.find((s) => s.name === process.argv[only + 1]);
  if (subgraph === undefined) throw new Error(`--only takes one of ${subgraphs.map((s) => s.name).join(', ')}`);
  const files = await subgraphTypes(subgraph.name, printSubgraphSchema(subgraph.build()) + '\n');
  for (const [path, text] of Object.entries(files)) writeFileSync(`${root}${path}`, text);
  console.log(`generated: ${Object.keys(files).join(', ')}`);
  process.exit(0);
}
const composed = compose();
for (const [name, text] of Object.entries(composed.sdl)) writeFileSync(`${root}schema/${name}.graphql`, text);
writeFileSync(`${root}schema/supergraph.graphql`, composed.supergraph);
const generated = await schemaTypes(composed);
for (const [path, text] of Object.entries(generated)) {
  mkdirSync(dirname(`${root}${path}`), { recursive: true });
  writeFileSync(`${root}${path}`, text);
}
console.log(
  `schema/: ${Object.keys(composed.sdl)
    .map((n) => `${n}.graphql`)
    .join(', ')}, supergraph.graphql`,
);
console.log(`generated: ${Object.keys(generated).join(', ')}`);
