// Partner features on the demo pages: the compact checkout card (no layout shift, opens the
// witness pathway with the destination's and home's lines), theming with refusal of unreadable
// colours, and the element's lifecycle.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { openPage, widget, answer, waitForStart, BASE_URL } from './browser.mjs';

const ARTIFACTS = new URL('./artifacts/partners/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });

/** Collects layout shifts from the start of the page. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const width of [390, 1280]) {
  test(`the checkout card at ${width} px adds no layout shift and opens in place`, async () => {
    const { context, page, log } = await openPage({ width, height: 900 });
    try {
      await watchShifts(page);
      await page.goto(new URL('checkout.html', BASE_URL).href);
      const w = widget(page);
      await w.locator('.rf-card').waitFor();
      await page.waitForTimeout(500);
      assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
      assert.equal((await w.locator('.rf-card h2').textContent()).trim(), 'Travelling to Thailand? Know the signs');
      await page.screenshot({ path: new URL(`checkout-card-${width}.png`, ARTIFACTS).pathname, fullPage: true });
      await w.locator('.rf-card-start').click();
      // The witness pathway, in place.
      assert.equal(await w.locator('.rf-question input[name="seen_hotel_staff"]').count(), 3);
      for (let i = 0; i < 40 && (await w.locator('.rf-question').count()); i += 1) {
        const id = await w.locator('.rf-question input[type=radio]').first().getAttribute('name');
        await answer(page, id === 'seen_documents_held' ? 'Yes' : 'No');
      }
      await w.locator('.rf-result').waitFor();
      assert.equal((await w.locator('.rf-showing strong').textContent()).trim(), 'Thailand', 'the destination first');
      assert.equal(await w.locator('a[href="tel:1300"]').count(), 1);
      assert.equal(await w.locator('.rf-home[data-home="GB"]').count(), 1, 'and home second');
      await page.screenshot({ path: new URL(`checkout-result-${width}.png`, ARTIFACTS).pathname, fullPage: true });
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}

function themedPage(accent) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>redflag-check { --redflag-accent: ${accent}; --redflag-radius: 2px; }</style>
<script type="module" src="${BASE_URL}redflag.js"></script></head>
<body><redflag-check pathway="work"></redflag-check></body></html>`;
}

async function buttonColour(accent) {
  const session = await openPage();
  await session.page.route(new URL('themed.html', BASE_URL).href, (route) =>
    route.fulfill({ contentType: 'text/html', body: themedPage(accent) }),
  );
  await session.page.goto(new URL('themed.html', BASE_URL).href);
  await waitForStart(session.page);
  const w = widget(session.page);
  await w.locator('.rf-pathway').click();
  const colours = await w.locator('.rf-question button[type=submit]').evaluate((b) => {
    const s = getComputedStyle(b);
    return { background: s.backgroundColor, color: s.color };
  });
  return { ...session, colours };
}

test('a readable partner colour is used', async () => {
  const { context, colours, log } = await buttonColour('#21443b');
  try {
    assert.deepEqual(colours, { background: 'rgb(33, 68, 59)', color: 'rgb(255, 255, 255)' });
    assert.ok(!log.console.some((m) => m.text.includes('--redflag-accent')));
  } finally {
    await context.close();
  }
});

test('an unreadable partner colour is refused with a warning', async () => {
  const { context, colours, log } = await buttonColour('#ffd700');
  try {
    assert.deepEqual(colours, { background: 'rgb(11, 87, 164)', color: 'rgb(255, 255, 255)' });
    const warning = log.console.find((m) => m.type === 'warning' && m.text.includes('--redflag-accent'));
    assert.match(warning.text, /is not used: .*contrast/);
  } finally {
    await context.close();
  }
});

test('mounting twice is refused; removing the element tears it down; moving it keeps answers', async () => {
  const { context, page } = await openPage();
  try {
    await page.goto(BASE_URL);
    await waitForStart(page);
    const w = widget(page);
    await w.locator('.rf-pathway').click();
    await answer(page, 'Yes');
    const message = await page.evaluate(async (base) => {
      const { mount } = await import(`${base}redflag.js`);
      try {
        mount(document.querySelector('redflag-check'));
        return 'mounted twice';
      } catch (error) {
        return error.message;
      }
    }, BASE_URL);
    assert.match(message, /already has a widget/);
    // Moving the element (disconnect and connect in one go) keeps the answers.
    await page.evaluate(() => {
      const el = document.querySelector('redflag-check');
      document.body.append(el);
    });
    await page.waitForTimeout(100);
    assert.equal(await w.locator('.rf-question input[name="job_differs"]').count(), 3, 'still on the second question');
    // Removing it empties its shadow root; adding it back starts afresh.
    const left = await page.evaluate(async () => {
      const el = document.querySelector('redflag-check');
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      return el.shadowRoot.childElementCount;
    });
    assert.equal(left, 0);
    await page.evaluate(() => {
      document.body.append(document.createElement('redflag-check'));
    });
    await w.locator('.rf-start').waitFor();
  } finally {
    await context.close();
  }
});
