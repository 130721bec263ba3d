import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jExecutor } from './executor.js';

const unavailable = () => new Neo4jError('connection lost', neo4j.error.SERVICE_UNAVAILABLE, '08000', 'connection exception');

/**
 * A driver whose write sessions run the work and then fail as the transaction is in the state given:
 * before the work finished (nothing can have been written) or while committing (it may have been).
 */
function driverFailing(when: 'during the work' | 'while committing'): Driver {
  const session = {
    executeWrite: async (work: (tx: ManagedTransaction) => Promise<unknown>) => {
      if (when === 'during the work') throw unavailable();
      await work({} as ManagedTransaction);
      throw unavailable();
    },
    close: async () => {},
  };
  return { session: () => session, executeQueryBookmarkManager: undefined } as unknown as Driver;
}

describe('a write transaction the database drops', () => {
  it('is DATABASE_UNAVAILABLE when the work had not finished: nothing was written', async () => {
    const db = new Neo4jExecutor(driverFailing('during the work'), 'neo4j', 'test');
    await expect(db.writeTx(async () => 'done')).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
  });

  it('is WRITE_OUTCOME_UNKNOWN when it failed while committing: never reported as failed', async () => {
    const db = new Neo4jExecutor(driverFailing('while committing'), 'neo4j', 'test');
    await expect(db.writeTx(async () => 'done')).rejects.toMatchObject({ code: 'WRITE_OUTCOME_UNKNOWN', category: 'server' });
  });
});
