import type { GraphQLFieldResolver, GraphQLScalarType } from 'graphql';

/**
 * A subgraph's resolvers, by type and field, in the shape `buildSubgraphSchema` takes them. Apollo's
 * own type for it lives only under the package's dist folder, which is not its public API.
 */
export interface ResolverMap<TContext> {
  // Each field's parent differs, so the parent is `any`, as in graphql-js's own resolver types.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  [typeName: string]:
    | { [fieldName: string]: GraphQLFieldResolver<any, TContext> | { requires?: string; resolve?: GraphQLFieldResolver<any, TContext> } }
    | GraphQLScalarType
    | { [enumValue: string]: string | number };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
