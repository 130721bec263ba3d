import { uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_MS, chromiumForFile, asUser, seriousViolations, signedIn } from './support/browser.js';
import { newGmpOfficer, openCase } from './support/fixtures.js';

// A hit on entry in the console: a GMP detective records a phone the Met already holds, is told
// only "known to MPS", asks for access, and a Met supervisor grants it in their own browser. And a
// phone or vehicle found again from the header search, by its number or plate as a detective types it.

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

describe('a phone or vehicle', () => {
  it(
    'is found from the header search, however the number or plate is typed, with the cases holding it and the explorer on it',
    async () => {
      const national = `77009${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
      const vrm = `ZX${String(Math.floor(Math.random() * 100)).padStart(2, '0')}${String.fromCharCode(...Array.from({ length: 3 }, () => 65 + Math.floor(Math.random() * 26)))}`;
      const gmpCase = await openCase('detective.gmp', `Burner phone and a hire car ${uniqueSuffix()}`);
      const phone = await asUser('detective.gmp', 'mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { phone { id } } }', {
        i: { caseId: gmpCase.id, number: `0${national}` },
      });
      await asUser('detective.gmp', 'mutation ($i: RecordVehicleInput!) { recordVehicle(input: $i) { vehicle { id } } }', {
        i: { caseId: gmpCase.id, vrm, make: 'Vauxhall', colour: 'Silver' },
      });

      const page = await signedIn(browser(), 'detective.gmp');
      try {
        await page.locator('#global-search').fill(national);
        await page.locator('#global-search').press('Enter');
        const phoneHit = page.locator('li.search-hit.phone');
        await phoneHit.waitFor();
        expect(await phoneHit.locator('.hit-name').textContent()).toBe(`+44${national}`);
        expect(
          await phoneHit
            .getByRole('list', { name: `Cases recording +44${national}` })
            .getByRole('link', { name: gmpCase.reference })
            .count(),
        ).toBe(1);
        const explore = phoneHit.getByRole('link', { name: `Open +44${national} in the explorer` });
        expect(await explore.getAttribute('href')).toBe(`/explorer?seed=${encodeURIComponent(`Phone:${phone.recordPhone.phone.id}`)}`);
        expect(await seriousViolations(page)).toEqual([]);

        await page.locator('#global-search').fill(`${vrm.slice(0, 4)} ${vrm.slice(4)}`.toLowerCase());
        await page.locator('#global-search').press('Enter');
        const vehicleHit = page.locator('li.search-hit.vehicle');
        await vehicleHit.waitFor();
        expect(await vehicleHit.locator('.hit-name').textContent()).toBe(vrm);
        expect(await vehicleHit.textContent()).toContain('Silver Vauxhall');
        expect(await page.locator('ol.search-hits > li').first().getAttribute('class')).toContain('vehicle');
        await vehicleHit.getByRole('link', { name: `Open ${vrm} in the explorer` }).click();
        await page.waitForURL((url) => url.pathname === '/explorer' && (url.searchParams.get('seed') ?? '').startsWith('Vehicle:'));
      } finally {
        await page.context().close();
      }
    },
    BROWSER_TEST_MS,
  );
});
