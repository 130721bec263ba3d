import { graphql, buildSchema, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedArguments } from './lookahead.js';

const schema = buildSchema(`
  type Case { id: ID! people: [String!]! objects(first: Int = 20, after: String, kind: String): [String!]! }
  union Entity = Case
  type Query { entities: [Entity]! case: Case }
`);

/** Runs `query` and returns what selectedArguments says, seen from the root field's resolver. */
async function argsSeen(query: string, variables: Record<string, unknown> = {}) {
  let seen: Record<string, unknown> | null | undefined;
  const look = (info: GraphQLResolveInfo) => {
    seen = selectedArguments(info, 'Case', 'objects');
    return null;
  };
  const result = await graphql({
    schema,
    source: query,
    variableValues: variables,
    rootValue: {
      entities: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => (look(info), []),
      case: (_: unknown, _ctx: unknown, info: GraphQLResolveInfo) => look(info),
    },
  });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe('selectedArguments', () => {
  it('finds a field asked for directly, with its defaults', async () => {
    expect(await argsSeen('{ case { id objects } }')).toEqual({ first: 20 });
  });

  it('resolves variables', async () => {
    expect(await argsSeen('query ($n: Int, $a: String) { case { objects(first: $n, after: $a) } }', { n: 50, a: 'cursor' })).toEqual({
      first: 50,
      after: 'cursor',
    });
  });

  it('looks into inline fragments on the type and named fragments', async () => {
    expect(await argsSeen('{ entities { ... on Case { people objects(first: 5) } } }')).toEqual({ first: 5 });
    expect(await argsSeen('{ entities { ...F } } fragment F on Case { objects(kind: "Phone") }')).toEqual({ first: 20, kind: 'Phone' });
  });

  it('says null when the field is not asked for', async () => {
    expect(await argsSeen('{ case { id people } }')).toBeNull();
  });
});
