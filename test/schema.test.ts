import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compose, subgraphs } from '../scripts/lib/compose.js';
import { schemaTypes } from '../scripts/lib/schema-types.js';

const committed = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

// schema/ and the generated types are written by `npm run schema` and committed; the gateway serves
// schema/supergraph.graphql, and resolvers are type-checked against the generated types.
describe('schema/', () => {
  const composed = compose();

  it.each(subgraphs.map((s) => s.name))('%s.graphql matches the subgraph’s code', (name) => {
    expect(committed(`schema/${name}.graphql`), `schema/${name}.graphql is stale: run npm run schema`).toBe(composed.sdl[name]);
  });

  it('supergraph.graphql composes from the subgraphs and is up to date', () => {
    expect(committed('schema/supergraph.graphql'), 'schema/supergraph.graphql is stale: run npm run schema').toBe(composed.supergraph);
  });

  it('the generated types match the schema', async () => {
    const generated = await schemaTypes(composed);
    expect(Object.keys(generated).length).toBe(2 * subgraphs.length + 1);
    for (const [path, text] of Object.entries(generated)) expect(committed(path), `${path} is stale: run npm run schema`).toBe(text);
  });
});
