// Accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA) on every screen of every pathway, the
// report screen included, in English, Thai, Burmese and Arabic.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, widget, waitForStart, axeViolations as violations, BASE_URL, hostPage } from './browser.mjs';

const { languages } = JSON.parse(readFileSync(new URL('../../content/text/languages.json', import.meta.url), 'utf8'));


const RUNS = [
  ['job-offer', ['offer_hurt']],
  ['work', ['violence', 'documents_held']],
  ['online', ['online_threat_share']],
  ['witness', ['seen_asked_for_help', 'seen_hotel_staff']],
];

for (const lang of ['en', 'th', 'my', 'ar'].filter((l) => languages.some((x) => x.code === l))) {
  test(`axe finds no violations on any screen (${lang})`, async () => {
    const { context, page } = await openPage({ width: 390, height: 800 });
    try {
      await page.route(new URL('a11y.html', BASE_URL).href, (route) =>
        route.fulfill({ contentType: 'text/html', body: hostPage(`lang="${lang}" country="TH"`) }),
      );
      await page.goto(new URL('a11y.html', BASE_URL).href);
      await waitForStart(page);
      const w = widget(page);
      const found = [...(await violations(page, 'start'))];
      for (const [pathway, yes] of RUNS) {
        await w.locator(`.rf-pathway[data-pathway="${pathway}"]`).click();
        let first = true;
        for (let i = 0; i < 40 && (await w.locator('.rf-question').count()); i += 1) {
          const id = await w.locator('.rf-question input[type=radio]').first().getAttribute('name');
          if (first) {
            // The error state, then the question itself.
            await w.locator('.rf-question button[type=submit]').click();
            found.push(...(await violations(page, `${pathway} question with error`)));
            first = false;
          }
          await w.locator(`.rf-question input[value=${yes.includes(id) ? 'yes' : 'no'}]`).click();
          if (i < 2) found.push(...(await violations(page, `${pathway} ${id}`)));
          await w.locator('.rf-question button[type=submit]').click();
          if (await w.locator('.rf-urgent').count()) {
            found.push(...(await violations(page, `${pathway} urgent`)));
            await w.locator('.rf-urgent button.rf-secondary').click();
          }
        }
        await w.locator('.rf-result').waitFor();
        found.push(...(await violations(page, `${pathway} result`)));
        // The report screen, with a detail typed and the message copied (or not: the status says).
        await w.locator('.rf-report-open').click();
        await w.locator('.rf-detail[data-detail="where"] input').fill('Bangkok');
        await w.locator('.rf-copy').click();
        await w.locator('.rf-copied:not(:empty)').waitFor();
        found.push(...(await violations(page, `${pathway} report`)));
        await w.locator('.rf-report .rf-actions button').click();
        await w.locator('.rf-result').waitFor();
        await w.locator('.rf-result .rf-sources-link').click();
        found.push(...(await violations(page, `${pathway} sources`)));
        await w.locator('.rf-sources button.rf-secondary').click();
        await w.locator('.rf-safety-link').click();
        found.push(...(await violations(page, `${pathway} safety`)));
        await w.locator('.rf-safety button.rf-secondary').click();
        await w.locator('.rf-result .rf-restart').click();
        await w.locator('.rf-start').waitFor();
      }
      assert.deepEqual(found, []);
    } finally {
      await context.close();
    }
  });
}
