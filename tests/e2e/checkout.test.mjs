// The compact card on a checkout (the demo page checkout.html, as served from dist/): nothing of
// the widget but its loader is requested before the page's own load event, everything else right
// after it whatever the person does, and nothing after start-up. The card the loader draws at
// once says what the widget's own card says, and a press of its button before the wasm is there
// is not lost.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, servePage, hostPage, widget, BASE_URL, holdWasm, pressAcrossWasmArrival } from './browser.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const texts = (lang) => read(`../../content/text/${lang}.json`);
/** Languages browsers have no country names in; the widget ships its own (languages.json). */
const OWN_NAMES = read('../../content/text/languages.json').languages.filter((l) => l.ships_country_names).map((l) => l.code);

/** The widget's own requests, in order, each with when it started (ms, page clock), and when the page's load event came. */
const timeline = (page) =>
  page.evaluate(() => ({
    load: performance.getEntriesByType('navigation')[0].loadEventStart,
    widget: performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.startsWith('/redflag'))
      .map((e) => ({ file: new URL(e.name).pathname.slice(1), at: e.startTime })),
  }));

test('on the checkout, only the loader is requested before the page has loaded; the rest right after; nothing later', async () => {
  const { context, page, log } = await openPage({ width: 390, height: 844, locale: 'en-GB' });
  try {
    await page.goto(new URL('checkout.html', BASE_URL).href);
    const w = widget(page);
    // The widget's own card, once the wasm has taken over from the loader's.
    await w.locator('.rf-card:not([data-rf-drawn] .rf-card)').waitFor();
    await page.waitForTimeout(500);
    const { load, widget: files } = await timeline(page);
    assert.ok(load > 0, 'the load event came');
    const before = files.filter((f) => f.at < load).map((f) => f.file);
    const after = files.filter((f) => f.at >= load).map((f) => f.file);
    assert.deepEqual(before, ['redflag.js'], 'before load: the loader only');
    // An English browser on an English page: no language pack to fetch.
    assert.deepEqual(after.sort(), ['redflag-core.js', 'redflag-core_bg.wasm', 'redflag-data-witness.bin']);
    const requests = log.requests.length;
    // Open the check and answer: nothing more is requested.
    await w.locator('.rf-card-start').click();
    await w.locator('.rf-question').waitFor();
    await w.locator('.rf-question input[value=no]').click();
    await w.locator('.rf-question button[type=submit]').click();
    await page.waitForTimeout(500);
    assert.deepEqual(log.requests.slice(requests).map((r) => r.url), [], 'nothing after start-up');
  } finally {
    await context.close();
  }
});

test("the card's check lists its own questions' sources, each with its question, and no other pathway's", async () => {
  const { context, page } = await openPage({ width: 390, height: 844, locale: 'en-GB' });
  try {
    await page.goto(new URL('checkout.html', BASE_URL).href);
    const w = widget(page);
    await w.locator('.rf-card-start').click();
    for (let i = 0; i < 60 && !(await w.locator('.rf-result').count()); i += 1) {
      await w.locator('.rf-question').waitFor();
      await w.locator('.rf-question input[value=no]').click();
      await w.locator('.rf-question button[type=submit]').click();
    }
    await w.locator('.rf-result .rf-sources-link').click();
    await w.locator('.rf-sources').waitFor();
    const en = texts('en');
    const shown = await w.locator('.rf-sources-pathway').evaluateAll((sections) =>
      sections.map((s) => ({
        title: s.querySelector('h3').textContent,
        questions: [...s.querySelectorAll('.rf-sources-question')].map((q) => q.textContent),
        cited: [...s.querySelectorAll('li[data-question]')].every((q) => q.querySelectorAll('ul')[1]?.children.length > 0),
      })),
    );
    assert.deepEqual(shown.map((s) => s.title), [en['pathway.witness.title']]);
    assert.ok(shown[0].questions.length > 10 && shown[0].questions.every((q) => q.trim().length > 0), 'every question has its text');
    assert.ok(shown[0].cited, 'every question cites a source');
  } finally {
    await context.close();
  }
});

/** The card's words, wherever it was drawn. */
const cardWords = (w) =>
  w.locator('.rf-card').evaluate((card) => ({
    title: card.querySelector('h2').textContent,
    body: card.querySelector('p').textContent,
    start: card.querySelector('button').textContent,
    lang: card.closest('.rf-app').getAttribute('lang'),
    dir: card.closest('.rf-app').getAttribute('dir'),
  }));

test("a press begun on the loader's card as the wasm arrives ends there, and the check opens", async () => {
  const { context, page, log } = await openPage({ width: 390, height: 844, locale: 'en-GB' });
  try {
    const release = await holdWasm(page);
    await page.goto(await servePage(page, 'card.html', hostPage('variant="compact" destination="TH" country="GB"')));
    const w = widget(page);
    const start = w.locator('[data-rf-drawn="loader"] .rf-card-start');
    await start.waitFor();
    await pressAcrossWasmArrival(page, start, release);
    await w.locator('.rf-question').waitFor({ timeout: 10000 });
    assert.equal(await w.locator('[data-rf-drawn]').count(), 0, "the loader's card is gone");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

for (const [lang, locale] of [
  ['en', 'en-GB'],
  ['th', 'th-TH'],
  ['ar', 'ar-AE'],
  ['my', 'my-MM'],
]) {
  test(`the card the loader draws says what the widget's card says (${lang}), and a press before the wasm is kept`, async () => {
    const { context, page, log } = await openPage({ width: 390, height: 844, locale });
    try {
      // Hold the wasm back until the loader's card has been read and pressed.
      const release = await holdWasm(page);
      await page.goto(await servePage(page, 'card.html', hostPage('variant="compact" destination="TH" country="GB"')));
      const w = widget(page);
      await w.locator('[data-rf-drawn="loader"] .rf-card').waitFor();
      const drawn = await cardWords(w);
      assert.equal(drawn.lang, lang);
      assert.equal(drawn.dir, lang === 'ar' ? 'rtl' : 'ltr');
      const box = await w.locator('.rf-card').boundingBox();
      // No Exit on the closed card; pressing Start brings it, and the check opens once the wasm is in.
      assert.equal(await w.locator('.rf-exit, .rf-fallback-exit').count(), 0);
      await w.locator('.rf-card-start').click();
      assert.equal(await w.locator('.rf-fallback-exit').count(), 1, 'the Exit, from the press on');
      assert.equal(
        await w.locator('.rf-fallback').evaluate((box) => box.classList.contains('rr-block') && box.hasAttribute('data-private')),
        true,
        'marked for session-replay tools, like everything at the top of the shadow root',
      );
      release();
      await w.locator('.rf-question').waitFor();
      const focused = await page.evaluate(() => document.querySelector('redflag-check').shadowRoot.activeElement?.tagName);
      assert.equal(focused, 'H2', 'focus on the first question');
      assert.equal(await w.locator('[data-rf-drawn]').count(), 0, "the loader's card is gone");
      // The widget's own card, after Back, says the same and sits where the loader's did.
      await w.locator('.rf-question button.rf-secondary').click();
      await w.locator('.rf-card').waitFor();
      const own = await cardWords(w);
      if (OWN_NAMES.includes(lang)) {
        // Browsers have no country names in this language; the widget brings its own, the loader
        // none: its card says "Travelling?" without the country until the wasm is there.
        assert.equal(drawn.title, texts(lang)['card.title']);
        assert.ok(own.title.startsWith(texts(lang)['card.title_to'].split('{country}')[0]), own.title);
        assert.deepEqual({ ...own, title: '' }, { ...drawn, title: '' });
      } else {
        assert.deepEqual(own, drawn);
      }
      const ownBox = await w.locator('.rf-card').boundingBox();
      assert.ok(Math.abs(ownBox.height - box.height) <= 1 && Math.abs(ownBox.y - box.y) <= 1, `${JSON.stringify(box)} vs ${JSON.stringify(ownBox)}`);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}
