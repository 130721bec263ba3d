import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { defaultQueryLimits, limitRules } from './limits.js';

const schema = buildSchema(`
  type Person { name: String, cases(first: Int): [Case] }
  type Case { title: String, people: [Person] }
  type Query { person: Person, cases(first: Int): [Case] }
`);

const errorsOf = (query: string, limits = {}) => validate(schema, parse(query), limitRules({ ...defaultQueryLimits, ...limits }));

describe('query limits', () => {
  it('let an ordinary query through', () => {
    expect(errorsOf('{ person { name cases(first: 20) { title people { name } } } }')).toEqual([]);
  });

  it('refuse more aliases than allowed, counting through fragments, as QUERY_TOO_COMPLEX', () => {
    const errors = errorsOf('{ a: person { name } ...F } fragment F on Query { b: person { name } c: person { name } }', { maxAliases: 2 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 2, found: 3 });
  });

  it('refuse a query whose cost passes the limit: a page size multiplies what it holds', () => {
    const query = '{ cases(first: 100) { title people { name cases(first: 100) { title } } } }';
    const errors = errorsOf(query, { maxCost: 5000 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 5000 });
    expect(errors[0]?.extensions['found']).toBeGreaterThan(5000);
    expect(errorsOf(query.replaceAll('100', '2'), { maxCost: 5000 })).toEqual([]);
  });

  it('still refuse over-deep queries', () => {
    expect(errorsOf('{ person { cases { people { name } } } }', { maxDepth: 3 })[0]?.extensions).toMatchObject({ limit: 'depth' });
  });
});
