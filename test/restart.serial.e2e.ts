import { query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
// The same start and stop the platform's own scripts use.
import { startNeo4j, stopNeo4j } from '../scripts/lib/neo4j.mjs';
import { stack } from '../scripts/lib/stack.mjs';
import { addPerson, openCase } from './support/fixtures.js';
import { CASE_DOSSIER } from './support/operations.js';

describe('durability', () => {
  it('keeps data across a Neo4j restart, and the services reconnect by themselves', async () => {
    const title = `Durable ${uniqueSuffix()}`;
    const opened = await openCase('detective.wmp', title);
    const person = await addPerson('detective.wmp', opened.id, { surname: 'Survivor' });

    const s = stack('test');
    expect(await stopNeo4j(s)).toBe(true);
    await startNeo4j(s);

    const token = await tokenFor('detective.wmp');
    let data: any;
    // The driver notices the restart on its next use; the first query may be retried by the executor.
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        data = await query(testEnv().gatewayUrl, token, CASE_DOSSIER, { reference: opened.reference });
        break;
      } catch (error) {
        if (attempt === 19) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    expect(data.case.title).toBe(title);
    expect(data.case.people.map((p: any) => p.person.id)).toEqual([person]);
  });
});
