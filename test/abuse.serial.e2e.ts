import { postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
// The same start and stop the platform's own scripts use.
import { stopPidFile } from '../scripts/lib/process.mjs';
import { startServices } from '../scripts/lib/services.mjs';
import { path, stack } from '../scripts/lib/stack.mjs';
import { addAddress, addPerson, openCase } from './support/fixtures.js';

const s = stack('test');

// A case's people with their addresses, and what only the locations service knows of each address
// (its force area); entities answers the rest of each address beside the person.
const PEOPLE_AND_AREAS = `query ($reference: String!) {
  case(reference: $reference) { id reference people { person { id surname addresses { id postcode forceArea { code } } } } } }`;
const readyz = async () => (await fetch(new URL('/readyz', testEnv().gatewayUrl))).json();

describe('one subgraph down', () => {
  afterAll(() => startServices(s));

  it('leaves the rest of the answer, with SUBGRAPH_UNAVAILABLE for what only it serves, and readiness says which', async () => {
    const opened = await openCase('detective.wmp', `Partial ${uniqueSuffix()}`);
    const person = await addPerson('detective.wmp', opened.id, { surname: 'Outage' });
    await addAddress('detective.wmp', opened.id, person, '1 Corporation Street', 'B4 6QB');
    const token = await tokenFor('detective.wmp');
    expect(await readyz()).toMatchObject({ status: 'ready', subgraphs: { cases: 'ready', entities: 'ready', locations: 'ready', intel: 'ready' } });

    expect(await stopPidFile(path(s, 'pids', 'locations.pid'), 10_000)).toBe(true);
    const response = await postGraphQL(testEnv().gatewayUrl, PEOPLE_AND_AREAS, { reference: opened.reference }, { token });
    expect(response.status).toBe(200);
    expect(response.data.case.reference).toBe(opened.reference);
    // The address itself comes with the person; only its force area is missing.
    expect(response.data.case.people[0].person).toMatchObject({ id: person, surname: 'Outage', addresses: [{ postcode: 'B4 6QB', forceArea: null }] });
    expect(response.errors?.map((e) => e.extensions?.['code'])).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ service: 'locations', retryable: true });
    expect(await readyz()).toMatchObject({ status: 'degraded', subgraphs: { locations: 'unavailable', cases: 'ready' } });

    await startServices(s);
    const recovered = await postGraphQL(testEnv().gatewayUrl, PEOPLE_AND_AREAS, { reference: opened.reference }, { token });
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data.case.people[0].person.addresses).toEqual([expect.objectContaining({ postcode: 'B4 6QB', forceArea: { code: 'WMP' } })]);
  });
});
