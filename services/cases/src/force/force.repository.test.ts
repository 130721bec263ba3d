import type { Neo4jExecutor } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { ForceRepository } from './force.repository.js';

const gmp = { code: 'GMP', name: 'Greater Manchester Police', kind: 'TERRITORIAL' };
const mps = { code: 'MPS', name: 'Metropolitan Police Service', kind: 'TERRITORIAL' };
const added = { code: 'NEW', name: 'A force added since', kind: 'TERRITORIAL' };

/** A database holding `forces`, counting what it is asked. */
function database(forces: object[]) {
  const asked: string[] = [];
  const db = {
    read: async (query: { text: string; params: { codes?: string[] } }) => {
      asked.push(query.text.includes('UNWIND') ? `codes ${query.params.codes?.join(',')}` : 'all');
      const wanted = query.params.codes;
      return forces.filter((f) => wanted === undefined || wanted.includes((f as { code: string }).code)).map((force) => ({ force }));
    },
  } as unknown as Neo4jExecutor;
  return { db, asked, forces };
}

describe('the forces repository', () => {
  it('answers lookups by code from the list it keeps, reading the list once', async () => {
    const { db, asked } = database([gmp, mps]);
    const repository = new ForceRepository(db);
    expect([...(await repository.byCodes(['GMP'], {})).values()]).toEqual([gmp]);
    expect([...(await repository.byCodes(['MPS', 'GMP'], {})).keys()].sort()).toEqual(['GMP', 'MPS']);
    expect(asked).toEqual(['all']);
  });

  it('looks a code it does not hold up in the database, and finds nothing for an unknown one', async () => {
    const { db, asked, forces } = database([gmp]);
    const repository = new ForceRepository(db);
    await repository.all({});
    forces.push(added);
    expect((await repository.byCodes(['NEW', 'XYZ'], {})).get('NEW')).toEqual(added);
    expect((await repository.byCodes(['XYZ'], {})).size).toBe(0);
    expect(asked).toEqual(['all', 'codes NEW,XYZ', 'codes XYZ']);
  });

  it('reads the list again once it is a minute old', async () => {
    let now = 0;
    const { db, asked } = database([gmp]);
    const repository = new ForceRepository(db, () => now);
    await repository.all({});
    now = 59_999;
    await repository.all({});
    now = 60_000;
    await repository.all({});
    expect(asked).toEqual(['all', 'all']);
  });
});
