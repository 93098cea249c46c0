// The full variant's first screen is drawn by the loader as soon as its words are here (at once
// in English, with the first language's pack otherwise), before the wasm: the same words and
// layout as the widget's own, and what the person does on it before the wasm is there is done
// when it is.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdWasm, hostPage, openPage, pressAcrossWasmArrival, servePage, widget } from './browser.mjs';

/** Opens a host page with the wasm held back; returns the session and the release. */
async function openHeld(attributes, pageOptions) {
  const session = await openPage(pageOptions);
  const release = await holdWasm(session.page);
  await session.page.goto(await servePage(session.page, 'host.html', hostPage(attributes)));
  return { ...session, release };
}

/**
 * What the first screen says and where it sits: its markup (each element with its attributes in
 * name order, and its text), the language picker's options apart.
 */
const firstScreen = async (w) => ({
  ...(await w.locator('.rf-app').evaluate((app) => {
    const describe = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.textContent
        : `<${node.localName}${[...node.attributes]
            .map((a) => ` ${a.name}="${a.value}"`)
            .sort()
            .join('')}>${[...node.childNodes].map(describe).join('')}</${node.localName}>`;
    return {
      lang: app.getAttribute('lang'),
      dir: app.getAttribute('dir'),
      exitbar: describe(app.querySelector('.rf-exitbar')),
      start: describe(app.querySelector('.rf-start')),
      picked: app.querySelector('.rf-language select').value,
    };
  })),
  box: await w.locator('.rf-start').boundingBox(),
});

const focused = (page) => page.evaluate(() => document.querySelector('redflag-check').shadowRoot.activeElement?.tagName);

for (const [lang, locale] of [
  ['en', 'en-GB'],
  ['th', 'th-TH'],
  ['ar', 'ar-AE'],
  ['my', 'my-MM'],
]) {
  test(`the loader draws the first screen the widget draws (${lang}), and a pathway chosen before the wasm opens when it is there`, async () => {
    const { context, page, log, release } = await openHeld('country="TH"', { width: 390, height: 844, locale });
    try {
      const w = widget(page);
      await w.locator('[data-rf-drawn="loader"] .rf-start').waitFor();
      const drawn = await firstScreen(w);
      assert.equal(drawn.lang, lang);
      assert.equal(drawn.dir, lang === 'ar' ? 'rtl' : 'ltr');
      assert.equal(await w.locator('.rf-exit').count(), 1, 'its Exit');
      assert.equal(await w.locator('.rf-app').evaluate((app) => app.classList.contains('rr-block')), true, 'marked for session-replay tools');
      await w.locator('.rf-pathway[data-pathway="work"]').click();

      release();
      await w.locator('.rf-question').waitFor();
      assert.equal(await w.locator('[data-rf-drawn]').count(), 0, "the loader's screen is gone");
      assert.equal(await focused(page), 'H2', 'focus on the first question');
      // The widget's own first screen, after Back, says the same and sits where the loader's did.
      await w.locator('.rf-question button.rf-secondary').click();
      await w.locator('.rf-start').waitFor();
      const own = await firstScreen(w);
      assert.deepEqual({ ...own, box: null }, { ...drawn, box: null });
      assert.ok(Math.abs(own.box.height - drawn.box.height) <= 1 && Math.abs(own.box.y - drawn.box.y) <= 1, `${JSON.stringify(drawn.box)} vs ${JSON.stringify(own.box)}`);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}

test('a language chosen on the loader\'s first screen stays when the wasm takes over, and its Exit leaves at once', async () => {
  const { context, page, log, release } = await openHeld('country="TH"', { width: 390, height: 844, locale: 'th-TH' });
  try {
    const w = widget(page);
    await w.locator('.rf-app[data-rf-drawn="loader"][lang="th"]').waitFor();
    await w.locator('.rf-language select').selectOption('en');
    await w.locator('.rf-app[data-rf-drawn="loader"][lang="en"] .rf-start').waitFor();
    assert.equal((await w.locator('.rf-start h2').textContent()).trim(), 'Red Flag Check');
    release();
    await w.locator('.rf-app:not([data-rf-drawn])').waitFor();
    assert.equal(await w.locator('.rf-app').getAttribute('lang'), 'en', 'the language chosen before the wasm');
    assert.equal((await w.locator('.rf-start h2').textContent()).trim(), 'Red Flag Check');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("a press begun on the loader's first screen as the wasm arrives ends there, and its pathway opens", async () => {
  const { context, page, log, release } = await openHeld('country="TH"', { width: 390, height: 844, locale: 'en-GB' });
  try {
    const w = widget(page);
    const work = w.locator('[data-rf-drawn="loader"] .rf-pathway[data-pathway="work"]');
    await work.waitFor();
    await pressAcrossWasmArrival(page, work, release);
    await w.locator('.rf-question').waitFor({ timeout: 10000 });
    assert.equal(await w.locator('[data-rf-drawn]').count(), 0, "the loader's screen is gone");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("the Exit of the loader's first screen leaves before the wasm is there", async () => {
  const { context, page, release } = await openHeld('country="TH" exit-url="/left.html"', { width: 390, height: 844, locale: 'en-GB' });
  try {
    await servePage(page, 'left.html', '<!doctype html><title>Left</title><p>Elsewhere</p>');
    const w = widget(page);
    await w.locator('[data-rf-drawn="loader"] .rf-exit').waitFor();
    await Promise.all([page.waitForURL(/left\.html$/), w.locator('.rf-exit').click()]);
    assert.equal(await page.title(), 'Left');
  } finally {
    release();
    await context.close();
  }
});
