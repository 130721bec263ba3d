import { query, testEnv, tokenFor } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attempt, inBatches, matrixWriters, mutationFixtures, purpose } from './support/access-matrix.js';
import type { Writer } from './support/mutation-matrix.js';
import { mutationSpecs } from './support/mutation-specs.js';
import { closeDriver } from './support/neo4j.js';

// Every mutation of the API attempted without a stated purpose, by the hub's and the owning force's
// TOP_SECRET supervisors holding SENSITIVE: the hub's attempts on another force's data are refused.

let hub: Writer;
let own: Writer;
let context: Awaited<ReturnType<typeof mutationFixtures>>;

beforeAll(async () => {
  const top = (w: Omit<Writer, 'name' | 'token'>) =>
    w.role === 'supervisor' && w.clearance === 'TOP_SECRET' && w.caveat && (w.reach === 'hub' || w.reach === 'own');
  const [writers, built] = await Promise.all([matrixWriters(top), mutationFixtures()]);
  [hub, own] = [writers.find((w) => w.reach === 'hub') as Writer, writers.find((w) => w.reach === 'own') as Writer];
  context = built;
  // The number checkSubject asks about, held in the fixtures' subject as the mutation part records it:
  // the check then touches GMP's data, for which the hub must state a purpose.
  await query(
    testEnv().gatewayUrl,
    await tokenFor('supervisor.nca'),
    'mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { phone { id } } }',
    {
      i: { caseId: context.fixtures.subject, personId: context.fixtures.person, number: '07700 900950' },
    },
    purpose,
  );
}, 240_000);
afterAll(closeDriver);

describe('the access matrix, purpose', () => {
  it('refuses, writing nothing, a mutation touching another force’s data without a purpose; exports always need one', async () => {
    const failures: string[] = [];
    await inBatches(mutationSpecs, 4, async (spec) => {
      for (const writer of [hub, own]) failures.push(...(await attempt(context, spec, writer, false)));
    });
    expect(failures).toEqual([]);
  }, 120_000);
});
