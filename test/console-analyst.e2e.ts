import { uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { BROWSER_TEST_MS, chromiumForFile, asUser, seriousViolations, signedIn } from './support/browser.js';
import { addAddress, addPerson, openCase } from './support/fixtures.js';

// An analyst's day in the console: the graph explorer on a chain of people known to a GMP case, with
// the map and the timeline of the same records following its selection.

const browser = chromiumForFile();

const LINK = 'mutation ($i: LinkPeopleInput!) { linkPeople(input: $i) { kind } }';
const EVENT = 'mutation ($i: RecordEventInput!) { recordEvent(input: $i) { id } }';

describe('an analyst’s day', () => {
  it(
    'opens a network, states a purpose for another force’s records, and finds the shortest path between two people',
    async () => {
      const opened = await openCase('detective.gmp', `Runner network ${uniqueSuffix()}`);
      const suffix = uniqueSuffix();
      const controller = await addPerson('detective.gmp', opened.id, { forenames: 'Dwayne', surname: `Controller${suffix}` });
      const middle = await addPerson('detective.gmp', opened.id, { forenames: 'Kyle', surname: `Middle${suffix}` });
      const runner = await addPerson('detective.gmp', opened.id, { forenames: 'Jay', surname: `Runner${suffix}`, role: 'WITNESS' });
      await asUser('detective.gmp', LINK, { i: { fromId: controller, toId: middle, kind: 'KNOWS', caseId: opened.id } });
      await asUser('detective.gmp', LINK, { i: { fromId: middle, toId: runner, kind: 'KNOWS', caseId: opened.id } });
      const home = `${suffix} Claremont Road`;
      const place = await addAddress('detective.gmp', opened.id, controller, home, 'M14 4RS', { latitude: 53.4537, longitude: -2.2336 });
      await asUser('detective.gmp', EVENT, {
        i: { caseId: opened.id, kind: 'SIGHTING', description: 'Controller seen at home', occurredAt: '2026-08-01', locationId: place },
      });

      const analyst = await signedIn(browser(), 'analyst.nca', `/explorer?seed=Person:${controller}`);
      try {
        // GMP's records are another force's to the hub's analyst: the purpose prompt comes first.
        const dialog = analyst.getByRole('dialog', { name: 'State your purpose' });
        await dialog.waitFor();
        await dialog.getByLabel('Purpose').fill('County lines profile: Moss Side network');
        await dialog.getByRole('button', { name: 'Continue' }).click();

        await analyst.getByLabel('Hops').selectOption('2');
        await analyst.getByRole('button', { name: 'Show network' }).click();
        await analyst.locator('canvas').first().waitFor();
        await analyst.getByText('Records in view').click();
        const records = analyst.getByRole('list', { name: 'Records in view' });
        await records.getByRole('button', { name: new RegExp(`Controller${suffix}`) }).waitFor({ timeout: 20_000 });
        await records.getByRole('button', { name: new RegExp(`Runner${suffix}`) }).waitFor();

        await records.getByRole('button', { name: new RegExp(`Controller${suffix}`) }).click();
        await analyst.getByRole('button', { name: 'Path from here' }).click();
        await records.getByRole('button', { name: new RegExp(`Runner${suffix}`) }).click();
        await analyst.getByRole('button', { name: 'Path to here' }).click();

        const path = analyst.getByRole('list', { name: 'Path 1' });
        await path.waitFor({ timeout: 20_000 });
        const steps = await path.locator(':scope > li').allTextContents();
        expect(steps).toHaveLength(2);
        expect(steps.join(' ')).toContain(`Middle${suffix}`);
        expect(steps.join(' ')).toContain(opened.reference);

        // The controller's home is on the map; choosing it there selects it in the graph, and the
        // timeline marks the sighting of the case that records it. Choosing it names it under the axis.
        const map = analyst.getByRole('region', { name: 'Map of 1 place' });
        await map.waitFor();
        expect(await map.locator('canvas').count()).toBeGreaterThan(0);
        await analyst
          .getByRole('list', { name: 'Places on the map' })
          .getByRole('button', { name: new RegExp(home) })
          .click();
        await analyst.locator('.explorer-selected-name').getByText(new RegExp(home)).waitFor();
        const onTimeline = analyst
          .getByRole('list', { name: 'Events on the timeline' })
          .getByRole('button', { name: new RegExp(`^Sighting, 1 Aug 2026, ${opened.reference}`) });
        expect(await onTimeline.getAttribute('aria-label')).toContain('links the chosen record');
        await onTimeline.click();
        expect(await onTimeline.getAttribute('aria-pressed')).toBe('true');
        await analyst.locator('.timeline-caption').getByRole('link', { name: 'Open the case' }).waitFor();
        expect(await analyst.locator('.timeline-caption').textContent()).toContain('Controller seen at home');
        expect(await analyst.locator('.timeline-caption').textContent()).toContain(opened.reference);
        expect(await seriousViolations(analyst)).toEqual([]);
      } finally {
        await analyst.context().close();
      }
    },
    BROWSER_TEST_MS,
  );

  it(
    'still finds the record under the mouse after the graph is dragged and let go',
    async () => {
      const opened = await openCase('detective.gmp', `Dragged network ${uniqueSuffix()}`);
      const suffix = uniqueSuffix();
      const one = await addPerson('detective.gmp', opened.id, { forenames: 'Lee', surname: `Dragged${suffix}` });
      const two = await addPerson('detective.gmp', opened.id, { forenames: 'Sam', surname: `Beside${suffix}` });
      await asUser('detective.gmp', LINK, { i: { fromId: one, toId: two, kind: 'KNOWS', caseId: opened.id } });

      const analyst = await signedIn(browser(), 'analyst.nca', `/explorer?seed=Person:${one}`);
      try {
        const dialog = analyst.getByRole('dialog', { name: 'State your purpose' });
        await dialog.waitFor();
        await dialog.getByLabel('Purpose').fill('Checking the explorer after a drag');
        await dialog.getByRole('button', { name: 'Continue' }).click();
        await analyst.locator('canvas').first().waitFor();
        await analyst.getByText('Records in view', { exact: true }).click();
        // Choosing a record from the list moves the camera onto it: it is then at the canvas's centre.
        await analyst
          .getByRole('list', { name: 'Records in view' })
          .getByRole('button', { name: new RegExp(`Dragged${suffix}`) })
          .click();
        await analyst.waitForTimeout(800);
        const canvas = analyst.locator('.explorer-canvas');
        const box = await canvas.boundingBox();
        if (box === null) throw new Error('the explorer drew no canvas');
        const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

        // Drag the stage by (-80, -50), then hold still before letting go, so no inertia follows.
        await analyst.mouse.move(centre.x + 120, centre.y + 90);
        await analyst.mouse.down();
        await analyst.mouse.move(centre.x + 40, centre.y + 40, { steps: 8 });
        await analyst.waitForTimeout(400);
        await analyst.mouse.up();
        await analyst.waitForTimeout(300);

        // The record moved with the stage; the mouse over it finds it.
        await analyst.mouse.move(centre.x - 80 + 1, centre.y - 50 + 1, { steps: 2 });
        await expect.poll(() => canvas.getAttribute('style'), { timeout: 5_000 }).toContain('cursor: pointer');
      } finally {
        await analyst.context().close();
      }
    },
    BROWSER_TEST_MS,
  );
});
