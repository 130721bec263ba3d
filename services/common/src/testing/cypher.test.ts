import { describe, expect, it } from 'vitest';
import { cypher } from '../neo4j/cypher.js';
import { HOSTILE, parameterProblems } from './cypher.js';

describe('parameterProblems', () => {
  it('finds nothing wrong with a statement that takes the value as a parameter', () => {
    expect(parameterProblems(cypher('MATCH (c:Case {id: $id}) WHERE c.force = $viewer.force RETURN c', { id: HOSTILE, viewer: {} }))).toEqual([]);
  });

  it('finds the value put into the text', () => {
    expect(parameterProblems(cypher(`MATCH (c:Case {id: '${HOSTILE}'}) RETURN c`, {}))).toEqual([
      'the value is in the statement text',
      'the statement text deletes',
      'the value is in no parameter',
    ]);
  });

  it('finds a parameter the text names but the statement does not pass', () => {
    expect(parameterProblems(cypher('MATCH (c:Case {id: $id}) WHERE c.force = $force RETURN c', { id: HOSTILE }))).toEqual([
      '$force is not among the parameters',
    ]);
  });
});
