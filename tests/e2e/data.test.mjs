// The data file (the questions' and the result's text, help lines, sources) is fetched alongside
// the wasm: the first screen does not wait for it, and a screen that shows it says it is
// loading, with the country's emergency numbers, until it is here (or says it could not load).
// The compact card fetches its own check's part only, and the whole if its host turns it into
// the full widget.

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

test('the first screen does not wait for the data file; a question waits for it, then shows, and the result shows the help lines', async () => {
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
    const w = widget(page);
    // The widget's own first screen, with the data file still held back.
    await w.locator('.rf-app:not([data-rf-drawn]) .rf-start').waitFor();
    await w.locator('.rf-pathway[data-pathway="witness"]').click();
    const waiting = w.locator('.rf-waiting');
    await waiting.waitFor();
    assert.equal(await waiting.getAttribute('aria-busy'), 'true');
    assert.equal((await waiting.locator('h2').textContent()).trim(), 'Loading…');
    const numbers = await waiting.locator('a.rf-number').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(numbers, ['tel:191', 'tel:1669', 'tel:199'], "Thailand's emergency numbers while it loads");
    assert.equal(await w.locator('.rf-question').count(), 0);

    release();
    await w.locator('.rf-question').waitFor();
    assert.equal(await waiting.count(), 0);
    assert.match(await focused(page), /^h2\[data-focus\]/, 'focus on the question once it shows');
    for (let i = 0; i < 40 && (await w.locator('.rf-question').count()); i += 1) await answer(page, 'No');
    await w.locator('.rf-result').waitFor();
    assert.ok((await w.locator('.rf-result .rf-lines a[href^="tel:"]').count()) > 0, "Thailand's help lines");
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

test("the compact card fetches its own check's data only; turned into the full widget by its host, the whole", async () => {
  const { context, page, log } = await openPage({ width: 390, height: 844, locale: 'en-GB' });
  try {
    await page.goto(await servePage(page, 'card.html', hostPage('variant="compact" destination="TH"')));
    const w = widget(page);
    await w.locator('.rf-app:not([data-rf-drawn]) .rf-card').waitFor();
    await page.waitForTimeout(300);
    const data = () => log.requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/redflag-data'));
    assert.deepEqual(data(), ['/redflag-data-witness.bin']);
    await w.locator('.rf-card-start').click();
    await w.locator('.rf-question').waitFor();
    assert.ok((await w.locator('.rf-question h2').textContent()).trim().length > 10, 'the question is there');

    // The host turns it into the full widget: another pathway's check needs the whole.
    await page.evaluate(() => document.querySelector('redflag-check').removeAttribute('variant'));
    await w.locator('.rf-restart, .rf-question button.rf-secondary').first().click();
    await w.locator('.rf-pathway[data-pathway="work"]').waitFor();
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    await w.locator('.rf-question').waitFor();
    assert.ok((await w.locator('.rf-question h2').textContent()).trim().length > 10, "the work pathway's question");
    assert.deepEqual(data(), ['/redflag-data-witness.bin', '/redflag-data.bin']);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
