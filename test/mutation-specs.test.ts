import { mutationOperations } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { mutationSpecs } from './support/mutation-specs.js';

// The access matrix claims to attempt every mutation of the API: this keeps the claim true. The
// table of audit operations is itself checked against schema/supergraph.graphql (common's
// mutation-operations.test.ts), so a mutation added to the API without a spec here fails.
describe('the access matrix’s mutation specs', () => {
  it('cover every mutation of the API, once', () => {
    const fields = mutationSpecs.map((spec) => spec.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect([...fields].sort()).toEqual(Object.keys(mutationOperations).sort());
  });

  it('expect of each the audit operation its table entry gives', () => {
    for (const spec of mutationSpecs)
      expect([spec.field, spec.operation]).toEqual([spec.field, mutationOperations[spec.field as keyof typeof mutationOperations]]);
  });
});
