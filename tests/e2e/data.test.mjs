// The data file (help lines, sources, the result's text) is fetched alongside the wasm: the first
// screen and the questions do not wait for it, and a screen that shows it says it is loading,
// with the country's emergency numbers, until it is here (or says it could not load).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, answer, hostPage, openPage, servePage, waitForStart, widget } from './browser.mjs';

const DATA = new URL('redflag-data.bin', BASE_URL).href;

/** Chooses the witness pathway and answers "No" to every question, up to its result. */
async function answerEveryQuestionNo(page) {
  const w = widget(page);
  await w.locator('.rf-pathway[data-pathway="witness"]').click();
  for (let i = 0; i < 40; i += 1) {
    const question = w.locator('.rf-question');
    if ((await question.count()) === 0) break;
    await answer(page, 'No');
  }
}

/** The element that has focus inside the widget's shadow root, as a selector-like string. */
const focused = (page) =>
  page.evaluate(() => {
    const active = document.querySelector('redflag-check').shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}${active.hasAttribute('data-focus') ? '[data-focus]' : ''}: ${active.textContent}` : null;
  });

test('the first screen and the questions do not wait for the data file; the result waits, then shows the help lines', async () => {
  const { context, page, log } = await openPage({ width: 390, height: 844, locale: 'en-GB' });
  try {
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route(DATA, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(await servePage(page, 'host.html', hostPage('country="TH"')));
    await waitForStart(page);
    await answerEveryQuestionNo(page);

    const w = widget(page);
    const waiting = w.locator('.rf-waiting');
    await waiting.waitFor();
    assert.equal(await waiting.getAttribute('aria-busy'), 'true');
    assert.equal((await waiting.locator('h2').textContent()).trim(), 'Loading…');
    const numbers = await waiting.locator('a.rf-number').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(numbers, ['tel:191', 'tel:1669', 'tel:199'], "Thailand's emergency numbers while it loads");
    assert.equal(await w.locator('.rf-result').count(), 0);

    release();
    await w.locator('.rf-result').waitFor();
    assert.equal(await waiting.count(), 0);
    assert.ok((await w.locator('.rf-result .rf-lines a[href^="tel:"]').count()) > 0, "Thailand's help lines");
    assert.match(await focused(page), /^h2\[data-focus\]/, 'focus on the result heading once it shows');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('when the data file cannot load, the screen that needs it says so and keeps the emergency numbers', async () => {
  const { context, page, log } = await openPage({ width: 390, height: 844, locale: 'en-GB' });
  try {
    await page.route(DATA, (route) => route.abort());
    await page.goto(await servePage(page, 'host.html', hostPage('country="TH"')));
    await waitForStart(page);
    await answerEveryQuestionNo(page);
    const waiting = widget(page).locator('.rf-waiting');
    await waiting.locator('h2', { hasText: 'could not load' }).waitFor();
    assert.equal(await waiting.getAttribute('aria-busy'), 'false');
    assert.equal(await waiting.locator('a[href="tel:191"]').count(), 1);
    assert.ok(log.console.some((m) => m.type === 'warning' && m.text.includes('could not be loaded')));
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
