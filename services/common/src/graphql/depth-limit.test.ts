import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from './depth-limit.js';

const schema = buildSchema(`
  type Person { name: String, cases: [Case], addresses: [Address] }
  type Case { title: String, people: [Person] }
  type Address { postcode: String }
  type Query { person: Person, case: Case }
`);

const errorsOf = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]);

describe('depthLimit', () => {
  it('allows an operation exactly at the limit', () => {
    expect(errorsOf('{ person { cases { title } } }', 3)).toEqual([]);
  });

  it('refuses an operation one level deeper, saying how deep', () => {
    const errors = errorsOf('{ person { cases { people { name } } } }', 3);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('The query nests 4 levels; at most 3 are allowed');
    expect(errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 3, found: 4 });
  });

  it('measures the deepest branch, not the first', () => {
    expect(errorsOf('{ case { title } person { name cases { people { addresses { postcode } } } } }', 4)).toHaveLength(1);
  });

  it('counts fields reached through named fragments', () => {
    const query = `
      { person { ...PersonCases } }
      fragment PersonCases on Person { cases { ...CasePeople } }
      fragment CasePeople on Case { people { name } }
    `;
    expect(errorsOf(query, 4)).toEqual([]);
    expect(errorsOf(query, 3)).toHaveLength(1);
  });

  it('counts fields reached through inline fragments without counting the fragment', () => {
    const query = '{ person { ... on Person { cases { ... on Case { people { name } } } } } }';
    expect(errorsOf(query, 4)).toEqual([]);
    expect(errorsOf(query, 3)).toHaveLength(1);
  });

  it('judges each operation of a document on its own', () => {
    const errors = errorsOf('query Shallow { person { name } } query Deep { person { cases { people { name } } } }', 3);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.nodes?.[0]).toMatchObject({ name: { value: 'Deep' } });
  });

  it('terminates on cyclic fragments', () => {
    // graphql's own NoFragmentCycles rule would refuse this; the depth rule must still not loop.
    const query = `
      { person { ...A } }
      fragment A on Person { cases { people { ...A } } }
    `;
    const errors = errorsOf(query, 2);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('The query nests 3 levels; at most 2 are allowed');
  });

  it('terminates on mutually recursive fragments', () => {
    const query = `
      { person { ...P } }
      fragment P on Person { cases { ...C } }
      fragment C on Case { people { ...P } }
    `;
    expect(errorsOf(query, 10)).toEqual([]);
  });

  it('ignores a spread of an unknown fragment', () => {
    expect(errorsOf('{ person { ...Missing name } }', 2)).toEqual([]);
  });
});
