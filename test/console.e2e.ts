import { testEnv, uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_MS, chromiumForFile, asUser as as, consoleUrl, seriousViolations, signedIn } from './support/browser.js';
import { newGmpOfficer, openCase } from './support/fixtures.js';

// The web console in real Chromium against the test stack: each officer signs in on Keycloak's
// own page (authorization code with PKCE) and works through the gateway under their token.

const browser = chromiumForFile();

describe('the console’s origin', () => {
  it(
    'serves the app under a content security policy that lets it reach only itself, the gateway and Keycloak',
    async () => {
      const page = await fetch(consoleUrl('/cases/ANY-REF'));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const policy = page.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain(`connect-src 'self' ${new URL(testEnv().gatewayUrl).origin} ${testEnv().keycloakUrl}`);
      expect(policy).toContain("frame-ancestors 'none'");
      // Every script and stylesheet the page loads is its own: nothing is fetched from the internet.
      const html = await page.text();
      const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] as string);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source.startsWith('/') || source.startsWith('data:'), source).toBe(true);
      const config = await (await fetch(consoleUrl('/config.json'))).json();
      expect(config).toEqual({ gatewayUrl: testEnv().gatewayUrl, keycloak: { url: testEnv().keycloakUrl, realm: 'crosslink', clientId: 'crosslink-console' } });
      expect((await fetch(consoleUrl('/assets/missing.js'))).status).toBe(404);
    },
    BROWSER_TEST_MS,
  );

  it(
    'is the one origin whose pages the gateway answers',
    async () => {
      const preflight = (origin: string) =>
        fetch(testEnv().gatewayUrl, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-crosslink-purpose' },
        });
      const allowed = await preflight(new URL(consoleUrl()).origin);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(new URL(consoleUrl()).origin);
      expect(allowed.headers.get('access-control-allow-headers')).toContain('x-crosslink-purpose');
      const elsewhere = await preflight('http://127.0.0.1:9');
      expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
    },
    BROWSER_TEST_MS,
  );
});

describe('a detective’s day', () => {
  it(
    'signs in, finds a case in their charge, opens it with the operation it is part of, and signs out',
    async () => {
      const officer = await newGmpOfficer();
      const title = `Cuckooed flat on Princess Road ${uniqueSuffix()}`;
      const opened = await openCase(officer, title);
      const operation = `Op Princess ${uniqueSuffix()}`;
      const joined = await as('supervisor.gmp', 'mutation ($i: CreateOperationInput!) { createOperation(input: $i) { id } }', {
        i: { name: operation, caseIds: [opened.id], reason: 'Cuckooing in Moss Side' },
      });
      const page = await signedIn(browser(), officer);
      try {
        expect(await page.locator('.app-header .who .badge').textContent()).toBe('GMP');
        await page.getByRole('heading', { name: 'My cases' }).waitFor();
        const link = page.getByRole('link', { name: opened.reference });
        await link.click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        expect(new URL(page.url()).pathname).toBe(`/cases/${opened.reference}`);
        // The Operations section names the operation and opens its board.
        const board = page.getByRole('region', { name: 'Operations' }).getByRole('link', { name: operation });
        await board.waitFor();
        expect(await board.getAttribute('href')).toBe(`/operations/${joined.createOperation.id}`);
        expect(await seriousViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'Sign out' }).click();
        await page.locator('#kc-login').waitFor();
      } finally {
        await page.context().close();
      }
    },
    BROWSER_TEST_MS,
  );

  it(
    'is asked for a purpose on reaching another force’s case, and sees it once they give one',
    async () => {
      const title = `Met case shared with GMP ${uniqueSuffix()}`;
      const met = await openCase('detective.met', title);
      await as('supervisor.met', 'mutation ($i: ShareCaseInput!) { shareCase(input: $i) { id } }', {
        i: { caseId: met.id, force: 'GMP', reason: 'Same recruiters in Manchester' },
      });
      const page = await signedIn(browser(), 'detective.gmp', `/cases/${met.reference}`);
      try {
        const dialog = page.getByRole('dialog', { name: 'State your purpose' });
        await dialog.waitFor();
        expect(await dialog.locator('.why').textContent()).toBe('This view reaches a case of another force.');
        await dialog.getByLabel('Purpose').fill('Op Tundra: checking the recruiters against our nominals');
        await dialog.getByRole('button', { name: 'Continue' }).click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        expect(await page.locator('.purpose-bar').textContent()).toContain('Op Tundra: checking the recruiters against our nominals');
        expect(await page.locator('.case-head .badge.force').first().textContent()).toBe('MPS');
      } finally {
        await page.context().close();
      }
    },
    BROWSER_TEST_MS,
  );

  it(
    'sees an alert arrive without reloading, counted in the header until acknowledged',
    async () => {
      const officer = await newGmpOfficer();
      const opened = await openCase(officer);
      const page = await signedIn(browser(), officer, '/alerts');
      try {
        await page.getByRole('heading', { level: 1, name: /alerts/i }).waitFor();
        const raised = await as('supervisor.gmp', 'mutation ($i: RaiseActionInput!) { raiseAction(input: $i) { id } }', {
          i: { caseId: opened.id, description: 'Trace the red Golf seen at the flat' },
        });
        await as('supervisor.gmp', 'mutation ($i: AllocateActionInput!) { allocateAction(input: $i) { id } }', {
          i: { actionId: raised.raiseAction.id, officer: { username: officer, force: 'GMP' } },
        });
        const alert = page.locator('ul[aria-label="Alerts"] li', { hasText: 'Trace the red Golf' });
        await alert.waitFor({ timeout: 20_000 });
        expect(await page.locator('.app-header .count').textContent()).toBe('1');
        await alert.getByRole('button', { name: /acknowledge/i }).click();
        await page.locator('.app-header .count').waitFor({ state: 'detached' });
      } finally {
        await page.context().close();
      }
    },
    BROWSER_TEST_MS,
  );
});
