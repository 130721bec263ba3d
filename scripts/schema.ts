// Writes each subgraph's SDL and the composed supergraph into schema/. The gateway serves
// schema/supergraph.graphql; test/schema.test.ts fails when these files drift from the code.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compose } from './lib/compose.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
const { sdl, supergraph } = compose();
for (const [name, text] of Object.entries(sdl)) writeFileSync(`${dir}${name}.graphql`, text);
writeFileSync(`${dir}supergraph.graphql`, supergraph);
console.log(
  `schema/: ${Object.keys(sdl)
    .map((n) => `${n}.graphql`)
    .join(', ')}, supergraph.graphql`,
);
