// Every shipped language end to end: the first question and the result at 320 px (screenshots
// to look at), lang and dir on the widget, no overflow; switching language keeps every answer;
// the language follows the browser and the `lang` attribute.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { openPage, widget, waitForStart, BASE_URL, hostPage } from './browser.mjs';

const ARTIFACTS = new URL('./artifacts/languages/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const content = (path) => JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));
const { languages } = content('text/languages.json');
const english = content('text/en.json');


async function open(options, attributes) {
  const session = await openPage(options);
  await session.page.route(new URL('lang.html', BASE_URL).href, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(attributes) }),
  );
  await session.page.goto(new URL('lang.html', BASE_URL).href);
  await waitForStart(session.page);
  return session;
}

async function next(w, value) {
  await w.locator(`.rf-question input[value=${value}]`).click();
  await w.locator('.rf-question button[type=submit]').click();
}

// The picker's languages, read in one go (the picker grows while packs arrive).
const pickerLanguages = (w) => w.locator('.rf-language select').evaluate((select) => [...select.options].map((o) => o.value));

/** The picker's languages once they are `expected`, or as they are after five seconds. */
async function pickerSettles(w, expected) {
  let offered = await pickerLanguages(w);
  for (let i = 0; i < 100 && offered.join(' ') !== expected.join(' '); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    offered = await pickerLanguages(w);
  }
  return offered;
}

const overflows = (page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

for (const { code, dir } of languages) {
  test(`${code}: first question and result at 320 px`, async () => {
    const { context, page, log } = await open({ width: 320, height: 720 }, `lang="${code}" country="TH" pathway="work"`);
    try {
      const w = widget(page);
      const app = w.locator('.rf-app');
      assert.equal(await app.getAttribute('lang'), code);
      assert.equal(await app.getAttribute('dir'), dir);
      await w.locator('.rf-pathway').click();
      const question = (await w.locator('.rf-question legend').textContent()).trim();
      if (code !== 'en') assert.notEqual(question, english['q.under_18'], 'the question is translated');
      await page.screenshot({ path: new URL(`${code}-question-320.png`, ARTIFACTS).pathname, fullPage: true });
      assert.equal(await overflows(page), false, 'no horizontal scrolling on the question');
      for (let i = 0; i < 30 && (await w.locator('.rf-question').count()); i += 1) {
        const id = await w.locator('.rf-question input[type=radio]').first().getAttribute('name');
        await next(w, ['documents_held', 'excessive_hours'].includes(id) ? 'yes' : 'no');
      }
      await w.locator('.rf-result').waitFor();
      assert.equal(await w.locator('.rf-flag').count(), 2);
      assert.equal(await w.locator('a[href="tel:1300"]').count(), 1);
      await page.screenshot({ path: new URL(`${code}-result-320.png`, ARTIFACTS).pathname, fullPage: true });
      assert.equal(await overflows(page), false, 'no horizontal scrolling on the result');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}

const other = languages.find((l) => l.code !== 'en');

test('switching language keeps every answer and the current question', { skip: !other }, async () => {
  const { context, page, log } = await open({}, 'country="TH"');
  try {
    const w = widget(page);
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    await next(w, 'yes');
    await next(w, 'no');
    await next(w, 'yes');
    const before = await w.locator('.rf-question input[type=radio]').first().getAttribute('name');
    const requests = log.requests.length;
    await w.locator('.rf-language select').selectOption(other.code);
    assert.equal(await w.locator('.rf-app').getAttribute('lang'), other.code);
    assert.equal(await w.locator('.rf-question input[type=radio]').first().getAttribute('name'), before);
    await w.locator('.rf-question button.rf-secondary').click();
    assert.equal(await w.locator('.rf-question input[value=yes]').isChecked(), true, 'the earlier answer is kept');
    assert.deepEqual(log.requests.slice(requests), [], 'no request on a language switch');
  } finally {
    await context.close();
  }
});

test('changing the lang attribute after start keeps the answers', { skip: !other }, async () => {
  const { context, page } = await open({}, 'country="TH"');
  try {
    const w = widget(page);
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    await next(w, 'yes');
    const before = await w.locator('.rf-question input[type=radio]').first().getAttribute('name');
    await page.evaluate((code) => document.querySelector('redflag-check').setAttribute('lang', code), other.code);
    await page.waitForFunction(
      (code) => document.querySelector('redflag-check').shadowRoot.querySelector('.rf-app').getAttribute('lang') === code,
      other.code,
    );
    assert.equal(await w.locator('.rf-question input[type=radio]').first().getAttribute('name'), before);
  } finally {
    await context.close();
  }
});

// Browser locales and the language they must get.
const NEGOTIATION = [
  ['th-TH', 'th'],
  ['vi-VN', 'vi'],
  ['id-ID', 'id'],
  ['ms-MY', 'ms'],
  ['fil-PH', 'fil'],
  ['km-KH', 'km'],
  ['lo-LA', 'lo'],
  ['my-MM', 'my'],
  ['zh-CN', 'zh'],
  ['ar-AE', 'ar'],
  ['de-DE', 'en'],
];

for (const [locale, expected] of NEGOTIATION) {
  const shipped = languages.some((l) => l.code === expected);
  test(`a browser in ${locale} gets ${expected}`, { skip: !shipped && `${expected} is not shipped` }, async () => {
    const { context, page } = await open({ locale }, '');
    try {
      assert.equal(await widget(page).locator('.rf-app').getAttribute('lang'), expected);
    } finally {
      await context.close();
    }
  });
}

test('the language shown first arrives before the widget shows; the host can limit the languages loaded', async () => {
  const { context, page, log } = await open({ locale: 'my-MM' }, 'languages="en th my" country="MM"');
  try {
    const w = widget(page);
    // The first render is already in Burmese: its pack came before the widget mounted.
    assert.equal(await w.locator('.rf-app').getAttribute('lang'), 'my');
    await page.waitForTimeout(300);
    const packs = log.requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/redflag-text-'));
    assert.deepEqual(packs, ['/redflag-text-my.bin', '/redflag-text-th.bin'], 'the shown language first, only those offered');
    assert.deepEqual(await pickerSettles(w, ['en', 'th', 'my']), ['en', 'th', 'my']);
  } finally {
    await context.close();
  }
});

test('a language pack that cannot be loaded leaves the widget in English, with a warning', async () => {
  const session = await openPage({ locale: 'th-TH' });
  const { context, page, log } = session;
  try {
    await page.route(new URL('redflag-text-th.bin', BASE_URL).href, (route) => route.abort());
    await page.route(new URL('lang.html', BASE_URL).href, (route) =>
      route.fulfill({ contentType: 'text/html', body: hostPage('country="TH"') }),
    );
    await page.goto(new URL('lang.html', BASE_URL).href);
    await waitForStart(page);
    const w = widget(page);
    assert.equal(await w.locator('.rf-app').getAttribute('lang'), 'en');
    assert.equal((await w.locator('.rf-start h2').textContent()).trim(), english['ui.title']);
    assert.ok(log.console.some((m) => m.type === 'warning' && m.text.includes('th text could not be loaded')));
    // Thai is not offered in the picker; the rest are, once their packs are in.
    const rest = languages.map((l) => l.code).filter((code) => code !== 'th');
    assert.deepEqual(await pickerSettles(w, rest), rest);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// On a machine without the fonts, these scripts draw as empty boxes and every screenshot above
// shows boxes. The set-up installs Noto for them; this checks the widget's own text really
// draws with a font that has the glyphs: a string drawn in the widget's font must differ from
// the same number of unassigned code points, which every engine draws as its missing-glyph box.
for (const [code, key] of [['my', 'ui.title'], ['km', 'ui.title'], ['th', 'ui.title'], ['lo', 'ui.title'], ['zh', 'ui.title']]) {
  test(`${code}: the script's glyphs really render (a font is installed for it)`, async () => {
    const { context, page } = await open({}, `lang="${code}"`);
    try {
      const heading = widget(page).locator('.rf-start h2');
      const text = (await heading.textContent()).trim();
      const { drawn, missing } = await heading.evaluate((el, sample) => {
        const font = `32px ${getComputedStyle(el).fontFamily}`;
        const picture = (str) => {
          const canvas = document.createElement('canvas');
          canvas.width = 600;
          canvas.height = 60;
          const g = canvas.getContext('2d');
          g.font = font;
          g.fillText(str, 0, 45);
          return Array.from(g.getImageData(0, 0, 600, 60).data.filter((_, i) => i % 4 === 3)).join(',');
        };
        const chars = [...sample].filter((c) => c.trim()).slice(0, 4).join('');
        // U+0378..U+037B are unassigned: no font has them.
        return { drawn: picture(chars), missing: picture('\u0378\u0379\u0380\u0381'.slice(0, chars.length)) };
      }, text);
      assert.notEqual(drawn, missing, `${code} "${text}" draws as missing-glyph boxes: install its fonts (xtask setup does)`);
      assert.ok(drawn.split(',').some((a) => a !== '0'), 'something was drawn');
    } finally {
      await context.close();
    }
  });
}

