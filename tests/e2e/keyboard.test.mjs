// Keyboard only: every pathway from the first Tab to the result with Tab, Shift+Tab, Space,
// Enter and the arrow keys, checking at every step that the focused element shows a focus
// indicator and is not hidden under the sticky exit bar. Then reflow, text size and spacing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { openPage, widget, waitForStart, BASE_URL, hostPage } from './browser.mjs';

// The keyboard tests need something to tab from and to around the widget.
const AROUND = { before: '<p><a id="before" href="#x">A link before the widget</a></p>', after: '<p>After the widget.</p>' };

const ARTIFACTS = new URL('./artifacts/a11y/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const EXIT_URL = 'https://exit.example/';


async function open(options = {}, attributes = `country="TH" exit-url="${EXIT_URL}"`) {
  const session = await openPage(options);
  await session.page.route(`${EXIT_URL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<p>Exit</p>' }));
  await session.page.route(new URL('kb.html', BASE_URL).href, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(attributes, AROUND) }),
  );
  await session.page.goto(new URL('kb.html', BASE_URL).href);
  await waitForStart(session.page);
  return session;
}

/** What has focus inside the widget, whether it shows it, and whether the exit bar covers it. */
function focusState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('redflag-check').shadowRoot;
    const el = root.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const bar = root.querySelector('.rf-exitbar')?.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const inBar = !!el.closest('.rf-exitbar');
    const covered = !inBar && bar && r.top < bar.bottom && r.bottom > bar.top;
    return {
      tag: el.tagName.toLowerCase(),
      cls: el.className,
      name: el.getAttribute('name'),
      value: el.getAttribute('value') ?? el.value ?? null,
      pathway: el.dataset?.pathway ?? null,
      href: el.getAttribute('href'),
      visible,
      covered,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `matches(state)`, checking every stop on the way. */
async function tabTo(page, matches, { back = false, limit = 60 } = {}) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const state = await focusState(page);
    if (!state) continue;
    assert.ok(state.visible, `no visible focus indicator on ${JSON.stringify(state)}`);
    assert.ok(!state.covered, `focus hidden under the exit bar: ${JSON.stringify(state)}`);
    if (matches(state)) return state;
  }
  throw new Error('the element was never reached with the keyboard');
}

const RUNS = [
  ['job-offer', ['offer_hurt']],
  ['work', ['documents_held', 'violence']],
  ['online', ['online_secrecy']],
  ['witness', ['seen_hotel_staff', 'seen_watched']],
];

for (const [pathway, yes] of RUNS) {
  test(`the ${pathway} pathway works with the keyboard alone`, async () => {
    const { context, page, log } = await open({ width: 390, height: 700 });
    try {
      const w = widget(page);
      await page.locator('#before').focus();
      await tabTo(page, (s) => s.pathway === pathway);
      await page.keyboard.press('Enter');
      let asked = 0;
      while ((await w.locator('.rf-question').count()) > 0 && asked < 40) {
        // Focus is on the new question's heading.
        const heading = await focusState(page);
        assert.equal(heading.tag, 'h2', 'focus moves to the question');
        const id = await w.locator('.rf-question input[type=radio]').first().getAttribute('name');
        const radio = await tabTo(page, (s) => s.tag === 'input');
        assert.equal(radio.name, id);
        if (yes.includes(id)) {
          await page.keyboard.press('Space');
        } else {
          // Arrow keys move through the group and choose as they go: Yes, then No.
          await page.keyboard.press('Space');
          await page.keyboard.press('ArrowDown');
        }
        const chosen = await w.locator('.rf-question input:checked').getAttribute('value');
        assert.equal(chosen, yes.includes(id) ? 'yes' : 'no');
        if (asked === 1) {
          // Back with Shift+Tab and Enter, then forward again: the answer is still there.
          await tabTo(page, (s) => s.cls.includes('rf-secondary'));
          await page.keyboard.press('Enter');
          await tabTo(page, (s) => s.tag === 'input');
          await tabTo(page, (s) => s.cls.includes('rf-primary'));
          await page.keyboard.press('Enter');
          await tabTo(page, (s) => s.tag === 'input');
          await page.keyboard.press(yes.includes(id) ? 'Space' : 'ArrowDown');
        }
        await page.keyboard.press('Enter');
        asked += 1;
        if (await w.locator('.rf-urgent').count()) {
          assert.equal((await focusState(page)).tag, 'h2', 'focus moves to the emergency help');
          await tabTo(page, (s) => s.cls.includes('rf-secondary') && s.tag === 'button');
          await page.keyboard.press('Enter');
        }
      }
      await w.locator('.rf-result').waitFor();
      assert.equal((await focusState(page)).tag, 'h2', 'focus moves to the result');
      // A help line can be reached, the country and the language changed, with keys alone.
      const country = await tabTo(page, (s) => s.tag === 'select' && s.cls === '');
      assert.equal(country.value, 'TH');
      await page.keyboard.press('ArrowDown');
      assert.notEqual(await w.locator('.rf-country-picker select').inputValue(), 'TH', 'the country changed');
      await page.keyboard.press('ArrowUp');
      assert.equal(await w.locator('.rf-country-picker select').inputValue(), 'TH');
      await tabTo(page, (s) => s.href?.startsWith('tel:'));
      await tabTo(page, (s) => s.tag === 'h2' || s.tag === 'select', { back: true });
      const requests = log.requests.length;
      await tabTo(page, (s) => s.tag === 'select' && s.value === 'en', { back: true });
      await page.keyboard.press('ArrowDown');
      assert.notEqual(await w.locator('.rf-app').getAttribute('lang'), 'en', 'the language changed');
      assert.equal(await w.locator('.rf-result').count(), 1, 'still on the result');
      assert.deepEqual(log.requests.slice(requests), []);
      // And leave with the exit link.
      await tabTo(page, (s) => s.cls === 'rf-exit', { back: true });
      await page.keyboard.press('Enter');
      await page.waitForURL(EXIT_URL);
    } finally {
      await context.close();
    }
  });
}

test('a witness writes and hands over a report with the keyboard alone', async () => {
  const { context, page, log } = await open({ width: 390, height: 700 }, `country="US" pathway="witness" exit-url="${EXIT_URL}"`);
  try {
    const w = widget(page);
    // To the result by pointer; the report screen by keys alone.
    await w.locator('.rf-pathway').click();
    while (await w.locator('.rf-question').count()) {
      const id = await w.locator('.rf-question input[type=radio]').first().getAttribute('name');
      await w.locator(`.rf-question input[value=${id === 'seen_watched' ? 'yes' : 'no'}]`).click();
      await w.locator('.rf-question button[type=submit]').click();
    }
    await w.locator('.rf-result').waitFor();
    const requests = log.requests.length;
    await w.locator('.rf-result h2[data-focus]').focus();
    await tabTo(page, (s) => s.cls.includes('rf-report-open'));
    await page.keyboard.press('Enter');
    await w.locator('.rf-report').waitFor();
    assert.equal((await focusState(page)).tag, 'h2', 'focus moves to the report screen');
    await tabTo(page, (s) => s.tag === 'input' && s.cls === '');
    await page.keyboard.type('Lobby of the Harbour Hotel');
    await tabTo(page, (s) => s.cls.includes('rf-copy'));
    await page.keyboard.press('Enter');
    await w.locator('.rf-copied:not(:empty)').waitFor();
    const message = await w.locator('.rf-message').inputValue();
    assert.ok(message.includes('Lobby of the Harbour Hotel'), message);
    const link = await tabTo(page, (s) => s.href?.startsWith('sms:'));
    assert.equal(decodeURIComponent(link.href.split('body=')[1]), message, 'the SMS link carries the message');
    await tabTo(page, (s) => s.cls.includes('rf-secondary') && s.tag === 'button');
    await page.keyboard.press('Enter');
    await w.locator('.rf-result').waitFor();
    assert.equal((await focusState(page)).tag, 'h2', 'focus moves back to the result');
    assert.deepEqual(log.requests.slice(requests), [], 'nothing was requested');
  } finally {
    await context.close();
  }
});

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test('text at 200% fits 640 px without horizontal scrolling (320 px at 200% zoom)', async () => {
  const { context, page } = await open({ width: 640, height: 900 });
  try {
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const w = widget(page);
    assert.equal(await overflow(page), false);
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    assert.equal(await overflow(page), false);
    await page.screenshot({ path: new URL('text-200.png', ARTIFACTS).pathname, fullPage: true });
  } finally {
    await context.close();
  }
});

for (const lang of ['th', 'km', 'my']) {
  test(`text-spacing overrides do not clip ${lang}`, async () => {
    const { context, page } = await open({ width: 360, height: 800 }, `lang="${lang}" country="TH" pathway="work"`);
    try {
      // WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16.
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
          word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
        const root = document.querySelector('redflag-check').shadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      });
      const w = widget(page);
      await w.locator('.rf-pathway').click();
      const clipped = await page.evaluate(() => {
        const root = document.querySelector('redflag-check').shadowRoot;
        return [...root.querySelectorAll('h2, p, label, button, a, span')]
          .filter((el) => !el.closest('.rf-visually-hidden'))
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
          .map((el) => el.className || el.tagName);
      });
      assert.deepEqual(clipped, []);
      assert.equal(await overflow(page), false);
      await page.screenshot({ path: new URL(`spacing-${lang}.png`, ARTIFACTS).pathname, fullPage: true });
    } finally {
      await context.close();
    }
  });
}

test('dark mode and forced colours: screenshots and axe', async () => {
  for (const [name, options, attributes] of [
    ['dark-auto', { colorScheme: 'dark' }, 'country="TH" theme="auto"'],
    ['dark-attribute', {}, 'country="TH" theme="dark"'],
    ['forced-colors', { forcedColors: 'active' }, 'country="TH"'],
  ]) {
    const session = await openPage({ width: 390, height: 800 });
    try {
      if (options.colorScheme) await session.page.emulateMedia({ colorScheme: options.colorScheme });
      if (options.forcedColors) await session.page.emulateMedia({ forcedColors: options.forcedColors });
      await session.page.route(new URL('dark.html', BASE_URL).href, (route) =>
        route.fulfill({ contentType: 'text/html', body: hostPage(attributes, AROUND) }),
      );
      await session.page.goto(new URL('dark.html', BASE_URL).href);
      await waitForStart(session.page);
      const w = widget(session.page);
      await w.locator('.rf-pathway[data-pathway="work"]').click();
      await session.page.screenshot({ path: new URL(`${name}-question.png`, ARTIFACTS).pathname });
      const { createRequire } = await import('node:module');
      const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
      await session.page.addScriptTag({ path: axePath });
      const violations = await session.page.evaluate(async () => {
        const r = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
        });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      });
      assert.deepEqual(violations, [], name);
    } finally {
      await session.context.close();
    }
  }
});
