// The loader as partners use it from a script and with several widgets: theming through every
// custom property, mount() with a partner configuration, one page-level Shift listener however
// many widgets there are, the version the loader and the manifest agree on, and Subresource
// Integrity with the manifest's hashes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { openPage, widget, waitForStart, BASE_URL } from './browser.mjs';

const POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self'";

/** Serves `body` as a page under the strict policy and opens it. */
async function openServed(name, body, options) {
  const session = await openPage(options);
  const url = new URL(name, BASE_URL).href;
  await session.page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', headers: { 'Content-Security-Policy': POLICY }, body }),
  );
  await session.page.goto(url);
  return session;
}

const head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">`;

test('radius, spacing and font family set on the host element theme the widget', async () => {
  const { context, page } = await openServed(
    'themed-shape.html',
    `${head}<style>redflag-check { --redflag-radius: 3px; --redflag-spacing: 2rem; --redflag-font: Georgia, serif; --redflag-background: #fff8e1; }</style>
<script type="module" src="/redflag.js"></script></head>
<body><redflag-check lang="en" country="TH"></redflag-check></body></html>`,
  );
  try {
    await waitForStart(page);
    const w = widget(page);
    const styles = await w.locator('.rf-app').evaluate((app) => {
      const pathway = app.querySelector('.rf-pathway');
      const s = getComputedStyle(app);
      return {
        padding: s.paddingLeft,
        font: s.fontFamily,
        radius: getComputedStyle(pathway).borderTopLeftRadius,
        background: s.backgroundColor,
        card: getComputedStyle(pathway).backgroundColor,
      };
    });
    // The partner's background, and the cards a shade of it (not the default grey).
    assert.equal(styles.background, 'rgb(255, 248, 225)');
    assert.match(styles.card, /^(rgb|color)\(/);
    assert.notEqual(styles.card, 'rgb(242, 244, 248)');
    assert.notEqual(styles.card, styles.background);
    assert.equal(styles.padding, '32px');
    assert.equal(styles.radius, '3px');
    assert.match(styles.font, /^Georgia, serif, system-ui/);
  } finally {
    await context.close();
  }
});

test('mount() takes options and a partner configuration from a script', async () => {
  const { context, page, log } = await openServed(
    'mounted.html',
    `${head}<script type="module" src="/mount-demo.js"></script></head><body><div id="help"></div></body></html>`,
  );
  try {
    await page.route(new URL('mount-demo.js', BASE_URL).href, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `import { mount } from '/redflag.js';
const handle = mount(document.querySelector('#help'), {
  lang: 'fil', country: 'PH', pathway: 'work',
  partner: { name: 'Migrant Desk', helplines: [{ name: 'Migrant Desk line', number: '+63 2 8123 4567', country: 'PH' }] },
});
window.__handle = handle;
handle.ready.then(() => { window.__ready = true; });`,
      }),
    );
    await page.reload();
    await page.waitForFunction(() => window.__ready === true);
    const w = page.locator('#help');
    assert.equal((await w.locator('.rf-partner-name').textContent()).trim(), 'Migrant Desk');
    // In Filipino, offering only the preset pathway.
    assert.equal(await w.locator('.rf-app').getAttribute('lang'), 'fil');
    assert.equal(await w.locator('.rf-pathway').count(), 1);
    assert.equal(await w.locator('.rf-pathway').getAttribute('data-pathway'), 'work');
    assert.equal(log.console.filter((m) => m.type === 'warning').length, 0);
    // update() changes only what it is given: the language and the partner stay.
    await page.evaluate(() => window.__handle.update({ country: 'SG' }));
    await page.waitForTimeout(100);
    assert.equal(await w.locator('.rf-app').getAttribute('lang'), 'fil');
    assert.equal((await w.locator('.rf-partner-name').textContent()).trim(), 'Migrant Desk');
    // null drops an option: without lang, the browser's language (English here) is used.
    await page.evaluate(() => window.__handle.update({ lang: null }));
    await w.locator('.rf-app[lang="en"]').waitFor();
    assert.equal((await w.locator('.rf-partner-name').textContent()).trim(), 'Migrant Desk');
    // destroy() takes away what mount() put on the element.
    await page.evaluate(() => window.__handle.destroy());
    assert.equal(await w.evaluate((e) => e.shadowRoot.childElementCount), 0);
    assert.equal(await w.evaluate((e) => e.classList.length + e.getAttributeNames().filter((n) => n !== 'id').length), 0);
  } finally {
    await context.close();
  }
});

test('one page-level Shift listener, however many widgets come and go', async () => {
  const session = await openPage();
  const { context, page } = session;
  try {
    await page.addInitScript(() => {
      window.__keyListeners = 0;
      const add = Document.prototype.addEventListener;
      Document.prototype.addEventListener = function (type, ...rest) {
        if (type === 'keyup' || type === 'keydown') window.__keyListeners += 1;
        return add.call(this, type, ...rest);
      };
    });
    const url = new URL('three.html', BASE_URL).href;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': POLICY },
        body: `${head}<script type="module" src="/redflag.js"></script></head><body>
<redflag-check lang="en" country="TH"></redflag-check><redflag-check lang="th" country="TH"></redflag-check><redflag-check lang="vi" country="VN"></redflag-check>
</body></html>`,
      }),
    );
    await page.goto(url);
    for (const i of [0, 1, 2]) await waitForStart(page, i);
    assert.equal(await page.evaluate(() => window.__keyListeners), 1, 'one key listener for three widgets');

    // One press shows its count in every widget.
    await page.keyboard.press('Shift');
    for (const i of [0, 1, 2]) {
      assert.equal(await widget(page, i).locator('.rf-shift-dots span.rf-on').count(), 1);
    }
    await page.keyboard.press('a');

    // With every widget removed, Shift three times does nothing.
    await page.evaluate(() => document.querySelectorAll('redflag-check').forEach((e) => e.remove()));
    await page.waitForTimeout(50);
    const before = page.url();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    assert.equal(page.url(), before);
    assert.equal(await page.evaluate(() => window.__keyListeners), 1);
  } finally {
    await context.close();
  }
});

test('the loader reports the version the manifest lists', async () => {
  const { context, page } = await openPage();
  try {
    await page.goto(BASE_URL);
    const { loader, manifest } = await page.evaluate(async () => ({
      loader: (await import('/redflag.js')).version,
      manifest: (await (await fetch('/manifest.json')).json()).version,
    }));
    assert.match(loader, /^\d+\.\d+\.\d+$/);
    assert.equal(loader, manifest);
  } finally {
    await context.close();
  }
});

test('manifest.json lists every file of dist/ with its size and a sha384 that the browser accepts', async () => {
  const { context, page, log } = await openPage();
  try {
    await page.goto(BASE_URL);
    const manifest = await page.evaluate(async () => (await fetch('/manifest.json')).json());
    const dist = new URL('../../dist/', import.meta.url);
    const files = readdirSync(dist).filter((name) => name !== 'manifest.json').sort();
    assert.deepEqual(manifest.files.map((f) => f.path), files);
    for (const file of manifest.files) {
      const bytes = readFileSync(new URL(file.path, dist));
      assert.equal(file.bytes, bytes.length, file.path);
      assert.equal(file.integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`, file.path);
    }
    const loader = manifest.files.find((f) => f.path === 'redflag.js').integrity;
    const pageWith = (integrity) => `${head}<script type="module" src="/redflag.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
<body><redflag-check lang="en" country="TH"><p class="light">Call 1300.</p></redflag-check></body></html>`;
    for (const [name, integrity, works] of [['sri-good.html', loader, true], ['sri-bad.html', `sha384-${'A'.repeat(64)}`, false]]) {
      const url = new URL(name, BASE_URL).href;
      await page.route(url, (route) => route.fulfill({ contentType: 'text/html', headers: { 'Content-Security-Policy': POLICY }, body: pageWith(integrity) }));
      await page.goto(url);
      await page.waitForTimeout(1500);
      const started = await page.locator('redflag-check').evaluate((e) => Boolean(e.shadowRoot?.querySelector('.rf-app')));
      assert.equal(started, works, name);
      // A loader that does not match its hash never runs: the host's own fallback is what shows.
      if (!works) assert.equal(await page.locator('redflag-check .light').isVisible(), true);
    }
    assert.ok(log.console.some((m) => m.type === 'error' && /integrity/i.test(m.text)), 'the browser refused the wrong hash');
  } finally {
    await context.close();
  }
});

test('the demo page downloads the glue and the wasm once each, and its preload line is used', async () => {
  const { context, page, log } = await openPage();
  try {
    await page.goto(BASE_URL);
    await waitForStart(page);
    // Chromium warns a few seconds after load when a preload was not used.
    await page.waitForTimeout(3500);
    const wasm = log.requests.filter((r) => r.url.endsWith('/redflag-core_bg.wasm'));
    const glue = log.requests.filter((r) => r.url.endsWith('/redflag-core.js'));
    assert.equal(wasm.length, 1, 'one request for the wasm');
    assert.equal(glue.length, 1, 'one request for the glue');
    assert.deepEqual(log.console.filter((m) => /preload/i.test(m.text)).map((m) => m.text), []);
  } finally {
    await context.close();
  }
});
