// Partner features on the demo pages: the compact checkout card (no layout shift, opens the
// witness pathway with the destination's and home's lines), theming with refusal of unreadable
// colours, and the element's lifecycle.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { openPage, widget, answer, waitForStart, BASE_URL } from './browser.mjs';

const ARTIFACTS = new URL('./artifacts/partners/', import.meta.url);
// The header EMBEDDING.md gives partners, word for word.
const GUIDE_POLICY = readFileSync(new URL('../../EMBEDDING.md', import.meta.url), 'utf8')
  .split('\n')
  .find((line) => line.startsWith('Content-Security-Policy: '))
  .slice('Content-Security-Policy: '.length);
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
      assert.equal(await w.locator('.rf-exit').count(), 0, 'no Exit on the closed card');
      await page.screenshot({ path: new URL(`checkout-card-${width}.png`, ARTIFACTS).pathname, fullPage: true });
      await w.locator('.rf-card-start').click();
      assert.equal(await w.locator('.rf-exit').isVisible(), true, 'the Exit comes with the check');
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

function configuredPage(config) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${BASE_URL}redflag.js"></script></head>
<body><redflag-check country="TH" lang="en"><script type="application/json">${config}</script></redflag-check></body></html>`;
}

async function openConfigured(config) {
  const session = await openPage();
  await session.page.route(new URL('partner.html', BASE_URL).href, (route) =>
    route.fulfill({
      contentType: 'text/html',
      // A strict policy: the JSON block must be read as data, never run as a script.
      headers: { 'Content-Security-Policy': "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'" },
      body: configuredPage(config),
    }),
  );
  await session.page.goto(new URL('partner.html', BASE_URL).href);
  await waitForStart(session.page);
  return session;
}

async function toHelp(page) {
  const w = widget(page);
  await w.locator('.rf-pathway[data-pathway="work"]').click();
  for (let i = 0; i < 30 && (await w.locator('.rf-question').count()); i += 1) await answer(page, 'No');
  await w.locator('.rf-result').waitFor();
  return w;
}

test('a partner configuration puts the partner’s own helpline first, under its name', async () => {
  const config = JSON.stringify({
    name: 'Safe Migration Network',
    helplines: [
      { name: 'Our advice line', number: '+66 2 123 4567', country: 'TH', description: 'In Thai and Burmese.' },
      { name: 'Line for Vietnam only', number: '1800 1234', country: 'VN' },
    ],
  });
  const { context, page, log } = await openConfigured(config);
  try {
    const w = widget(page);
    assert.equal((await w.locator('.rf-partner-name').textContent()).trim(), 'Safe Migration Network');
    await toHelp(page);
    const first = w.locator('.rf-lines .rf-line').first();
    assert.match(await first.textContent(), /Our advice line/);
    assert.equal(await first.locator('a').getAttribute('href'), 'tel:+6621234567');
    assert.equal(await w.locator('.rf-partner-line', { hasText: 'Vietnam only' }).count(), 0, 'only lines for the country shown');
    assert.equal(log.console.filter((m) => m.type === 'warning').length, 0);
  } finally {
    await context.close();
  }
});

test('a bad partner configuration is reported once per problem and never blanks the widget', async () => {
  const config = JSON.stringify({ helplines: [{ name: 'No number' }, { name: 'Good', number: '1300 555', country: 'TH' }], extra: 1 });
  const { context, page, log } = await openConfigured(config);
  try {
    const w = await toHelp(page);
    assert.equal(await w.locator('.rf-partner-line').count(), 1);
    // Attribute changes re-read the configuration, but its problems are not reported again.
    await page.evaluate(() => document.querySelector('redflag-check').setAttribute('lang', 'th'));
    await page.evaluate(() => document.querySelector('redflag-check').setAttribute('lang', 'en'));
    await page.waitForTimeout(100);
    const warnings = log.console.filter((m) => m.type === 'warning').map((m) => m.text);
    assert.equal(warnings.length, 2, warnings.join('\n'));
    assert.ok(warnings.some((m) => m.includes('partner helpline 1')));
    assert.ok(warnings.some((m) => m.includes('unknown field "extra"')));
  } finally {
    await context.close();
  }
  const broken = await openConfigured('{ not json');
  try {
    await broken.page.evaluate(() => document.querySelector('redflag-check').setAttribute('lang', 'th'));
    await broken.page.waitForTimeout(100);
    assert.equal(broken.log.console.filter((m) => m.type === 'warning' && m.text.includes('not valid JSON')).length, 1);
    const w = await toHelp(broken.page);
    assert.equal(await w.locator('a[href="tel:1300"]').count(), 1, 'the help is still there');
  } finally {
    await broken.context.close();
  }
});

test('the two lines from EMBEDDING.md work in a blank page under the CSP it gives', async () => {
  const { context, page, log } = await openPage();
  try {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    });
    await page.route(new URL('blank.html', BASE_URL).href, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: {
          'Content-Security-Policy': GUIDE_POLICY,
        },
        body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>
<script type="module" src="/redflag.js"></script>
<redflag-check country="TH"></redflag-check>
</body></html>`,
      }),
    );
    await page.goto(new URL('blank.html', BASE_URL).href);
    await waitForStart(page);
    const w = widget(page);
    // Styled (the constructed stylesheet applies even with style-src 'none').
    const exitColour = await w.locator('.rf-exit').evaluate((a) => getComputedStyle(a).backgroundColor);
    assert.equal(exitColour, 'rgb(179, 38, 30)');
    await w.locator('.rf-pathway[data-pathway="job-offer"]').click();
    await answer(page, 'No');
    const violations = await page.evaluate(() => window.__violations.filter((d) => d !== 'img-src'));
    assert.deepEqual(violations, []);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
