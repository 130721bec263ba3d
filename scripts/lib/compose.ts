import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { buildSchema as buildCases } from '../../services/cases/src/schema.js';
import { buildSchema as buildEntities } from '../../services/entities/src/schema.js';
import { buildSchema as buildIntel } from '../../services/intel/src/schema.js';
import { buildSchema as buildLocations } from '../../services/locations/src/schema.js';

/** Every subgraph with the URL the local platform serves it on (the gateway may override). */
export const subgraphs = [
  { name: 'cases', url: 'http://127.0.0.1:4001/graphql', build: buildCases },
  { name: 'entities', url: 'http://127.0.0.1:4002/graphql', build: buildEntities },
  { name: 'locations', url: 'http://127.0.0.1:4003/graphql', build: buildLocations },
  { name: 'intel', url: 'http://127.0.0.1:4004/graphql', build: buildIntel },
] as const;

export interface Composed {
  /** Printed SDL by subgraph name. */
  readonly sdl: Record<string, string>;
  readonly supergraph: string;
}

/** Prints each subgraph's SDL from its code and composes the supergraph; throws listing every composition error. */
export function compose(): Composed {
  const sdl: Record<string, string> = {};
  for (const subgraph of subgraphs) sdl[subgraph.name] = printSubgraphSchema(subgraph.build()) + '\n';
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(sdl[s.name] ?? '') })));
  if (result.errors !== undefined) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return { sdl, supergraph: result.supergraphSdl + '\n' };
}
