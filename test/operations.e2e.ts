import { uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ADD_CASE, collectPages, CREATE_OPERATION, gql, OPERATION, refused, TRANSFER_LEAD } from './support/coordination.js';
import { openCase } from './support/fixtures.js';
import { closeDriver, count } from './support/neo4j.js';

afterAll(closeDriver);

const codes = (forces: { code: string }[]) => forces.map((f) => f.code).sort();

describe('operations through the gateway', () => {
  it('joins cases of several forces under a lead, and transfers the lead with its history kept', async () => {
    const gmpCase = await openCase('detective.gmp');
    const metCase = await openCase('detective.met');
    const created = (
      await gql('supervisor.nca', CREATE_OPERATION, {
        input: { name: `Op Ember ${uniqueSuffix()}`, caseIds: [gmpCase.id, metCase.id], leadForce: 'GMP', reason: 'One deal line across both' },
      })
    ).createOperation;
    expect(created.leadForce.code).toBe('GMP');
    expect(codes(created.participants)).toEqual(['GMP', 'MPS']);

    // Only a supervisor of the lead force (or the hub) runs it.
    expect(await refused('detective.gmp', TRANSFER_LEAD, { input: { operationId: created.id, leadForce: 'MPS', reason: 'x' } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refused('supervisor.gmp', TRANSFER_LEAD, { input: { operationId: created.id, leadForce: 'GMP', reason: 'x' } })).toMatchObject({
      code: 'INVALID_TRANSITION',
      field: 'input.leadForce',
    });
    expect(await refused('supervisor.gmp', TRANSFER_LEAD, { input: { operationId: created.id, leadForce: 'MPS', reason: '  ' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.reason',
    });
    const moved = (await gql('supervisor.gmp', TRANSFER_LEAD, { input: { operationId: created.id, leadForce: 'MPS', reason: 'Controller lives in London' } }))
      .transferOperationLead;
    expect(moved.leadForce.code).toBe('MPS');
    // GMP no longer leads, so its supervisor may not transfer again; the hub may.
    expect(await refused('supervisor.gmp', TRANSFER_LEAD, { input: { operationId: created.id, leadForce: 'GMP', reason: 'back' } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    await gql('supervisor.nca', TRANSFER_LEAD, { input: { operationId: created.id, leadForce: 'NCA', reason: 'Three forces now involved' } });

    const op = (await gql('analyst.nca', OPERATION, { id: created.id })).operation;
    expect(op.leadForce.code).toBe('NCA');
    expect(codes(op.participants)).toEqual(['GMP', 'MPS', 'NCA']);
    expect(op.leadHistory.edges.map((e: any) => [e.node.from, e.node.to, e.node.by, e.node.reason])).toEqual([
      [null, 'GMP', 'supervisor.nca', 'One deal line across both'],
      ['GMP', 'MPS', 'supervisor.gmp', 'Controller lives in London'],
      ['MPS', 'NCA', 'supervisor.nca', 'Three forces now involved'],
    ]);
    expect(op.cases.edges.map((e: any) => e.node.id).sort()).toEqual([gmpCase.id, metCase.id].sort());
    expect(await count('MATCH (:Operation {id: $id})-[:LED_BY]->(:Force)', { id: created.id })).toBe(1);
  });

  it('is visible to participating forces and the hub only', async () => {
    const gmpCase = await openCase('detective.gmp');
    const created = (await gql('supervisor.gmp', CREATE_OPERATION, { input: { name: `Op Quiet ${uniqueSuffix()}`, caseIds: [gmpCase.id], reason: 'Local' } }))
      .createOperation;
    expect(created.leadForce.code).toBe('GMP');
    expect((await gql('detective.gmp', OPERATION, { id: created.id })).operation.id).toBe(created.id);
    expect((await gql('analyst.nca', OPERATION, { id: created.id })).operation.id).toBe(created.id);
    expect((await gql('detective.merpol', OPERATION, { id: created.id })).operation).toBeNull();
  });

  it('adds a case later, making its force a participant; refuses what the caller may not do', async () => {
    const gmpCase = await openCase('detective.gmp');
    const wmpCase = await openCase('detective.wmp');
    const created = (
      await gql('supervisor.nca', CREATE_OPERATION, { input: { name: `Op Grow ${uniqueSuffix()}`, caseIds: [gmpCase.id], leadForce: 'GMP', reason: 'r' } })
    ).createOperation;
    // A GMP supervisor cannot see the WMP case, so cannot join it; the hub can.
    expect(await refused('supervisor.gmp', ADD_CASE, { input: { operationId: created.id, caseId: wmpCase.id, reason: 'linked' } })).toMatchObject({
      code: 'CASE_NOT_FOUND',
      field: 'input.caseId',
    });
    const grown = (await gql('supervisor.nca', ADD_CASE, { input: { operationId: created.id, caseId: wmpCase.id, reason: 'Same vehicle' } }))
      .addCaseToOperation;
    expect(codes(grown.participants)).toEqual(['GMP', 'WMP']);
    // Detectives do not set up operations, and a force supervisor cannot give the lead to another force.
    expect(await refused('detective.gmp', CREATE_OPERATION, { input: { name: 'x', caseIds: [gmpCase.id], reason: 'r' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('supervisor.gmp', CREATE_OPERATION, { input: { name: 'x', caseIds: [gmpCase.id], leadForce: 'MPS', reason: 'r' } })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.leadForce',
    });
  });

  it('pages the operations list without repeats', async () => {
    const gmpCase = await openCase('detective.gmp');
    const names = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const name = `Op Page ${uniqueSuffix()}`;
      names.add(name);
      await gql('supervisor.gmp', CREATE_OPERATION, { input: { name, caseIds: [gmpCase.id], reason: 'r' } });
    }
    const pages = await collectPages(
      async (after) =>
        (
          await gql(
            'supervisor.gmp',
            `query ($after: String) { operations(first: 2, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`,
            { after },
          )
        ).operations,
    );
    const all = pages.flat() as { id: string; name: string }[];
    expect(pages.every((p) => p.length <= 2)).toBe(true);
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    expect(all.filter((o) => names.has(o.name))).toHaveLength(3);
  });
});
