import { readFileSync } from 'node:fs';
import { Kind, parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { auditOperations } from './audit-event.js';
import { mutationOperations } from './mutation-operations.js';

/** The root fields of Mutation in the composed supergraph, as every client sees them. */
function supergraphMutations(): string[] {
  const sdl = readFileSync(new URL('../../../../schema/supergraph.graphql', import.meta.url), 'utf8');
  const fields = parse(sdl)
    .definitions.filter(
      (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Mutation',
    )
    .flatMap((d) => d.fields ?? [])
    .map((f) => f.name.value);
  return [...new Set(fields)].sort();
}

describe('mutationOperations', () => {
  it('has one entry for every mutation of the supergraph, and none for a mutation it lacks', () => {
    const mutations = supergraphMutations();
    expect(mutations.length).toBeGreaterThan(0);
    expect(Object.keys(mutationOperations).sort()).toEqual(mutations);
  });

  it('gives each a DPA s.62 operation a write performs (consultation is the reads’ alone)', () => {
    for (const operation of Object.values(mutationOperations)) {
      expect(auditOperations).toContain(operation);
      expect(operation).not.toBe('CONSULTATION');
    }
  });
});
