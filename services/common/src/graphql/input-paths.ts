import { Kind, visit, type DocumentNode, type OperationDefinitionNode, type ValueNode } from 'graphql';

/**
 * Where each variable of an operation goes, as the path of the argument it fills: in
 * `recordSuspect(input: $i)` the variable `i` is `input`, in `cases(filter: {force: $f})` `f` is
 * `filter.force`. Errors name the argument, not the variable: a variable's name is the client's
 * choice, the argument's is the schema's, and services name fields by their arguments too.
 */
export function argumentPaths(document: DocumentNode, operation?: OperationDefinitionNode | null): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (node: ValueNode, path: string): void => {
    if (node.kind === Kind.VARIABLE) {
      if (!paths.has(node.name.value)) paths.set(node.name.value, path);
    } else if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) walk(field.value, `${path}.${field.name.value}`);
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((item, i) => walk(item, `${path}[${i}]`));
    }
  };
  visit(document, {
    // Another operation of the document may use the same variable names for other arguments.
    OperationDefinition: (node) => (operation && node !== operation ? false : undefined),
    Argument: (node) => walk(node.value, node.name.value),
  });
  return paths;
}

/** `field` (e.g. `i.role`, `i[2].name`) with its leading variable name replaced by the argument's path. */
export function asArgumentPath(field: string, paths: ReadonlyMap<string, string>): string {
  const variable = /^[A-Za-z_][A-Za-z0-9_]*/.exec(field)?.[0];
  const argument = variable === undefined ? undefined : paths.get(variable);
  return argument === undefined ? field : argument + field.slice(variable!.length);
}
