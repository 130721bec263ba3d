/**
 * An operation is visible to users of its participating forces and to hub users who see across
 * forces. Like the case predicate it reads the viewer from `$viewer`; the variable comes from code.
 */
export function operationVisible(operationVar: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(operationVar)) throw new Error(`not a Cypher variable: ${operationVar}`);
  return `($viewer.crossForce OR EXISTS { MATCH (${operationVar})-[:HAS_PARTICIPANT]->(:Force {code: $viewer.force}) })`;
}
