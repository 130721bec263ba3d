import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkRepresentations, entityKeysOf } from './entities-guard.js';

const schema = buildSubgraphSchema({
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query { ping: String }
    type Case @key(fields: "id") @key(fields: "reference") { id: ID!, reference: String! }
    type Force @key(fields: "code", resolvable: false) { code: ID! }
  `),
});
const keys = entityKeysOf(schema);
const operation = parse('query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }')
  .definitions[0] as OperationDefinitionNode;
const check =
  (representations: unknown[], max = 10) =>
  () =>
    checkRepresentations(operation, { representations }, keys, max);

describe('_entities representations', () => {
  it('reads the resolvable keys of each entity type', () => {
    expect(keys).toEqual(new Map([['Case', [['id'], ['reference']]]]));
  });

  it('accept what the gateway sends, by either key', () => {
    expect(
      check([
        { __typename: 'Case', id: 'c1' },
        { __typename: 'Case', reference: 'GMP-2026-00001' },
      ]),
    ).not.toThrow();
  });

  it('refuse more than allowed as QUERY_TOO_COMPLEX', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ __typename: 'Case', id: `c${i}` }));
    expect(check(many)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'representations', found: 11 }) }),
    );
  });

  it.each([
    ['not an object', 'Case'],
    ['without a __typename', { id: 'c1' }],
    ['of an unknown type', { __typename: 'Nope', id: 'c1' }],
    ['of a type only referenced here', { __typename: 'Force', code: 'GMP' }],
    ['without its key', { __typename: 'Case', title: 'x' }],
    ['with a key that is not a string', { __typename: 'Case', id: 42 }],
  ])('refuse one %s as VALIDATION_FAILED naming it', (_what, representation) => {
    expect(check([{ __typename: 'Case', id: 'c0' }, representation])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'representations[1]' }) }),
    );
  });
});
