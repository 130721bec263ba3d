import { uniqueSuffix } from '@crosslink/common/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_MS, chromiumForFile, asUser, seriousViolations, signedIn } from './support/browser.js';
import { openCase } from './support/fixtures.js';

// A supervisor's and an auditor's day in the console.

const browser = chromiumForFile();

/** Pages through a "Show more" list until `row` is shown. */
async function showUntil(page: Page, row: ReturnType<Page['locator']>): Promise<void> {
  for (let page_ = 0; page_ < 30; page_++) {
    if ((await row.count()) > 0) return;
    const more = page.getByRole('button', { name: 'Show more' });
    if ((await more.count()) === 0) {
      await row.waitFor({ timeout: 10_000 });
      return;
    }
    await more.last().click();
    await page.waitForTimeout(300);
  }
}

describe('a supervisor’s day', () => {
  it(
    'allocates an action, which appears in the detective’s inbox while they watch',
    async () => {
      const opened = await openCase('detective.gmp');
      const description = `Trace the red Golf seen at the flat ${uniqueSuffix()}`;
      const raised = await asUser('detective.gmp', 'mutation ($i: RaiseActionInput!) { raiseAction(input: $i) { id } }', {
        i: { caseId: opened.id, description },
      });
      const detective = await signedIn(browser(), 'detective.gmp', '/alerts');
      const supervisor = await signedIn(browser(), 'supervisor.gmp');
      try {
        // A supervisor lands on the workload of their force.
        await supervisor.getByRole('heading', { level: 1, name: /workload/i }).waitFor();
        expect(await seriousViolations(supervisor)).toEqual([]);

        await supervisor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Allocate' }).click();
        await supervisor.getByRole('heading', { level: 1, name: 'Unallocated actions' }).waitFor();
        const row = supervisor.locator(`tr[data-action-id="${raised.raiseAction.id}"]`);
        await showUntil(supervisor, row);
        await row.getByLabel('Allocate to').selectOption('detective.gmp');
        await row.getByRole('button', { name: 'Allocate' }).click();
        await supervisor.locator('.allocation-outcome .success').waitFor();
        expect(await seriousViolations(supervisor)).toEqual([]);

        const alert = detective.locator('ul[aria-label="Alerts"] li', { hasText: description });
        await alert.waitFor({ timeout: 20_000 });
        expect(await alert.textContent()).toContain('supervisor.gmp');
      } finally {
        await detective.context().close();
        await supervisor.context().close();
      }
    },
    BROWSER_TEST_MS,
  );
});

describe('a supervisor leading an operation', () => {
  it(
    'allocates its action to an officer of another force taking part',
    async () => {
      const [gmpCase, wmpCase] = [await openCase('detective.gmp'), await openCase('detective.wmp')];
      const operation = await asUser(
        'supervisor.nca',
        'mutation ($i: CreateOperationInput!) { createOperation(input: $i) { id } }',
        { i: { name: `Op Kestrel ${uniqueSuffix()}`, caseIds: [gmpCase.id, wmpCase.id], leadForce: 'GMP', reason: 'One deal line in both cases' } },
        'Joining the cases of one deal line',
      );
      const raised = await asUser(
        'supervisor.gmp',
        'mutation ($i: RaiseActionInput!) { raiseAction(input: $i) { id } }',
        { i: { operationId: operation.createOperation.id, description: `Arrest the runner in Walsall ${uniqueSuffix()}` } },
        'Tasking the operation',
      );
      const supervisor = await signedIn(browser(), 'supervisor.gmp', '/unallocated');
      try {
        await supervisor.getByRole('heading', { level: 1, name: 'Unallocated actions' }).waitFor();
        const row = supervisor.locator(`tr[data-action-id="${raised.raiseAction.id}"]`);
        await showUntil(supervisor, row);
        await row.getByLabel('Officer of force').selectOption('WMP');
        await row.getByLabel('Allocate to').locator('option[value="detective.wmp"]').waitFor({ state: 'attached' });
        await row.getByLabel('Allocate to').selectOption('detective.wmp');
        await row.getByRole('button', { name: 'Allocate' }).click();
        await supervisor.locator('.allocation-outcome .success').waitFor();
        expect(await seriousViolations(supervisor)).toEqual([]);
      } finally {
        await supervisor.context().close();
      }
      const action = await asUser(
        'supervisor.gmp',
        'query ($id: ID!) { operation(id: $id) { actions { edges { node { id allocatedTo { username force { code } } } } } } }',
        {
          id: operation.createOperation.id,
        },
      );
      expect(action.operation.actions.edges.map((edge: any) => edge.node)).toEqual([
        { id: raised.raiseAction.id, allocatedTo: { username: 'detective.wmp', force: { code: 'WMP' } } },
      ]);
    },
    BROWSER_TEST_MS,
  );
});

describe('an auditor’s day', () => {
  it(
    'finds who read a case, and verifies the chain',
    async () => {
      const opened = await openCase('detective.gmp', `Audited case ${uniqueSuffix()}`);
      await asUser('detective.gmp', 'query ($r: String!) { case(reference: $r) { id title } }', { r: opened.reference });
      const auditor = await signedIn(browser(), 'auditor.nca');
      try {
        await auditor.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
        await auditor.getByLabel('Record id').fill(`Case:${opened.id}`);
        await auditor.getByRole('button', { name: 'Apply filters' }).click();
        await auditor.locator('tbody tr', { hasText: 'Query.case' }).first().waitFor();
        expect(await auditor.locator('tbody tr', { hasText: 'CONSULTATION' }).count()).toBeGreaterThan(0);
        await auditor.getByRole('button', { name: 'Verify the chain' }).click();
        await auditor.getByText(/^Intact/).waitFor({ timeout: 60_000 });
        expect(await seriousViolations(auditor)).toEqual([]);
      } finally {
        await auditor.context().close();
      }
    },
    BROWSER_TEST_MS,
  );
});
