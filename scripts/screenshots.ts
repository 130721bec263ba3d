// `npm run screenshots` — retakes the console's screenshots in docs/console/ from the running
// `npm start` platform and its demo data, in Debian's Chromium: each main view as its user sees it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureChromium } from './lib/chromium.mjs';
import { DEMO_MARKER } from './lib/demo.mjs';
import { DEMO_PASSWORD, graphql, passwordToken } from './lib/graphql-client.mjs';
import { keycloakUrl } from './lib/keycloak.mjs';
import { consoleUrl, gatewayUrl } from './lib/services.mjs';
import { root, stack } from './lib/stack.mjs';

const dev = stack('dev');
const origin = consoleUrl(dev);
const out = join(root, 'docs', 'console');
const PURPOSE = 'Operation Larkspur: morning review';

interface Named {
  readonly id: string;
  readonly reference?: string;
  readonly title?: string;
  readonly name?: string;
}
type Listing = { readonly edges: readonly { readonly node: Named }[] };

async function ask(user: string, query: string): Promise<Record<string, Listing>> {
  return (await graphql(gatewayUrl(dev), await passwordToken(keycloakUrl(dev), user), query, {}, PURPOSE)) as Record<string, Listing>;
}
const nodes = (page: Listing | undefined) => page?.edges.map((edge) => edge.node) ?? [];

async function signedIn(browser: Browser, user: string, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await page.locator('.app-header .who').waitFor();
  return page;
}

/** Gives the purpose when the console asks for one. */
async function purposeIfAsked(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'State your purpose' });
  const asked = await dialog.waitFor({ timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  if (asked) {
    await dialog.getByLabel('Purpose').fill(PURPOSE);
    await dialog.getByRole('button', { name: 'Continue' }).click();
  }
}

/** The analyst's explorer on Operation Larkspur, two hops out, laid out. */
async function larkspurExplorer(browser: Browser, operationId: string): Promise<Page> {
  const page = await signedIn(browser, 'analyst.nca', `/explorer?seed=${encodeURIComponent(`Operation:${operationId}`)}`);
  await purposeIfAsked(page);
  await page.locator('.explorer-canvas[aria-label*=" records and "]').waitFor({ timeout: 60_000 });
  await page.getByLabel('Hops').selectOption('2');
  await page.getByRole('button', { name: 'Show network' }).click();
  await page.locator('.explorer-canvas[aria-label*=" records and "]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`• docs/console/${name}.png`);
  await page.context().close();
}

mkdirSync(out, { recursive: true });
const gmp = await ask('detective.gmp', '{ cases(filter: { force: "GMP" }, first: 50) { edges { node { id reference title } } } }');
const line = nodes(gmp['cases']).find((node) => node.title === DEMO_MARKER);
const operations = await ask('supervisor.nca', '{ operations(first: 20) { edges { node { id name } } } }');
const larkspur = nodes(operations['operations']).find((node) => node.name === 'Operation Larkspur');
const merseyside = nodes((await ask('detective.merpol', '{ cases(filter: { force: "MERPOL" }, first: 5) { edges { node { id reference } } } }'))['cases'])[0];
if (line === undefined || larkspur === undefined) throw new Error('the demo data is missing: run npm start first');

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  let page = await signedIn(browser, 'detective.gmp', '/cases');
  await page.getByRole('heading', { name: 'My cases' }).waitFor();
  await shoot(page, 'cases');

  page = await signedIn(browser, 'detective.gmp', `/cases/${line.reference}`);
  await page.getByRole('heading', { level: 1, name: DEMO_MARKER }).waitFor();
  await shoot(page, 'case');

  page = await signedIn(browser, 'detective.gmp', `/cases/${merseyside?.reference ?? line.reference}`);
  await page.getByRole('dialog', { name: 'State your purpose' }).waitFor();
  await shoot(page, 'purpose');

  page = await signedIn(browser, 'detective.met', '/alerts?all=1');
  await page.locator('ul[aria-label="Alerts"] li').first().waitFor();
  await shoot(page, 'alerts');

  page = await signedIn(browser, 'supervisor.gmp', '/workload');
  await page.locator('table').first().waitFor();
  await shoot(page, 'workload');

  page = await signedIn(browser, 'supervisor.nca', `/operations/${larkspur.id}`);
  await page.getByRole('heading', { level: 1, name: 'Operation Larkspur' }).waitFor();
  // The forces' cases are left out until the hub's supervisor states a purpose.
  await purposeIfAsked(page);
  const notice = page.getByRole('button', { name: 'State a purpose to see them' });
  if (await notice.isVisible()) {
    await notice.click();
    await purposeIfAsked(page);
  }
  await page
    .locator('.supervisor.operation table')
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => {});
  await shoot(page, 'operation');

  page = await larkspurExplorer(browser, larkspur.id);
  await shoot(page, 'explorer');

  // The map and the timeline under the graph, with an event chosen on the timeline.
  page = await larkspurExplorer(browser, larkspur.id);
  await page.locator('.places-and-times').scrollIntoViewIfNeeded();
  await page.getByRole('region', { name: /^Map of / }).waitFor();
  await page.getByRole('list', { name: 'Events on the timeline' }).getByRole('button').first().click();
  await page.waitForTimeout(800);
  await shoot(page, 'explorer-map');

  page = await signedIn(browser, 'analyst.nca', '/matches');
  await purposeIfAsked(page);
  await page.getByRole('list', { name: 'Suggested matches' }).waitFor({ timeout: 30_000 });
  await shoot(page, 'matches');

  page = await signedIn(browser, 'auditor.nca', '/audit');
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await page.getByText(/^Intact/).waitFor({ timeout: 60_000 });
  await shoot(page, 'audit');
} finally {
  await browser.close();
}
