import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD, query, testEnv, tokenFor } from '@crosslink/common/testing';
import { afterAll, beforeAll } from 'vitest';

/** A browser test's budget: a person's steps through several pages, on a machine running the whole stack. */
export const BROWSER_TEST_MS = 120_000;

/**
 * Debian's Chromium driven by playwright-core (`npm test` installs it when missing and passes its
 * path). The flags keep it from reaching for Google's services, which this network refuses.
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'];
  if (executablePath === undefined || executablePath === '') throw new Error('CHROMIUM_PATH is not set: run the suite with `npm test`');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Answers the browser
 * to open pages in (only once the tests run).
 */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not running: open pages from within a test');
    return browser;
  };
}

export function consoleUrl(path = '/'): string {
  const origin = process.env['CONSOLE_URL'];
  if (origin === undefined || origin === '') throw new Error('CONSOLE_URL is not set: run the suite with `npm test`');
  return new URL(path, origin).toString();
}

/** Opens the console in a new page of its own and signs in on Keycloak's form as `username`. */
export async function signedIn(browser: Browser, username: string, path = '/'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(consoleUrl(path));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await page.locator('.app-header .who').waitFor();
  return page;
}

/** A GraphQL call through the gateway as a demo or test user, with a purpose when given. */
export async function asUser(user: string, text: string, variables: Record<string, unknown> = {}, purpose?: string): Promise<any> {
  return query(testEnv().gatewayUrl, await tokenFor(user), text, variables, purpose === undefined ? {} : { 'x-crosslink-purpose': purpose });
}

/** What axe-core reports as serious or critical on the page as it stands. */
export async function seriousViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  // Evaluated through the browser's debugging protocol: the console's content security policy
  // (rightly) refuses an injected script tag.
  await page.evaluate(axe.source);
  // Runs in the page, where axe is now a global; written as text since the tests have no DOM types.
  const results = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as {
    violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  };
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
}
