// Privacy and safety on hostile pages: strict CSP and Trusted Types, the fallback that always
// shows help, the quick exit's details (indicator, announcements, referrer, bfcache), the safety
// page, isolated mode and the built files themselves.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { openPage, widget, waitForStart, answer, BASE_URL, hostPage } from './browser.mjs';

const EXIT_URL = 'https://exit.example/';
const DIST = new URL('../../dist/', import.meta.url);

/** The host page of these tests: a link to leave by, and the host's own fallback content. */
const safetyPage = (attributes = '', { head = '' } = {}) =>
  hostPage(attributes, {
    title: 'Host',
    head,
    before: `<p><a id="away" href="${new URL('away.html', BASE_URL).href}">Away</a></p>`,
    children: '<p id="host-fallback">Host fallback text</p>',
  });

/** Serves test pages at the local origin, optionally with response headers such as a CSP. */
async function serve(page, pages, headers = {}) {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Weather</title><p>Neutral page</p>' }),
  );
  for (const [path, body] of Object.entries(pages)) {
    await page.route(new URL(path, BASE_URL).href, (route) =>
      route.fulfill({ contentType: 'text/html', headers, body }),
    );
  }
}

/** Records CSP and Trusted Types violations as the page reports them. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const STRICT =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'";

test('a whole run works under a strict CSP with Trusted Types enforced', async () => {
  const { context, page, log } = await openPage();
  try {
    await watchViolations(page);
    await serve(page, { 'tt.html': safetyPage('country="TH"') }, {
      'Content-Security-Policy': `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'`,
    });
    await page.goto(new URL('tt.html', BASE_URL).href);
    await waitForStart(page);
    const w = widget(page);
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    for (let i = 0; i < 30 && (await w.locator('.rf-question').count()); i += 1) await answer(page, 'No');
    await w.locator('.rf-result').waitFor();
    assert.equal(await w.locator('a[href="tel:1300"]').count(), 1);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('the built JavaScript has no eval and no new Function', () => {
  for (const file of readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(new URL(file, DIST), 'utf8');
    assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\s*\(/, file);
  }
});

async function expectFallback(page, country) {
  const w = widget(page);
  await w.locator('.rf-fallback[data-fallback]').waitFor();
  assert.equal(await w.locator('.rf-fallback').getAttribute('data-fallback'), country);
  assert.equal(await page.locator('#host-fallback').isVisible(), true, "the host's own fallback is shown");
  assert.equal(await w.locator('.rf-fallback-exit').count(), 1);
  return w;
}

test('without WebAssembly the fallback shows the country’s help and the exit', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage(`country="TH" exit-url="${EXIT_URL}"`) });
    await page.addInitScript(() => {
      delete globalThis.WebAssembly;
    });
    await page.goto(new URL('host.html', BASE_URL).href);
    const w = await expectFallback(page, 'TH');
    assert.equal(await w.locator('a[href="tel:191"]').count(), 1);
    assert.equal(await w.locator('a[href="tel:1300"]').count(), 1);
    await w.locator('.rf-fallback-exit').click();
    await page.waitForURL(EXIT_URL);
  } finally {
    await context.close();
  }
});

test("a CSP without 'wasm-unsafe-eval' gets the fallback, with the country from the time zone", async () => {
  const { context, page } = await openPage({ timezoneId: 'Asia/Manila' });
  try {
    await serve(page, { 'nowasm.html': safetyPage() }, {
      'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'",
    });
    await page.goto(new URL('nowasm.html', BASE_URL).href);
    const w = await expectFallback(page, 'PH');
    assert.equal(await w.locator('a[href="tel:911"]').count(), 1);
    assert.equal(await w.locator('a[href="tel:1343"]').count(), 1);
  } finally {
    await context.close();
  }
});

test('a broken wasm file gets the fallback', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage('country="GB"') });
    await page.route(new URL('redflag-core_bg.wasm', BASE_URL).href, (route) =>
      route.fulfill({ contentType: 'application/wasm', body: Buffer.from('not wasm at all') }),
    );
    await page.goto(new URL('host.html', BASE_URL).href);
    const w = await expectFallback(page, 'GB');
    // A UK freephone connects only in its local form.
    assert.equal(await w.locator('a[href="tel:08000121700"]').count(), 1);
  } finally {
    await context.close();
  }
});

test('a trap while running replaces the widget with the fallback', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage('country="VN"') });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    await widget(page).locator('.rf-pathway[data-pathway="work"]').click();
    await answer(page, 'Yes');
    // How the browser reports a Rust panic in the wasm.
    await page.evaluate(() => {
      const error = new WebAssembly.RuntimeError('unreachable');
      window.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
    });
    const w = await expectFallback(page, 'VN');
    assert.equal(await w.locator('.rf-question').count(), 0, 'the answers are gone');
    assert.equal(await w.locator('a[href="tel:111"]').count(), 1);
  } finally {
    await context.close();
  }
});

test('Shift presses show dots and are announced; the count expires', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage(`exit-url="${EXIT_URL}"`) });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    const w = widget(page);
    const status = w.locator('[role=status]').first();
    await page.keyboard.press('Shift');
    assert.equal(await status.textContent(), 'Shift: press 2 more times to leave this page.');
    assert.equal(await w.locator('.rf-shift-dots span.rf-on').count(), 1);
    assert.equal(await w.locator('.rf-shift').getAttribute('hidden'), null, 'the dots are shown');
    await page.keyboard.press('Shift');
    assert.equal(await status.textContent(), 'Shift: press 1 more time to leave this page.');
    assert.equal(await w.locator('.rf-shift-dots span.rf-on').count(), 2);
    await page.waitForTimeout(5500);
    assert.equal(await status.textContent(), 'Leaving with the Shift key was cancelled.');
    assert.equal(await w.locator('.rf-shift').getAttribute('hidden'), '', 'the dots are gone');
    assert.equal(new URL(page.url()).pathname, '/host.html');
  } finally {
    await context.close();
  }
});

/**
 * Records, into the page, what `inspect` finds at the moment the quick exit hides the page, and
 * answers the exit page's request with "204 No Content", so that the page stays and the test
 * reads what it recorded from the page itself (a console message sent that late can be lost with
 * the page). `recorded()` waits for the exit page's request, then gives what was recorded and
 * that request.
 */
async function watchExit(page, exitUrl, inspect) {
  await page.addInitScript({
    content: `
      window.__exitStates = [];
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver(() => {
          if (document.documentElement.style.visibility !== 'hidden') return;
          window.__exitStates.push((${inspect})());
        }).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
      });`,
  });
  let requestedWith;
  const requested = new Promise((resolve) => {
    requestedWith = resolve;
  });
  await page.route(exitUrl, (route) => {
    requestedWith(route.request());
    return route.fulfill({ status: 204 });
  });
  return {
    recorded: async () => {
      let timer;
      const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${exitUrl} was not requested within 15 s`)), 15000);
      });
      const request = await Promise.race([requested, late]).finally(() => clearTimeout(timer));
      return { states: await page.evaluate(() => window.__exitStates), request };
    },
  };
}

test('leaving hides the page and wipes the widget at once, and sends no referrer', async () => {
  const { context, page } = await openPage();
  try {
    const exitPage = new URL('exit.html', BASE_URL).href;
    await serve(page, { 'host.html': safetyPage(`exit-url="${exitPage}"`) });
    const exit = await watchExit(page, exitPage, () => {
      const root = document.querySelector('redflag-check')?.shadowRoot;
      return root ? root.querySelectorAll('input, .rf-question').length : -1;
    });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    const w = widget(page);
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    await answer(page, 'Yes');
    await w.locator('.rf-exit').click();
    const { states, request } = await exit.recorded();
    assert.deepEqual(states, [0], 'hidden, with the questions and answers already gone');
    assert.equal(request.headers().referer, undefined, 'the exit page gets no Referer header');
  } finally {
    await context.close();
  }
});

test('"Leaving this page" is said by a live region that stays in the accessibility tree while the page is hidden', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage(`exit-url="${EXIT_URL}"`) });
    // What a screen reader can still reach the moment the page is hidden.
    const exit = await watchExit(page, EXIT_URL, () => {
      const status = document.querySelector('redflag-check').shadowRoot.querySelector('[role="status"]');
      return {
        page: getComputedStyle(document.documentElement).visibility,
        status: getComputedStyle(status).visibility,
        text: status.textContent,
      };
    });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    await widget(page).locator('.rf-exit').click();
    const { states } = await exit.recorded();
    assert.deepEqual(states, [{ page: 'hidden', status: 'visible', text: 'Leaving this page.' }]);
  } finally {
    await context.close();
  }
});

test('a relative exit-url leaves for that page of the host site', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage('exit-url="/weather?from=exit"'), 'weather?from=exit': '<p>Weather</p>' });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    await widget(page).locator('.rf-exit').click();
    await page.waitForURL(new URL('/weather?from=exit', BASE_URL).href);
  } finally {
    await context.close();
  }
});

/**
 * A fresh page with the back/forward cache on, showing the widget with `attributes` and a link
 * away; `comeBack()` follows the link, goes Back and says whether the page came from the cache.
 */
async function cachedHost(attributes = '') {
  const session = await openPage({ backForwardCache: true });
  const { page } = session;
  await page.addInitScript(() => {
    window.addEventListener('pageshow', (e) => {
      window.__restored = e.persisted;
    });
  });
  await serve(page, { 'host.html': safetyPage(attributes), 'away.html': '<!DOCTYPE html><title>Away</title><p>Away</p>' });
  await page.goto(new URL('host.html', BASE_URL).href);
  await waitForStart(page);
  const comeBack = async () => {
    await page.locator('#away').click();
    await page.waitForURL(/away\.html/);
    // A restore from the cache fires no load event; wait for the commit only.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__restored !== undefined);
    await waitForStart(page);
    return page.evaluate(() => window.__restored);
  };
  return { ...session, comeBack };
}

test('a page restored from the back/forward cache comes back without answers', async () => {
  const { context, page, comeBack } = await cachedHost();
  try {
    const w = widget(page);
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    await answer(page, 'Yes');
    await answer(page, 'Yes');
    assert.equal(await comeBack(), true, 'restored from the back/forward cache');
    assert.equal(await w.locator('.rf-question').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.style.visibility), '');
  } finally {
    await context.close();
  }
});

test('what was typed for a report is gone when the page comes back from the back/forward cache', async () => {
  const { context, page, comeBack } = await cachedHost('pathway="witness"');
  try {
    const w = widget(page);
    await w.locator('.rf-pathway').click();
    while (await w.locator('.rf-question').count()) {
      await answer(page, 'No');
    }
    await w.locator('.rf-report-open').click();
    await w.locator('.rf-detail[data-detail="description"] textarea').fill('Tall man, red cap');
    assert.equal(await comeBack(), true, 'restored from the back/forward cache');
    assert.equal(await w.locator('.rf-report').count(), 0);
    const typed = await page.evaluate(() =>
      [...document.querySelector('redflag-check').shadowRoot.querySelectorAll('input, textarea')].map((i) => i.value).join(' '),
    );
    assert.ok(!typed.includes('Tall man'), typed);
  } finally {
    await context.close();
  }
});

test('the safety page is reachable from every screen', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage() });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    const w = widget(page);
    const openSafety = async () => {
      await w.locator('.rf-safety-link').click();
      await w.locator('.rf-safety').waitFor();
      assert.match(await w.locator('.rf-safety').textContent(), /cannot remove this website from your browser history/);
      await w.locator('.rf-safety button', { hasText: 'Back' }).click();
    };
    await openSafety();
    await w.locator('.rf-start').waitFor();
    await w.locator('.rf-pathway[data-pathway="online"]').click();
    await openSafety();
    await w.locator('.rf-question').waitFor();
  } finally {
    await context.close();
  }
});

test('the secondary exit link is the first thing keyboard users reach', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage(`exit-url="${EXIT_URL}"`) });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    await page.locator('#away').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.querySelector('redflag-check').shadowRoot.activeElement?.className);
    assert.equal(focused, 'rf-skip-exit');
    await page.keyboard.press('Enter');
    await page.waitForURL(EXIT_URL);
  } finally {
    await context.close();
  }
});

test('isolated mode runs in a sandboxed frame the host cannot read, and exits the host', async () => {
  const { context, page, log } = await openPage();
  try {
    await serve(page, {
      'before.html': '<!DOCTYPE html><title>Before</title>',
      'iso.html': safetyPage(`isolated country="TH" exit-url="${EXIT_URL}"`),
    });
    await page.goto(new URL('before.html', BASE_URL).href);
    await page.goto(new URL('iso.html', BASE_URL).href);
    const frame = page.frameLocator('iframe.rf-frame');
    await frame.locator('redflag-check .rf-start h2').waitFor();
    const sandbox = await page.locator('iframe.rf-frame').getAttribute('sandbox');
    assert.doesNotMatch(sandbox, /allow-same-origin/);
    assert.equal(await page.evaluate(() => document.querySelector('redflag-check').shadowRoot.querySelector('iframe').contentDocument), null);
    // The host learns only the height.
    await page.waitForFunction(() => parseInt(document.querySelector('redflag-check').shadowRoot.querySelector('iframe').style.height, 10) > 300);
    await frame.locator('redflag-check .rf-pathway[data-pathway="work"]').click();
    await frame.locator('redflag-check .rf-question input[value=yes]').click();
    await frame.locator('redflag-check .rf-question button[type=submit]').click();
    await frame.locator('redflag-check .rf-exit').click();
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, '/before.html');
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('in isolated mode, Shift pressed three times inside the frame leaves the host page', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'iso.html': safetyPage(`isolated exit-url="${EXIT_URL}"`) });
    await page.goto(new URL('iso.html', BASE_URL).href);
    const frame = page.frameLocator('iframe.rf-frame');
    await frame.locator('redflag-check .rf-pathway').first().focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
  } finally {
    await context.close();
  }
});

// The compact card is a teaser on a checkout: until the person opens the check it has no quick
// exit, so one stray tap or Shift key does not take them away from their booking.
const CARD = `variant="compact" destination="TH" exit-url="${EXIT_URL}"`;

/** Shift pressed three times, then long enough for a page change to have begun. */
async function shiftThrice(page) {
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForTimeout(500);
}

/** Asserts the page is still the host page, shown, with the closed card on it. */
async function stillOnTheCard(page, why) {
  assert.equal(new URL(page.url()).pathname, '/host.html', `${why}: the address stays`);
  assert.equal(await page.evaluate(() => document.documentElement.style.visibility), '', `${why}: the page stays visible`);
  assert.equal(await widget(page).locator('.rf-card').isVisible(), true, `${why}: the card is still there`);
}

test('the closed compact card has no Exit, and Shift pressed three times stays on the page', async () => {
  const { context, page, log } = await openPage({ width: 390, height: 844 });
  try {
    await serve(page, { 'host.html': safetyPage(CARD) });
    await page.goto(new URL('host.html', BASE_URL).href);
    const w = widget(page);
    await w.locator('.rf-card').waitFor();
    assert.equal(await w.locator('.rf-exit, .rf-skip-exit, .rf-fallback-exit, .rf-exitbar').count(), 0, 'no Exit control');
    await shiftThrice(page);
    await stillOnTheCard(page, 'Shift with the page focused');
    assert.equal(await w.locator('.rf-shift').getAttribute('hidden'), '', 'no Shift count shown');
    await w.locator('.rf-card-start').focus();
    await shiftThrice(page);
    await stillOnTheCard(page, "Shift on the card's button");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('opening the compact card brings the Exit and Shift×3; back on the card they go again', async () => {
  const { context, page } = await openPage({ width: 390, height: 844 });
  try {
    await serve(page, { 'host.html': safetyPage(CARD) });
    await page.goto(new URL('host.html', BASE_URL).href);
    const w = widget(page);
    await w.locator('.rf-card-start').click();
    await w.locator('.rf-question').waitFor();
    assert.equal(await w.locator('.rf-exit').isVisible(), true, 'the Exit is shown with the check');
    assert.equal(await w.locator('.rf-exit').getAttribute('href'), EXIT_URL);
    // Back from the first question closes the check: the card again, without an exit.
    await w.locator('.rf-question button', { hasText: 'Back' }).click();
    await w.locator('.rf-card').waitFor();
    assert.equal(await w.locator('.rf-exit, .rf-skip-exit').count(), 0, 'no Exit on the card again');
    await shiftThrice(page);
    await stillOnTheCard(page, 'back on the card');
    // Opened again, Shift pressed three times leaves, as on the full variant.
    await w.locator('.rf-card-start').click();
    await w.locator('.rf-question input[value=yes]').focus();
    await page.keyboard.press('Shift');
    assert.equal(await w.locator('.rf-shift-dots span.rf-on').count(), 1, 'the count is shown');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
  } finally {
    await context.close();
  }
});

test('the full variant shows its Exit on the first screen, and Shift×3 there leaves', async () => {
  const { context, page } = await openPage({ width: 390, height: 844 });
  try {
    await serve(page, { 'host.html': safetyPage(`exit-url="${EXIT_URL}"`) });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    assert.equal(await widget(page).locator('.rf-exit').isVisible(), true, 'the Exit is there from the start');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
  } finally {
    await context.close();
  }
});

test('in isolated mode the closed compact card has no exit either, in the frame or on the host', async () => {
  const { context, page, log } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage(`isolated ${CARD}`) });
    await page.goto(new URL('host.html', BASE_URL).href);
    const frame = page.frameLocator('iframe.rf-frame');
    const card = frame.locator('redflag-check .rf-card');
    await card.waitFor();
    assert.equal(await frame.locator('redflag-check .rf-exit, redflag-check .rf-skip-exit').count(), 0, 'none in the frame');
    assert.equal(await widget(page).locator('.rf-fallback-exit').getAttribute('hidden'), '', "the host's keyboard exit link is hidden");
    // Shift inside the frame, then on the host page.
    await frame.locator('redflag-check .rf-card-start').focus();
    await shiftThrice(page);
    assert.equal(new URL(page.url()).pathname, '/host.html', 'Shift in the frame');
    await page.locator('#away').focus();
    await shiftThrice(page);
    assert.equal(new URL(page.url()).pathname, '/host.html', 'Shift on the host page');
    assert.equal(await page.evaluate(() => document.documentElement.style.visibility), '');
    // Opened, the exit is there, and the host follows: Shift on the host page leaves.
    await frame.locator('redflag-check .rf-card-start').click();
    await frame.locator('redflag-check .rf-exit').waitFor();
    await page.waitForFunction(
      () => !document.querySelector('redflag-check').shadowRoot.querySelector('.rf-fallback-exit').hasAttribute('hidden'),
    );
    await page.locator('#away').focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test('without WebAssembly the compact card’s fallback shows help and keeps its exit', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'host.html': safetyPage(CARD) });
    await page.addInitScript(() => {
      delete globalThis.WebAssembly;
    });
    await page.goto(new URL('host.html', BASE_URL).href);
    await expectFallback(page, 'TH');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
  } finally {
    await context.close();
  }
});

test('a message from anything but the widget’s own frame is ignored', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, { 'iso.html': safetyPage(`isolated exit-url="${EXIT_URL}"`) });
    await page.goto(new URL('iso.html', BASE_URL).href);
    await page.frameLocator('iframe.rf-frame').locator('redflag-check .rf-start h2').waitFor();
    await page.evaluate(() => window.postMessage({ type: 'redflag-exit' }, '*'));
    await page.waitForTimeout(300);
    assert.equal(new URL(page.url()).pathname, '/iso.html');
  } finally {
    await context.close();
  }
});

// Each vendor's marker, as its documentation gives it (see EMBEDDING.md).
const REPLAY_MARKERS = {
  classes: ['rr-block', 'rr-ignore', 'rr-mask', 'ph-no-capture', 'sentry-block', 'sentry-mask', 'sentry-ignore', 'fs-exclude', 'dd-privacy-hidden'],
  attributes: { 'data-sentry-block': '', 'data-dd-privacy': 'hidden', 'data-private': '', 'data-openreplay-hidden': '', 'data-cs-mask': '', 'data-clarity-mask': 'true', 'data-hj-suppress': '' },
};

/**
 * The markers missing on the element of `locator` (or, with `shadow`, on each element at the top
 * of its shadow root), as "tag.class: marker".
 */
function unmarked(locator, { shadow = true } = {}) {
  return locator.evaluate((node, { markers, shadow }) => {
    const missing = [];
    for (const element of shadow ? node.shadowRoot.children : [node]) {
      const name = `${element.localName}.${[...element.classList].find((c) => c.startsWith('rf-')) ?? ''}`;
      for (const c of markers.classes) if (!element.classList.contains(c)) missing.push(`${name}: ${c}`);
      for (const [a, v] of Object.entries(markers.attributes)) if (element.getAttribute(a) !== v) missing.push(`${name}: ${a}`);
    }
    return missing;
  }, { markers: REPLAY_MARKERS, shadow });
}

test('the session-replay markers are on the host and on everything at the top of its shadow root, throughout', async () => {
  const { context, page } = await openPage();
  try {
    await serve(page, {
      'host.html': safetyPage('country="TH"'),
      'card.html': safetyPage('variant="compact" destination="TH"'),
      'iso.html': safetyPage('isolated'),
    });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    const host = page.locator('redflag-check');
    assert.deepEqual(await unmarked(host, { shadow: false }), [], 'on the host');
    assert.deepEqual(await unmarked(host), [], 'at the first screen');
    const w = widget(page);
    await w.locator('.rf-language select').selectOption('th');
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    await answer(page, 'Yes');
    assert.deepEqual(await unmarked(host), [], 'after a language switch and an answer');
    await page.goto(new URL('card.html', BASE_URL).href);
    await widget(page).locator('.rf-card').waitFor();
    assert.deepEqual(await unmarked(host), [], 'on the compact card');
    await page.goto(new URL('iso.html', BASE_URL).href);
    assert.deepEqual(await unmarked(host), [], 'in isolated mode');
    const frame = page.frameLocator('iframe.rf-frame');
    await frame.locator('redflag-check .rf-start h2').waitFor();
    assert.deepEqual(await unmarked(frame.locator('body'), { shadow: false }), [], "on the frame's own body");
    assert.deepEqual(await unmarked(frame.locator('redflag-check')), [], 'inside the frame');
    await page.addInitScript(() => delete globalThis.WebAssembly);
    await page.goto(new URL('host.html', BASE_URL).href);
    await expectFallback(page, 'TH');
    assert.deepEqual(await unmarked(host), [], 'on the fallback');
  } finally {
    await context.close();
  }
});
