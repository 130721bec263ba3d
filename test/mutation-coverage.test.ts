import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mutationSpecs } from './support/mutation-specs.js';

// The access matrix (access-matrix.e2e.ts) attempts every mutation of the API as every writer; a
// mutation without a spec would escape it, so a new one must come with its spec.
describe('the access matrix’s mutation specs', () => {
  it('cover every mutation of the supergraph, once', () => {
    const sdl = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
    const mutations = Object.keys(buildSchema(sdl, { assumeValidSDL: true }).getMutationType()?.getFields() ?? {}).sort();
    const specified = mutationSpecs.map((s) => s.field).sort();
    expect(specified).toEqual(mutations);
  });
});
