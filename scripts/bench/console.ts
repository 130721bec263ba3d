// `npm run bench:console` — the web console in Debian's Chromium: its first load with a cold cache
// (to Keycloak's sign-in page, and from signing in to the first view), the JavaScript it sends on
// that first load (compressed, as sent), and the graph explorer's frame rate while panning a network
// of about 5,000 records (the analyst's `everything` scope on the synthetic graph of
// bench:network, 10,000 people).
//
// Runs against the platform `npm start` runs when it is up (`--stack dev`); otherwise against the
// test stack of CROSSLINK_TEST_SLOT, brought up for the run (`--keep` leaves it up).
// Options: --loads 5  --records 5000  --pan-seconds 4  --stack auto|dev|test  --keep
import { chromium, type Browser, type Page } from 'playwright-core';
import { createDriver } from '@crosslink/common';
import { ensureChromium } from '../lib/chromium.mjs';
import { consoleUrl } from '../lib/services.mjs';
import { endpoints, stackFor, takeDown } from './load-stack.js';
import { ensureBenchGraph } from './network-graph.js';
import { summarise } from './stats.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? (process.argv[at + 1] as string) : fallback;
}

const loads = Number(option('loads', '5'));
const records = Number(option('records', '5000'));
const panSeconds = Number(option('pan-seconds', '4'));
const PASSWORD = 'crosslink';
const PURPOSE = 'Console benchmark';

const { stack, startedHere } = await stackFor('bench:console', option('stack', 'auto'));
const origin = consoleUrl(stack);
console.log(`• bench:console against ${origin} (${stack.name === 'dev' ? 'the running npm start platform' : `test stack ${stack.dir}`})`);
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});

try {
  // 1. First load, cold: a new browser context each time (empty cache), as a first visit.
  const toSignIn: number[] = [];
  const toFirstView: number[] = [];
  let javascript = { ours: 0, files: 0, keycloak: 0 };
  for (let n = 0; n < loads; n++) {
    const load = await firstLoad(browser, 'detective.gmp');
    toSignIn.push(load.toSignIn);
    toFirstView.push(load.toFirstView);
    javascript = load.javascript;
  }
  const signIn = summarise('to the sign-in page', toSignIn);
  const firstView = summarise('sign in to first view', toFirstView);
  console.log(`\nFirst load, cold cache (${loads} loads, ms)`);
  console.log(`  console → Keycloak's sign-in page   p50 ${signIn.p50.toFixed(0)}  max ${Math.max(...toSignIn).toFixed(0)}`);
  console.log(`  sign in → the first view drawn       p50 ${firstView.p50.toFixed(0)}  max ${Math.max(...toFirstView).toFixed(0)}`);
  console.log(`  target: ≤ 2,000 ms each`);
  console.log(`\nJavaScript on first load (as sent, compressed)`);
  console.log(`  the console's own   ${(javascript.ours / 1024).toFixed(1)} KB in ${javascript.files} files   (target ≤ 500 KB)`);
  console.log(`  Keycloak's page     ${(javascript.keycloak / 1024).toFixed(1)} KB`);

  // 2. The explorer: everything the hub's analyst may see of the synthetic graph, about 5,000 records.
  const urls = endpoints(stack);
  const driver = createDriver({ uri: urls.neo4j, user: 'neo4j', password: urls.neo4jPassword });
  try {
    await ensureBenchGraph(driver, 10_000, console.log);
  } finally {
    await driver.close();
  }
  const panning = await explorerPanning(browser, records, panSeconds);
  console.log(`\nExplorer while panning (${panning.records} records, ${panning.links} links drawn, WebGL in ${panning.renderer})`);
  console.log(`  network read and laid out in ${(panning.readyMs / 1000).toFixed(1)} s`);
  console.log(
    `  ${panning.fps.toFixed(1)} frames per second over ${panSeconds} s of dragging; longest frame ${panning.longestFrameMs.toFixed(0)} ms   (target ≥ 30)`,
  );
  console.log(`  ${panning.idleFps.toFixed(1)} frames per second standing still (the page's own ceiling on this machine)`);
} finally {
  await browser.close();
  if (startedHere && !process.argv.includes('--keep')) await takeDown(stack);
}

async function firstLoad(browser: Browser, username: string) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const javascript = { ours: 0, files: 0, keycloak: 0 };
  page.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => {
      const url = new URL(request.url());
      if (!url.pathname.endsWith('.js')) return;
      if (url.origin === new URL(origin).origin) {
        javascript.ours += sizes.responseBodySize;
        javascript.files++;
      } else javascript.keycloak += sizes.responseBodySize;
    });
  });
  const began = performance.now();
  await page.goto(origin);
  await page.locator('#username').waitFor();
  const toSignIn = performance.now() - began;
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  const signing = performance.now();
  await page.locator('#kc-login').click();
  await page.locator('main h1').first().waitFor();
  const toFirstView = performance.now() - signing;
  await page.waitForLoadState('networkidle').catch(() => {});
  await context.close();
  return { toSignIn, toFirstView, javascript };
}

async function explorerPanning(browser: Browser, limit: number, seconds: number) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/explorer?seed=everything`);
    await page.locator('#username').fill('analyst.nca');
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#kc-login').click();
    await statePurpose(page);
    // The first, default-sized network is drawn before the limit is raised (the controls wait for it).
    await pollInPage(
      page,
      `document.querySelector('.explorer-canvas[aria-label*=" records and "]') !== null && document.querySelector('.explorer-status .loading') === null`,
      120_000,
    );
    await page.getByLabel('Most records').fill(String(limit));
    const began = performance.now();
    await page.getByRole('button', { name: 'Show network' }).click();
    // In-page code is written as text (the scripts are type-checked without the DOM's types) and
    // polled from here: the console's content security policy refuses in-page eval.
    await pollInPage(
      page,
      `(() => {
        const label = document.querySelector('.explorer-canvas')?.getAttribute('aria-label') ?? '';
        const match = /of (\\d+) records/.exec(label);
        return match !== null && Number(match[1]) > ${limit * 0.5} && document.querySelector('.explorer-status .loading') === null;
      })()`,
      300_000,
    );
    const readyMs = performance.now() - began;
    const label = (await page.locator('.explorer-canvas').getAttribute('aria-label')) ?? '';
    const [, shownRecords, shownLinks] = /of (\d+) records and (\d+) links/.exec(label) ?? [];
    const renderer = String(
      await page.evaluate(`(() => {
        const gl = document.createElement('canvas').getContext('webgl');
        const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
        return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
      })()`),
    );

    const box = await page.locator('.explorer-canvas').boundingBox();
    if (box === null) throw new Error('the explorer drew no canvas');
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__counting = true;
      const tick = (at) => {
        window.__frames.push(at);
        if (window.__counting) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    await page.waitForTimeout(2000);
    const idle = (await page.evaluate('window.__frames.length')) as number;
    await page.evaluate('window.__frames = []');
    // Drag back and forth across the canvas for the time asked, as an analyst pans.
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    const until = performance.now() + seconds * 1000;
    let step = 0;
    while (performance.now() < until) {
      const dx = Math.sin(step / 10) * box.width * 0.3;
      const dy = Math.cos(step / 13) * box.height * 0.2;
      await page.mouse.move(centre.x + dx, centre.y + dy);
      step++;
    }
    await page.mouse.up();
    const frames = (await page.evaluate('(() => { window.__counting = false; return window.__frames; })()')) as number[];
    const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
    let longest = 0;
    for (let i = 1; i < frames.length; i++) longest = Math.max(longest, (frames[i] as number) - (frames[i - 1] as number));
    return {
      records: Number(shownRecords),
      links: Number(shownLinks),
      renderer,
      readyMs,
      idleFps: idle / 2,
      fps: ((frames.length - 1) * 1000) / span,
      longestFrameMs: longest,
    };
  } finally {
    await context.close();
  }
}

/** Resolves once the expression is true in the page; throws after `timeoutMs`. */
async function pollInPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`timed out waiting in the page for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function statePurpose(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'State your purpose' });
  await dialog.waitFor({ timeout: 60_000 });
  await dialog.getByLabel('Purpose').fill(PURPOSE);
  await dialog.getByRole('button', { name: 'Continue' }).click();
}
