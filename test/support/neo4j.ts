import { testEnv } from '@crosslink/common/testing';
import neo4j, { type Driver } from 'neo4j-driver';

let driver: Driver | undefined;

/** Reads the test stack's graph directly, to prove what was (or was not) written. */
export async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const env = testEnv();
  driver ??= neo4j.driver(env.neo4jUri, neo4j.auth.basic('neo4j', env.neo4jPassword), { disableLosslessIntegers: true });
  const result = await driver.executeQuery(`${cypher} RETURN count(*) AS n`, params, { routing: neo4j.routing.READ });
  return Number(result.records[0]?.get('n') ?? 0);
}

export async function closeDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}
