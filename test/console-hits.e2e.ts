import { uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_MS, chromiumForFile, asUser, seriousViolations, signedIn } from './support/browser.js';
import { newGmpOfficer, openCase } from './support/fixtures.js';

// A hit on entry in the console: a GMP detective records a phone the Met already holds, is told
// only "known to MPS", asks for access, and a Met supervisor grants it in their own browser.

const browser = chromiumForFile();

describe('a hit on entry', () => {
  it(
    'is shown as soon as the phone is recorded, and the access asked for is granted by the other force',
    async () => {
      const number = `+4479${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const metCase = await openCase('detective.met', `Car wash recruiters ${uniqueSuffix()}`);
      await asUser('detective.met', 'mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { phone { id } } }', { i: { caseId: metCase.id, number } });
      const officer = await newGmpOfficer();
      const gmpCase = await openCase(officer, `Phone seized at a Moss Side stop ${uniqueSuffix()}`);
      const reason = `Phone ${number} seized in Moss Side: is it the same line? ${uniqueSuffix()}`;

      const detective = await signedIn(browser(), officer, `/cases/${gmpCase.reference}`);
      const supervisor = await signedIn(browser(), 'supervisor.met', '/access-requests');
      try {
        await detective.getByRole('button', { name: 'A phone, vehicle or email' }).click();
        await detective.getByLabel('Phone number').fill(number);
        await detective.getByRole('button', { name: 'Record phone' }).click();
        const known = detective.locator('.known-elsewhere');
        await known.waitFor();
        // Discovery without disclosure: the force is named, the Met's case is not.
        expect(await known.textContent()).toContain('MPS');
        expect(await known.textContent()).not.toContain(metCase.reference);
        expect(await seriousViolations(detective)).toEqual([]);
        await known.getByRole('button', { name: 'Ask MPS for access' }).click();
        await known.getByLabel('Why you need this case').fill(reason);
        await known.getByRole('button', { name: 'Send request' }).click();
        await known
          .getByText(/awaiting|pending/i)
          .first()
          .waitFor();

        // The Met's supervisor sees the request (reloading: it was made after their page loaded).
        await supervisor.reload();
        const request = supervisor.locator('li', { hasText: reason });
        await request.waitFor();
        expect(await seriousViolations(supervisor)).toEqual([]);
        await request.getByLabel(/Reason for your decision/).fill('Same line as our recruiters: work it jointly');
        await request.getByRole('button', { name: 'Grant' }).click();
        // Decided, it leaves the pending list (or shows its decision while the list reads again).
        await expect.poll(async () => (await request.count()) === 0 || (await request.getByText('Granted').count()) > 0, { timeout: 20_000 }).toBe(true);

        // The decision reaches the detective's inbox live, and the Met's case is now theirs to read.
        await detective.getByRole('link', { name: /^Alerts/ }).click();
        const decided = detective.locator('ul[aria-label="Alerts"] li', { hasText: 'granted' });
        await decided.waitFor({ timeout: 20_000 });
        expect(await decided.textContent()).toContain('supervisor.met');
      } finally {
        await detective.context().close();
        await supervisor.context().close();
      }
    },
    BROWSER_TEST_MS,
  );
});
