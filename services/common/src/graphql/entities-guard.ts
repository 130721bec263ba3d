import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLUnionType,
  type OperationDefinitionNode,
} from 'graphql';
import { tooComplex } from './limit-error.js';

/** Key field sets by entity type, for the types a subgraph resolves by reference. */
export type EntityKeys = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * The entity types of a subgraph schema and their resolvable keys, read from its `@key` directives.
 * A type whose keys are all `resolvable: false` is absent: the gateway never asks this subgraph for
 * it, so a representation of it is refused rather than echoed back as if it had been found.
 */
export function entityKeysOf(schema: GraphQLSchema): EntityKeys {
  const keys = new Map<string, string[][]>();
  // Read by shape, not instanceof: the schema may come from another copy of graphql (as in tests).
  const entity = schema.getType('_Entity') as (GraphQLNamedType & Partial<Pick<GraphQLUnionType, 'getTypes'>>) | undefined;
  if (entity?.getTypes === undefined) return keys;
  for (const type of entity.getTypes()) {
    const nodes = [type.astNode, ...type.extensionASTNodes].filter((node) => node !== undefined && node !== null);
    const sets: string[][] = [];
    for (const directive of nodes.flatMap((node) => node.directives ?? [])) {
      if (directive.name.value !== 'key') continue;
      const args = Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
      if (args['resolvable'] === false || typeof args['fields'] !== 'string') continue;
      sets.push(args['fields'].split(/\s+/).filter((field) => field !== ''));
    }
    if (sets.length > 0) keys.set(type.name, sets);
  }
  return keys;
}

/**
 * Checks the representations of every `_entities` field of an operation before any resolver runs:
 * at most `max` of them, and each an object naming an entity type this subgraph resolves, with every
 * field of one of its keys given as a non-empty string. The gateway only ever sends such; anything
 * else is a caller's mistake, answered QUERY_TOO_COMPLEX or VALIDATION_FAILED (HTTP 400), never
 * handed to a reference resolver.
 */
export function checkRepresentations(
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  keys: EntityKeys,
  max: number,
): void {
  const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === '_entities');
  for (const field of fields) {
    const argument = field.arguments?.find((arg) => arg.name.value === 'representations');
    if (argument === undefined) continue;
    const value: unknown = valueFromASTUntyped(argument.value, variables);
    const representations = Array.isArray(value) ? value : [value];
    if (representations.length > max) {
      throw tooComplex(
        'representations',
        max,
        representations.length,
        `The call carries ${representations.length} representations; at most ${max} are allowed`,
        [field],
      );
    }
    representations.forEach((representation, index) => {
      const problem = problemWith(representation, keys);
      if (problem !== undefined) {
        throw new GraphQLError(`Representation ${index} ${problem}`, {
          nodes: [field],
          extensions: { code: 'VALIDATION_FAILED', field: `representations[${index}]`, http: { status: 400 } },
        });
      }
    });
  }
}

function problemWith(representation: unknown, keys: EntityKeys): string | undefined {
  if (representation === null || typeof representation !== 'object' || Array.isArray(representation)) return 'is not an object';
  const fields = representation as Record<string, unknown>;
  const typename = fields['__typename'];
  if (typeof typename !== 'string') return 'has no __typename';
  const sets = keys.get(typename);
  if (sets === undefined) return `names ${JSON.stringify(typename.slice(0, 64))}, which is not an entity this service resolves`;
  const complete = sets.some((set) => set.every((key) => typeof fields[key] === 'string' && fields[key] !== ''));
  if (!complete) return `of ${typename} lacks its key (${sets.map((set) => set.join(' ')).join(' or ')})`;
  return undefined;
}
