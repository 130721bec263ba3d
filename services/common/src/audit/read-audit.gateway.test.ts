import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit-event.js';
import { gatewayAuditPlugin, type GatewayAuditContext } from './read-audit.js';

type GatewayContext = GatewayAuditContext;

const entries = [
  { id: 'e1', service: 'cases', action: 'Query.case', records: ['Case:c1'] },
  { id: 'e2', service: 'entities', action: 'Query.case', records: ['Person:p1'] },
] as unknown as AuditEntry[];

async function run(fail: boolean, query = '{ title }') {
  const appended: AuditEntry[][] = [];
  const executor = {
    append: async (batch: AuditEntry[]) => {
      if (fail) throw new Error('disk full');
      appended.push([...batch]);
    },
  };
  const server = new ApolloServer<GatewayContext>({
    typeDefs: 'type Query { title: String } type Operation { id: ID! name: String! } type Mutation { createOperation: Operation }',
    // Stands in for the subgraph calls: each hands back what it consulted.
    resolvers: {
      Query: { title: (_root: unknown, _args: unknown, ctx: GatewayContext) => (ctx.consulted.push(...entries), 'Op Kestrel') },
      Mutation: {
        createOperation: (_root: unknown, _args: unknown, ctx: GatewayContext) => (ctx.consulted.push(...entries), { id: 'o1', name: 'Op Kestrel' }),
      },
    },
    plugins: [gatewayAuditPlugin(executor)],
  });
  await server.start();
  const contextValue: GatewayContext = { consulted: [], withheld: [2, 1] };
  const response = await server.executeOperation({ query }, { contextValue });
  await server.stop();
  return { body: response.body.kind === 'single' ? response.body.singleResult : undefined, appended };
}

describe('the gateway audit', () => {
  it('writes what every subgraph consulted in one append before answering', async () => {
    const { body, appended } = await run(false);
    expect(body?.data).toEqual({ title: 'Op Kestrel' });
    expect(appended).toEqual([entries]);
    // What the subgraphs left out for want of a purpose, added up in the answer.
    expect(body?.extensions?.['withheld']).toMatchObject({ count: 3, code: 'PURPOSE_REQUIRED' });
  });

  it('fails closed: when the append fails, the answer is withheld', async () => {
    const { body } = await run(true);
    expect(body?.data).toBeUndefined();
    expect(body?.errors?.[0]?.extensions?.['code']).toBe('AUDIT_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toContain('Kestrel');
  });

  it('tells the truth of a mutation whose change committed: made, with the id it wrote and nothing more', async () => {
    const { body } = await run(true, 'mutation { createOperation { id name } }');
    expect(body?.data).toEqual({ createOperation: { id: 'o1' } });
    expect(body?.errors?.[0]?.extensions).toEqual({ code: 'AUDIT_UNAVAILABLE', changeMade: true });
    expect(JSON.stringify(body)).not.toContain('Kestrel');
  });
});
