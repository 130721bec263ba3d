import { valueFromASTUntyped, type GraphQLField, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The arguments the current selection gives `field` of `typeName` — asked for directly, in an inline
 * fragment or in a named fragment on that type — or null when the selection does not ask for it.
 * It lets a resolver start loading a child field at the same time as its parent (one database round
 * trip less on the way to the answer) when the child's loader would otherwise wait for the parent.
 * What is started this way is only what the child resolver then asks the same loader for.
 */
export function selectedArguments(info: GraphQLResolveInfo, typeName: string, field: string): Record<string, unknown> | null {
  // Duck-typed, not `isObjectType`: the schema may come from another copy of graphql (the subgraph
  // library loads its CommonJS build), and type checks by class fail across copies.
  const type = info.schema.getType(typeName) as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  const definition = type?.getFields?.()[field];
  if (definition === undefined) return null;
  for (const node of info.fieldNodes) {
    const found = findField(node.selectionSet, typeName, field, info);
    if (found !== null) return argumentValues(definition, found, info.variableValues);
  }
  return null;
}

type FieldNode = GraphQLResolveInfo['fieldNodes'][number];

/** Given arguments (variables resolved), and the defaults of those not given, as the field's resolver will get them. */
function argumentValues(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const argument of definition.args) {
    const given = node.arguments?.find((a) => a.name.value === argument.name);
    const value = given === undefined ? undefined : valueFromASTUntyped(given.value, variables);
    if (value !== undefined) values[argument.name] = value;
    else if (argument.defaultValue !== undefined) values[argument.name] = argument.defaultValue;
  }
  return values;
}

function findField(selectionSet: SelectionSetNode | undefined, typeName: string, field: string, info: GraphQLResolveInfo, depth = 0): FieldNode | null {
  if (selectionSet === undefined || depth > 8) return null;
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field' && selection.name.value === field) return selection;
    const fragment = selection.kind === 'InlineFragment' ? selection : selection.kind === 'FragmentSpread' ? info.fragments[selection.name.value] : undefined;
    if (fragment === undefined) continue;
    const condition = fragment.typeCondition?.name.value;
    if (condition !== undefined && condition !== typeName) continue;
    const found = findField(fragment.selectionSet, typeName, field, info, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
