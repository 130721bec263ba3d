import { uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_MS, chromiumForFile, seriousViolations, signedIn } from './support/browser.js';
import { addPerson, openCase } from './support/fixtures.js';

// The review queue in the console: one man recorded by GMP and again by the Met with a slip in his
// surname, suggested as a match with why, and confirmed by the hub's analyst.

const browser = chromiumForFile();

describe('the review queue of match suggestions', () => {
  it(
    'suggests a person recorded twice across forces with the reasons, and takes the analyst’s decision out of the queue',
    async () => {
      const suffix = uniqueSuffix();
      const dateOfBirth = `19${60 + (parseInt(suffix.slice(0, 2), 16) % 40)}-0${1 + (parseInt(suffix.slice(2, 4), 16) % 9)}-1${parseInt(suffix.slice(4, 5), 16) % 10}`;
      const gmp = await openCase('detective.gmp', `Supply network ${suffix}`);
      const met = await openCase('detective.met', `Cash couriers ${suffix}`);
      await addPerson('detective.gmp', gmp.id, { forenames: 'Dwayne', surname: `Quarrie${suffix}`, dateOfBirth });
      await addPerson('detective.met', met.id, { forenames: 'Dwayne', surname: `Quarire${suffix}`, dateOfBirth });

      const analyst = await signedIn(browser(), 'analyst.nca', `/matches?case=${gmp.id}`);
      try {
        const dialog = analyst.getByRole('dialog', { name: 'State your purpose' });
        await dialog.waitFor();
        await dialog.getByLabel('Purpose').fill('Identity review: supply network');
        await dialog.getByRole('button', { name: 'Continue' }).click();

        const queue = analyst.getByRole('list', { name: 'Suggested matches' });
        const pair = queue.locator(':scope > li').filter({ hasText: `Quarire${suffix}` });
        await pair.waitFor({ timeout: 20_000 });
        const text = await pair.textContent();
        expect(text).toContain(`Quarrie${suffix}`);
        expect(text).toMatch(/GMP/);
        expect(text).toMatch(/MPS/);
        const reasons = await pair.getByRole('list', { name: 'Why they were paired' }).locator('li').allTextContents();
        expect(reasons.length).toBeGreaterThanOrEqual(2);
        expect(await seriousViolations(analyst)).toEqual([]);

        // A decision needs a reason; given one, the pair leaves the open queue and shows as decided.
        await pair.getByRole('button', { name: 'The same person' }).click();
        await pair.getByText('Give a reason before deciding.').waitFor();
        await pair.getByLabel('Reason for your decision').fill('Same date of birth; the Met record transposes two letters of the surname');
        await pair.getByRole('button', { name: 'The same person' }).click();
        await pair.waitFor({ state: 'detached', timeout: 20_000 });

        await analyst.getByLabel('Show decided pairs too').check();
        const decided = queue.locator(':scope > li').filter({ hasText: `Quarire${suffix}` });
        await decided.getByText('The same person', { exact: true }).waitFor({ timeout: 20_000 });
        expect(await decided.textContent()).toContain('decided by analyst.nca');
        expect(await decided.textContent()).toContain('“Same person (decided)” link');

        // Deciding again replaces the decision, which undoes the join.
        await decided.getByRole('button', { name: 'Change the decision' }).click();
        await decided.getByLabel('Reason for your decision').fill('Different fathers named on the two birth records');
        await decided.getByRole('button', { name: 'Not the same' }).click();
        await decided.getByText('Not the same person', { exact: true }).waitFor({ timeout: 20_000 });
        expect(await decided.textContent()).not.toContain('Same person (decided)');
        expect(await seriousViolations(analyst)).toEqual([]);
      } finally {
        await analyst.context().close();
      }
    },
    BROWSER_TEST_MS,
  );
});
