import { testEnv } from '@crosslink/common/testing';
import neo4j, { type Driver } from 'neo4j-driver';

let driver: Driver | undefined;

function graph(): Driver {
  const env = testEnv();
  driver ??= neo4j.driver(env.neo4jUri, neo4j.auth.basic('neo4j', env.neo4jPassword), { disableLosslessIntegers: true });
  return driver;
}

/** Reads the test stack's graph directly, to prove what was (or was not) written. */
export async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const result = await graph().executeQuery(`${cypher} RETURN count(*) AS n`, params, { routing: neo4j.routing.READ });
  return Number(result.records[0]?.get('n') ?? 0);
}

/** An audit event as the trail stores it, in the parts tests check. */
export interface StoredEvent {
  readonly operation: string;
  readonly action: string;
  readonly records: string[];
  readonly recipients: string[];
  readonly purpose: string | null;
}

/** Every audit event one request left, in any service, read straight from the trail. */
export async function auditEventsOf(requestId: string): Promise<StoredEvent[]> {
  const { records } = await graph().executeQuery(
    'MATCH (a:AuditEvent {requestId: $requestId}) RETURN a { .operation, .action, .records, .recipients, .purpose } AS event ORDER BY a.at, a.id',
    { requestId },
    { routing: neo4j.routing.READ },
  );
  return records.map((record) => {
    const e = record.get('event') as Record<string, unknown>;
    return {
      operation: String(e['operation']),
      action: String(e['action']),
      records: (e['records'] as string[] | undefined) ?? [],
      recipients: (e['recipients'] as string[] | undefined) ?? [],
      purpose: (e['purpose'] as string | undefined) ?? null,
    };
  });
}

export async function closeDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}
