import { principalOf } from '../testing/principal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../neo4j/cypher.js';
import { createDriver } from '../neo4j/driver.js';
import { Neo4jExecutor, run } from '../neo4j/executor.js';
import { uniqueForceCode, testEnv } from '../testing/index.js';
import { AuditedWriter } from './audited-writer.js';
import { RequestAudit } from './request-audit.js';

const env = testEnv();
const driver = createDriver({ uri: env.neo4jUri, user: 'neo4j', password: env.neo4jPassword });
const db = new Neo4jExecutor(driver, 'neo4j', 'test');

afterAll(() => driver.close());

const principal = principalOf('integration.test', { userId: 'u-test', displayName: 'Integration test', roles: ['detective'], force: 'GMP' });

/** A writer on a chain of its own, so that the test's events are the chain's only ones. */
function writer(): { audited: AuditedWriter; chain: string } {
  const chain = `test-${uniqueForceCode()}`;
  return { audited: new AuditedWriter(db, chain), chain };
}

const markers = (marker: string) => db.read(cypher('MATCH (m:Marker {code: $marker}) RETURN count(m) AS n', { marker }));
const events = (chain: string) =>
  db.read(
    cypher(
      'MATCH (a:AuditEvent {chain: $chain}) RETURN a.seq AS seq, a.operation AS operation, a.action AS action, a.records AS records, a.recipients AS recipients ORDER BY a.seq',
      {
        chain,
      },
    ),
  );

describe('AuditedWriter against a real Neo4j', () => {
  it('appends the record the write states, with the operation of its mutation, in the same transaction', async () => {
    const { audited, chain } = writer();
    const marker = uniqueForceCode();
    const meta = { requestId: `req-${marker}`, audit: new RequestAudit(principal, `req-${marker}`, null, chain) };
    await audited.write(
      meta,
      'shareCase',
      (tx) => run(tx, cypher('CREATE (m:Marker {code: $marker}) RETURN m.code AS code', { marker })),
      ([row]) => ({
        records: [`Case:${String(row?.['code'])}`],
        recipients: ['BTP'],
        owners: ['GMP'],
      }),
    );
    expect(await events(chain)).toEqual([{ seq: 1, operation: 'DISCLOSURE', action: 'Mutation.shareCase', records: [`Case:${marker}`], recipients: ['BTP'] }]);
  });

  it('leaves no event for a write that processed nothing', async () => {
    const { audited, chain } = writer();
    const meta = { audit: new RequestAudit(principal, 'req-none', null, chain) };
    const rows = await audited.write(
      meta,
      'updatePerson',
      (tx) => run(tx, cypher('MATCH (m:Marker {code: "never"}) SET m.seen = true RETURN m')),
      ([row]) => (row === undefined ? null : { records: ['Person:never'] }),
    );
    expect(rows).toEqual([]);
    expect(await events(chain)).toEqual([]);
  });

  it('refuses, rolling the write back, another force’s data without a purpose; writes it with one', async () => {
    const { audited, chain } = writer();
    const marker = uniqueForceCode();
    const work = (tx: Parameters<typeof run>[0]) => run(tx, cypher('CREATE (:Marker {code: $marker})', { marker }));
    const facts = () => ({ records: [`Case:${marker}`], owners: ['MPS'] });
    const refused = await audited.write({ audit: new RequestAudit(principal, 'req-refused', null, chain) }, 'updateCase', work, facts).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'PURPOSE_REQUIRED' });
    expect(await markers(marker)).toEqual([{ n: 0 }]);
    expect(await events(chain)).toEqual([]);
    await audited.write({ audit: new RequestAudit(principal, 'req-allowed', 'Joint review', chain) }, 'updateCase', work, facts);
    expect(await markers(marker)).toEqual([{ n: 1 }]);
    expect((await events(chain)).map((e) => e['action'])).toEqual(['Mutation.updateCase']);
  });

  it('rolls a write back when its audit event cannot be written', async () => {
    const { audited } = writer();
    const marker = uniqueForceCode();
    const broken = {
      assertPurposeFor: () => undefined,
      writeEntry: () => {
        throw new Error('audit trail unavailable');
      },
    } as unknown as RequestAudit;
    const work = (tx: Parameters<typeof run>[0]) => run(tx, cypher('CREATE (:Marker {code: $marker})', { marker }));
    await expect(audited.write({ audit: broken }, 'recordPerson', work, () => ({ records: [] }))).rejects.toBeTruthy();
    expect(await markers(marker)).toEqual([{ n: 0 }]);
  });

  it('keeps the chain whole when an attempt that appended is rolled back and retried', async () => {
    const chain = `test-${uniqueForceCode()}`;
    // An executor whose every write transaction is first attempted and rolled back, as the driver
    // does after a transient failure at commit.
    class RetryingExecutor extends Neo4jExecutor {
      override async writeTx<T>(work: (tx: Parameters<typeof run>[0]) => Promise<T>, meta = {}): Promise<T> {
        await super
          .writeTx(async (tx) => {
            await work(tx);
            throw new Error('rolled back');
          }, meta)
          .catch(() => undefined);
        return super.writeTx(work, meta);
      }
    }
    const audited = new AuditedWriter(new RetryingExecutor(driver, 'neo4j', 'test'), chain);
    const audit = new RequestAudit(principal, 'req-retry', null, chain);
    for (const n of [1, 2]) {
      await audited.write(
        { audit },
        'recordEvent',
        (tx) => run(tx, cypher('RETURN $n AS n', { n })),
        () => ({ records: [`Event:${n}`] }),
      );
    }
    // Each rolled-back attempt appended an event that never was; each retry appended it again, once.
    expect((await events(chain)).map((e) => [e['seq'], e['records']])).toEqual([
      [1, ['Event:1']],
      [2, ['Event:2']],
    ]);
    await audited.append([audit.writeEntry({ action: 'Mutation.recordEvent', operation: 'COLLECTION', records: ['Event:3'] })]);
    expect((await events(chain)).map((e) => e['seq'])).toEqual([1, 2, 3]);
  });
});
