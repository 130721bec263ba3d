import type { CypherQuery } from '../neo4j/cypher.js';

/** A value that would break out of a Cypher string, or run a statement of its own, were it ever put into the text. */
export const HOSTILE = "x' }) MATCH (n) DETACH DELETE n //";

/**
 * What is wrong with how a built statement carries `value` (given in every input it takes): the
 * value in its text, a `$parameter` the text names but the parameters lack, or the value in none of
 * the parameters. Empty when the statement is parameterised as it should be.
 */
export function parameterProblems(query: CypherQuery<unknown>, value: string = HOSTILE): string[] {
  const problems: string[] = [];
  if (query.text.includes(value)) problems.push('the value is in the statement text');
  if (query.text.includes('DETACH DELETE')) problems.push('the statement text deletes');
  for (const [, name] of query.text.matchAll(/\$([A-Za-z_]\w*)/g)) {
    if (name !== undefined && !(name in query.params)) problems.push(`$${name} is not among the parameters`);
  }
  if (!JSON.stringify(query.params).includes(JSON.stringify(value).slice(1, -1))) problems.push('the value is in no parameter');
  return problems;
}
