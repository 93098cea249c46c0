// The widget on the three engines a visitor uses — Chromium, Firefox ESR and WebKitGTK (the
// engine behind Safari) — driven through WebDriver as a person would use it: the four pathways
// to a result with its phone link, nothing sent or stored, the quick exit (button and Shift×3,
// and Back skips the page), Arabic right to left, the fallback without WebAssembly, isolated
// mode (and the help when its frame cannot start), the compact card (no Exit until it is
// opened), one download of the wasm, even lines at 390 px, screenshots to look at, the report
// screen (its message, its links, nothing sent, stored or added to history, its details wiped),
// learn mode's stories where the host offers it, and the country guessed from the browser's time
// zone with or without `Temporal`.
//
// REDFLAG_ENGINES limits the engines ("firefox webkit"); all three by default.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Key } from 'selenium-webdriver';
import { hostPage, NEUTRAL_PAGE, NO_WASM_POLICY, STRICT_POLICY } from '../support/pages.mjs';
import { openBrowser, startDriver, startServer } from './webdriver.mjs';

const ARTIFACTS = new URL('./artifacts/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const ENGINE_NAMES = (process.env.REDFLAG_ENGINES ?? 'chromium firefox webkit').split(/[\s,]+/).filter(Boolean);
const { pathways } = JSON.parse(readFileSync(new URL('../../content/questions.json', import.meta.url), 'utf8'));

// For each pathway, the one red flag answered Yes; every other question gets the answer that is
// no warning sign (No, or Yes where No is the warning: "Did you see a written contract?").
const WARNS_ON_NO = new Set(pathways.flatMap((p) => p.questions.filter((q) => q.warning_answer === 'no').map((q) => q.id)));
const FLAG = { 'job-offer': 'offer_high_pay', work: 'documents_held', online: 'online_private_app', witness: 'seen_documents_held' };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The elements matching `css` in the first widget's shadow root (or in the page's frame): the
 * widget's own, not the first screen or card the loader draws before the wasm is there (which
 * the wasm replaces, so an element of it found here could be gone when clicked).
 */
const all = (b, css) =>
  b.executeScript(
    `const root = document.querySelector('redflag-check')?.shadowRoot;
     return root ? [...root.querySelectorAll(arguments[0])].filter((e) => !e.closest('[data-rf-drawn]')) : [];`,
    css,
  );

/** Waits for `css` in the widget, and returns the first match. */
async function find(b, css, timeout = 20000) {
  try {
    return await b.wait(async () => (await all(b, css))[0], timeout, `nothing matches ${css}`);
  } catch (error) {
    error.message += `\nthe widget shows: ${await shown(b).catch((e) => `(unreadable: ${e.message})`)}`;
    throw error;
  }
}

/** What the first widget shows, in a line: for a failure's message. */
const shown = (b) =>
  b.executeScript(
    `const root = document.querySelector('redflag-check')?.shadowRoot;
     if (!root) return 'no widget with a shadow root';
     const has = (css) => root.querySelector(css) !== null;
     const state = [
       has('[data-rf-drawn]') ? 'what the loader drew' : '',
       has('.rf-app:not([data-rf-drawn])') ? "the wasm's own screens" : '',
       has('.rf-fallback') ? 'the fallback' : '',
     ].filter(Boolean);
     const heading = [...root.querySelectorAll('h2')].map((h) => h.textContent.trim()).join(' / ');
     return (state.join(', ') || 'nothing drawn') + '; headings: ' + (heading || 'none');`,
  );

/** Scrolls `css` to the middle of the view (clear of the sticky exit bar) and clicks it. */
async function press(b, css) {
  const el = await find(b, css);
  await b.executeScript('arguments[0].scrollIntoView({ block: "center" })', el);
  await el.click();
}

const text = async (b, css) => (await (await find(b, css)).getText()).trim();

/** Answers the current question: `value` is yes, no or unsure; then Next. */
async function answer(b, value) {
  const radio = await find(b, `.rf-question input[value=${value}]`);
  await b.executeScript('arguments[0].closest("label").scrollIntoView({ block: "center" })', radio);
  await (await b.executeScript('return arguments[0].closest("label")', radio)).click();
  await (await find(b, '.rf-question button[type=submit]')).click();
}

/** Answers a pathway's questions: Yes to `yes` (one id or several), no warning sign to the rest, until the result shows. */
async function answerAll(b, yes) {
  const warn = [yes].flat();
  const asked = [];
  for (let i = 0; i < 45; i += 1) {
    const current = await b.executeScript(
      `const root = document.querySelector('redflag-check').shadowRoot;
       if (root.querySelector('.rf-result')) return null;
       return root.querySelector('.rf-question input[type=radio]')?.name ?? '';`,
    );
    if (current === null) return asked;
    if (current === '') {
      await sleep(50);
      continue;
    }
    asked.push(current);
    await answer(b, warn.includes(current) || WARNS_ON_NO.has(current) ? 'yes' : 'no');
    // The next question replaces this one.
    await b.wait(
      async () =>
        (await b.executeScript(
          `const root = document.querySelector('redflag-check').shadowRoot;
           return root.querySelector('.rf-result') !== null || root.querySelector('.rf-question input[type=radio]')?.name !== arguments[0];`,
          current,
        )),
      10000,
    );
  }
  throw new Error(`no result after ${asked.join(' ')}`);
}

/** The resources the page fetched, as the page itself saw them (its performance timeline). */
const resources = (b) => b.executeScript('return performance.getEntriesByType("resource").map((e) => e.name)');

const TEXTS = Object.fromEntries(
  ['en', 'my', 'th'].map((l) => [l, JSON.parse(readFileSync(new URL(`../../content/text/${l}.json`, import.meta.url), 'utf8'))]),
);

/** The message in the report screen's text area, and every handover link with what it carries. */
const reportState = (b) =>
  b.executeScript(`
    const root = document.querySelector('redflag-check').shadowRoot;
    const links = [...root.querySelectorAll('.rf-report-line a.rf-handover')].map((a) => ({
      line: a.closest('.rf-report-line').dataset.line,
      via: a.dataset.via,
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
    }));
    const details = Object.fromEntries([...root.querySelectorAll('.rf-detail')].map((l) => [l.dataset.detail, l.querySelector('input, textarea').value]));
    return { message: root.querySelector('.rf-message')?.value ?? null, links, details };`);

/** What a handover address carries: the decoded body, text or nothing. */
function carried(link) {
  const query = link.href.split('?')[1] ?? '';
  const params = Object.fromEntries(query.split('&').map((p) => p.split('=')).map(([k, v]) => [k, decodeURIComponent(v ?? '')]));
  return (params.body ?? params.text ?? '').replaceAll('\r\n', '\n');
}

/** The "- " lines of a message: the red flags it reports. */
const reported = (message) => message.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));

/** Everything the page keeps: both storages, cookies, IndexedDB and Cache Storage. */
const stored = (b) =>
  b.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    (async () => {
      const databases = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [];
      const caches_ = self.caches ? await caches.keys() : [];
      return { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, databases, caches: caches_ };
    })().then(done, (e) => done({ error: String(e) }));`);

/**
 * How far apart the lines of the exit bar's hint and of each phone number's note are, as the
 * largest step from one line to the next over the text's line height (1 when even). A box
 * taller than the text inside a line pushes one line down: the tall gaps seen at 390 px.
 */
const lineSteps = (b) =>
  b.executeScript(`
    const root = document.querySelector('redflag-check').shadowRoot;
    const steps = (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = [...new Set([...range.getClientRects()].map((r) => Math.round(r.bottom)))].sort((a, b) => a - b);
      const style = getComputedStyle(el);
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      return tops.slice(1).reduce((most, top, i) => Math.max(most, (top - tops[i]) / line), 0);
    };
    return { hint: steps(root.querySelector('.rf-exit-hint')), notes: [...root.querySelectorAll('.rf-contacts .rf-note')].map(steps) };`);

/**
 * A page that shows `url` in a 390 px frame (headless Firefox and MiniBrowser will not make
 * their windows that narrow), switched into so the test drives the widget inside it.
 */
async function at390(b, server, url) {
  const page = server.page(
    `/phone-${Math.random().toString(36).slice(2)}.html`,
    `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><style>body{margin:0}iframe{border:0;width:390px;height:844px;display:block}</style></head>
<body><iframe id="phone" src="${url}"></iframe></body></html>`,
  );
  await b.get(page);
  await b.switchTo().frame(await b.findElement({ css: '#phone' }));
}

/**
 * A screenshot of the 390 px frame (the test is switched into it). WebKit draws an element's
 * screenshot from the top of the frame's document whatever its scroll, so a scrolled frame is
 * taken there with the window around it.
 */
async function phoneShot(b, name, { scrolled = false } = {}) {
  await b.switchTo().defaultContent();
  const frame = await b.findElement({ css: '#phone' });
  const webkit = (await b.getCapabilities()).getBrowserName() === 'MiniBrowser';
  const png = scrolled && webkit ? await b.takeScreenshot() : await frame.takeScreenshot();
  writeFileSync(new URL(name, ARTIFACTS), Buffer.from(png, 'base64'));
  await b.switchTo().frame(frame);
}

for (const engine of ENGINE_NAMES) {
  describe(engine, () => {
    let driver;
    let server;
    let b;

    before(async () => {
      server = await startServer();
      server.page('/before.html', '<!DOCTYPE html><title>Before</title><p>The page before</p>');
      server.page('/weather.html', NEUTRAL_PAGE);
      driver = await startDriver(engine);
      b = await openBrowser(engine, driver);
    });

    after(async () => {
      await b?.quit().catch(() => {});
      driver?.stop();
      await server?.close();
    });

    const host = (name, attributes, options = {}, headers = {}) =>
      server.page(`/${name}.html`, hostPage(attributes, { base: server.base, ...options }), headers);

    for (const pathway of pathways) {
      test(`${engine}: the ${pathway.id} pathway reaches a result with its red flag and the phone link`, async () => {
        await b.get(host(`path-${pathway.id}`, `lang="en" country="TH" pathway="${pathway.id}"`));
        await find(b, '.rf-pathway, .rf-question');
        const start = await all(b, '.rf-pathway');
        if (start.length) await start[0].click();
        const asked = await answerAll(b, FLAG[pathway.id]);
        assert.ok(asked.includes(FLAG[pathway.id]), `asked ${asked.join(' ')}`);
        const flags = await b.executeScript(
          `return [...document.querySelector('redflag-check').shadowRoot.querySelectorAll('.rf-flag')].map((li) => li.dataset.flag)`,
        );
        assert.deepEqual(flags, [FLAG[pathway.id]]);
        assert.equal((await all(b, 'a[href="tel:1300"]')).length, 1, 'Thailand 1300, callable');
      });
    }

    test(`${engine}: nothing is requested after start-up and nothing is stored`, async () => {
      await b.get(host('quiet', 'lang="th" country="TH" pathway="work"'));
      await find(b, '.rf-pathway, .rf-question');
      // Every language pack is fetched right after start; wait for them all.
      await b.wait(async () => (await resources(b)).filter((r) => r.includes('redflag-text-')).length === 10, 15000);
      await sleep(300);
      const atStart = server.requests.length;
      const seenAtStart = (await resources(b)).length;
      const start = await all(b, '.rf-pathway');
      if (start.length) await start[0].click();
      await answerAll(b, 'documents_held');
      await find(b, '.rf-result');
      await sleep(500);
      assert.deepEqual(server.requests.slice(atStart).map((r) => r.path), [], 'no request reached the server');
      assert.deepEqual((await resources(b)).slice(seenAtStart), [], 'the page fetched nothing');
      assert.deepEqual(await stored(b), { local: 0, session: 0, cookie: '', databases: [], caches: [] });
    });

    /** From a host page to the report screen of `pathway`, with Yes to `yes`. */
    async function toReport(url, yes) {
      await b.get(url);
      await find(b, '.rf-pathway, .rf-question');
      await sleep(300);
      const start = await all(b, '.rf-pathway');
      if (start.length) {
        await b.executeScript('arguments[0].scrollIntoView({ block: "center" })', start[0]);
        await start[0].click();
      }
      await answerAll(b, yes);
      await press(b, '.rf-report-open');
      await find(b, '.rf-report .rf-message');
    }

    /** Types `value` into the report's optional detail `name`. */
    async function typeDetail(name, value) {
      const input = await find(b, `.rf-detail[data-detail="${name}"] input, .rf-detail[data-detail="${name}"] textarea`);
      await b.executeScript('arguments[0].scrollIntoView({ block: "center" })', input);
      await input.sendKeys(value);
    }

    test(`${engine}: a witness's report lists exactly the flags answered, every link carries it, and nothing is sent, stored or added to history`, async () => {
      const flags = ['seen_documents_held', 'seen_watched'];
      await b.get(host('report-witness', 'lang="en" country="US" pathway="witness"'));
      await find(b, '.rf-pathway, .rf-question');
      await sleep(300);
      const atStart = server.requests.length;
      const seenAtStart = (await resources(b)).length;
      const historyAtStart = await b.executeScript('return history.length');
      const start = await all(b, '.rf-pathway');
      if (start.length) await start[0].click();
      await answerAll(b, flags);
      await press(b, '.rf-report-open');
      await find(b, '.rf-report .rf-message');
      await typeDetail('where', 'Airport hotel, room 214');
      await b.wait(async () => (await reportState(b)).message.includes('room 214'), 5000, 'the detail goes into the message');
      const { message, links } = await reportState(b);
      const en = TEXTS.en;
      assert.ok(message.startsWith(en['report.draft.intro.witness']), message);
      assert.deepEqual(reported(message), flags.map((f) => en[`report.flag.${f}`]));
      assert.ok(message.includes(`${en['report.draft.where']} Airport hotel, room 214`), message);
      const nhth = links.filter((l) => l.line === 'us_nhth');
      assert.deepEqual(nhth.map((l) => l.via), ['sms', 'email', 'web', 'phone']);
      for (const link of links) {
        if (link.via === 'sms') assert.match(link.href, /^sms:\d+\?body=/);
        if (link.via === 'email') assert.match(link.href, /^mailto:[^?]+@[^?]+\?subject=[^&]+&body=/);
        if (link.via === 'sms' || link.via === 'email' || link.via === 'whatsapp') assert.equal(carried(link), message, `${link.line} ${link.via}`);
        if (link.via === 'web') assert.deepEqual([link.href.startsWith('https://'), link.target], [true, '_blank']);
        if (link.via === 'phone') assert.match(link.href, /^tel:/);
      }
      // Lines that take anonymous reports come first.
      const order = await b.executeScript(
        `return [...document.querySelector('redflag-check').shadowRoot.querySelectorAll('.rf-report-line')].map((li) => li.dataset.anonymous ?? 'unknown')`,
      );
      assert.deepEqual(order, [...order].sort((x, y) => ['true', 'unknown', 'false'].indexOf(x) - ['true', 'unknown', 'false'].indexOf(y)));
      await press(b, '.rf-copy');
      await b.wait(async () => (await text(b, '.rf-copied')) !== '', 5000, 'the copy says how it went');
      await sleep(300);
      assert.deepEqual(server.requests.slice(atStart).map((r) => r.path), [], 'no request reached the server');
      assert.deepEqual((await resources(b)).slice(seenAtStart), [], 'the page fetched nothing');
      assert.deepEqual(await stored(b), { local: 0, session: 0, cookie: '', databases: [], caches: [] });
      assert.equal(await b.executeScript('return history.length'), historyAtStart, 'no history entry');
    });

    test(`${engine}: a worker's report is written in the line's language and in their own`, async () => {
      await toReport(host('report-work', 'lang="my" country="TH" pathway="work"'), 'documents_held');
      const { message, links } = await reportState(b);
      // Thailand's 1300 answers in Thai: the message comes in Thai, then in Burmese.
      assert.ok(message.startsWith(TEXTS.th['report.draft.intro.work']), message);
      assert.deepEqual(reported(message), [TEXTS.th['report.flag.documents_held'], TEXTS.my['report.flag.documents_held']]);
      assert.ok(message.includes(TEXTS.my['report.draft.intro.work']));
      const sms = links.find((l) => l.line === 'th_1300_abroad' && l.via === 'sms');
      assert.ok(sms, JSON.stringify(links));
      assert.equal(carried(sms), message);
      assert.ok(links.some((l) => l.line === 'th_1300' && l.href === 'tel:1300'));
    });

    test(`${engine}: the report's details are gone after Restart, after leaving and coming Back, and after Exit`, async () => {
      await b.get(new URL('before.html', server.base).href);
      const url = host('report-wipe', 'lang="en" country="US" pathway="witness" exit-url="/weather.html"');
      await toReport(url, 'seen_watched');
      await typeDetail('people', 'Two adults, one child');
      await press(b, '.rf-report .rf-actions button');
      await press(b, '.rf-result .rf-restart');
      await find(b, '.rf-start, .rf-question');
      const start = await all(b, '.rf-pathway');
      if (start.length) await start[0].click();
      await answerAll(b, 'seen_watched');
      await press(b, '.rf-report-open');
      await find(b, '.rf-report .rf-message');
      assert.deepEqual(Object.values((await reportState(b)).details), ['', '', '', '', ''], 'Restart wiped the details');
      // Away by a link and back: the page may come from the back/forward cache, but restarted.
      await typeDetail('ages', 'About 14');
      await b.get(new URL('weather.html', server.base).href);
      await b.navigate().back();
      await find(b, '.rf-start, .rf-question');
      const restored = await b.executeScript(
        `const root = document.querySelector('redflag-check').shadowRoot;
         return { report: root.querySelector('.rf-report') !== null, values: [...root.querySelectorAll('input, textarea')].map((i) => i.value) };`,
      );
      assert.equal(restored.report, false, 'the widget starts again');
      assert.ok(!restored.values.includes('About 14'), 'nothing typed survives Back');
      await toReport(url, 'seen_watched');
      await typeDetail('description', 'Grey van, plate starting AB');
      await (await find(b, '.rf-exit')).click();
      await b.wait(async () => (await b.getCurrentUrl()).endsWith('/weather.html'), 10000);
      // Exit replaced the page: Back goes to what came before it, never to what was typed.
      await b.navigate().back();
      await sleep(500);
      const typed = await b.executeScript(
        `const root = document.querySelector('redflag-check')?.shadowRoot;
         return root ? [...root.querySelectorAll('input, textarea')].map((i) => i.value).join(' ') : '';`,
      );
      assert.ok(!typed.includes('Grey van'), 'nothing typed survives the exit');
      await toReport(url, 'seen_watched');
      const after = await reportState(b);
      assert.deepEqual(Object.values(after.details), ['', '', '', '', '']);
      assert.ok(!after.message.includes('Grey van'));
    });

    test(`${engine}: the Exit control leaves at once, and Back skips the page`, async () => {
      await b.get(new URL('before.html', server.base).href);
      await b.get(host('exit', 'lang="en" country="TH" exit-url="/weather.html"'));
      await find(b, '.rf-start h2');
      await (await find(b, '.rf-exit')).click();
      await b.wait(async () => (await b.getCurrentUrl()).endsWith('/weather.html'), 10000);
      await b.navigate().back();
      await b.wait(async () => (await b.getCurrentUrl()).endsWith('/before.html'), 10000, 'Back returns to the page before');
    });

    test(`${engine}: Shift pressed three times leaves, and Back skips the page`, async () => {
      await b.get(new URL('before.html', server.base).href);
      await b.get(host('shift', 'lang="en" country="TH" exit-url="/weather.html"'));
      await find(b, '.rf-start h2');
      const actions = b.actions({ async: true });
      for (let i = 0; i < 3; i += 1) actions.keyDown(Key.SHIFT).keyUp(Key.SHIFT);
      await actions.perform();
      await b.wait(async () => (await b.getCurrentUrl()).endsWith('/weather.html'), 10000);
      await b.navigate().back();
      await b.wait(async () => (await b.getCurrentUrl()).endsWith('/before.html'), 10000, 'Back returns to the page before');
    });

    test(`${engine}: Arabic reads right to left`, async () => {
      await b.get(host('arabic', 'lang="ar" country="AE"'));
      await find(b, '.rf-start h2');
      const app = await find(b, '.rf-app');
      assert.equal(await app.getAttribute('dir'), 'rtl');
      assert.equal(await app.getAttribute('lang'), 'ar');
      assert.equal(await b.executeScript('return getComputedStyle(arguments[0]).direction', app), 'rtl');
    });

    test(`${engine}: without WebAssembly the fallback shows help, the exit and the host's words`, async () => {
      await b.get(
        host('nowasm', 'country="TH"', { children: '<p id="host-words">Call 1300</p>' }, { 'Content-Security-Policy': NO_WASM_POLICY }),
      );
      const box = await find(b, '.rf-fallback[data-fallback]');
      assert.equal(await b.executeScript('return arguments[0].dataset.fallback', box), 'TH');
      assert.equal((await all(b, '.rf-fallback a[href="tel:1300"]')).length, 1);
      assert.equal((await all(b, '.rf-fallback-exit')).length, 1);
      assert.equal(await b.executeScript('return document.getElementById("host-words").assignedSlot !== null'), true);
    });

    test(`${engine}: under a strict policy the widget runs`, async () => {
      await b.get(host('strict', 'lang="en" country="TH"', {}, { 'Content-Security-Policy': STRICT_POLICY }));
      assert.equal(await text(b, '.rf-start h2'), 'Red Flag Check');
    });

    test(`${engine}: the compact card opens the check in place`, async () => {
      await b.get(host('card', 'lang="en" country="GB" destination="TH" variant="compact"'));
      assert.equal(await text(b, '.rf-app:not([data-rf-drawn]) .rf-card h2'), 'Travelling to Thailand? Know the signs');
      const address = await b.getCurrentUrl();
      // On a checkout, no Exit to tap by accident before anything sensitive is on screen.
      assert.equal((await all(b, '.rf-exit, .rf-fallback-exit')).length, 0, 'no Exit on the closed card');
      // The widget's own card, once it has taken over from the one the loader drew.
      await (await find(b, '.rf-app:not([data-rf-drawn]) .rf-card-start')).click();
      await find(b, '.rf-question input[name="seen_hotel_staff"]');
      assert.equal(await b.getCurrentUrl(), address);
      assert.equal((await all(b, '.rf-exit')).length, 1, 'the Exit, once the check is open');
    });

    test(`${engine}: isolated mode runs in its frame and its Exit leaves the host page`, async () => {
      await b.get(new URL('before.html', server.base).href);
      await b.get(host('isolated', 'lang="en" country="TH" isolated exit-url="/weather.html"'));
      const frame = await find(b, 'iframe.rf-frame');
      await b.switchTo().frame(frame);
      try {
        const heading = await b.wait(
          async () => b.executeScript(`return document.querySelector('redflag-check')?.shadowRoot?.querySelector('.rf-start h2')?.textContent`),
          15000,
          'the widget starts inside the frame',
        );
        assert.equal(heading.trim(), 'Red Flag Check');
        // The frame may reach the widget's own origin and nothing else.
        const other = server.base.replace('127.0.0.1', 'localhost');
        const reach = await b.executeAsyncScript(
          `const done = arguments[arguments.length - 1];
           const violations = [];
           document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective ?? e.violatedDirective));
           const attempt = (url) => fetch(url).then(() => 'fetched', () => 'refused');
           Promise.all([attempt(arguments[0] + 'redflag.js'), attempt(arguments[1] + 'redflag.js')])
             .then((outcomes) => setTimeout(() => done({ outcomes, violations }), 200));`,
          server.base,
          other,
        );
        assert.deepEqual(reach.outcomes, ['fetched', 'refused']);
        assert.ok(reach.violations.some((d) => d.startsWith('connect-src')), reach.violations.join(' '));
        await (await find(b, '.rf-exit')).click();
      } finally {
        await b.switchTo().defaultContent().catch(() => {});
      }
      await b.wait(async () => (await b.getCurrentUrl()).endsWith('/weather.html'), 10000);
      await b.navigate().back();
      await b.wait(async () => (await b.getCurrentUrl()).endsWith('/before.html'), 10000, 'Back returns to the page before');
    });

    test(`${engine}: an isolated frame that cannot start gives way to the help on the host page`, async () => {
      // dist/ served without the CORS header the sandboxed frame needs.
      const bare = await startServer({ cors: false });
      try {
        const url = bare.page('/isolated.html', hostPage('lang="en" country="TH" isolated', { base: bare.base, children: '<p id="host-words">Call 1300</p>' }));
        await b.get(url);
        await find(b, 'iframe.rf-frame');
        const box = await find(b, '.rf-fallback[data-fallback]', 30000);
        assert.equal(await b.executeScript('return arguments[0].dataset.fallback', box), 'TH');
        assert.equal((await all(b, '.rf-fallback a[href="tel:1300"]')).length, 1);
        assert.equal((await all(b, '.rf-fallback-exit')).length, 1);
        assert.equal((await all(b, 'iframe')).length, 0, 'the silent frame is gone');
      } finally {
        await bare.close();
      }
    });

    test(`${engine}: without a country, the browser's time zone picks the help shown, with or without Temporal`, async () => {
      // A browser of its own, started in Bangkok's time zone. Engines without `Temporal`
      // (WebKit today) read the zone from `Intl.DateTimeFormat`; both ways must find Thailand.
      const bangkok = await startDriver(engine, { env: { TZ: 'Asia/Bangkok' } });
      let tb;
      try {
        tb = await openBrowser(engine, bangkok);
        await tb.get(host('time-zone', 'lang="en" pathway="witness"'));
        await find(tb, '.rf-pathway, .rf-question');
        const zone = await tb.executeScript(
          'return { temporal: typeof Temporal !== "undefined", zone: new Intl.DateTimeFormat().resolvedOptions().timeZone }',
        );
        assert.equal(zone.zone, 'Asia/Bangkok', 'the browser runs in Bangkok\'s time zone');
        console.log(`# ${engine}: time zone read ${zone.temporal ? 'from Temporal' : 'from Intl.DateTimeFormat (no Temporal)'}`);
        const start = await all(tb, '.rf-pathway');
        if (start.length) await start[0].click();
        await answerAll(tb, FLAG.witness);
        await find(tb, '.rf-result');
        assert.equal(await text(tb, '.rf-help .rf-showing strong'), 'Thailand');
        assert.ok((await all(tb, '.rf-help a[href="tel:1300"]')).length >= 1, 'Thailand 1300, callable');
      } finally {
        await tb?.quit().catch(() => {});
        bangkok.stop();
      }
    });

    test(`${engine}: the demo page downloads the wasm once`, async () => {
      const from = server.requests.length;
      await b.get(server.base);
      await find(b, '.rf-start h2');
      await sleep(500);
      const wasm = server.requests.slice(from).filter((r) => r.path.endsWith('.wasm'));
      assert.equal(wasm.length, 1, wasm.map((r) => r.path).join(' '));
    });

    test(`${engine}: learn mode, where the host offers it, tells its stories in the language shown`, async () => {
      const thai = JSON.parse(readFileSync(new URL('../../content/text/th.json', import.meta.url), 'utf8'));
      const { scenarios } = JSON.parse(readFileSync(new URL('../../content/learn.json', import.meta.url), 'utf8'));
      await at390(b, server, host('learn-th', 'lang="th" country="TH" learn'));
      await press(b, '.rf-learn-open');
      await press(b, '.rf-audience[data-audience="all"]');
      assert.equal(await text(b, '.rf-learn h2'), thai[`scenario.${scenarios[0].id}.title`]);
      await b.executeScript('window.scrollTo(0, 0)');
      await sleep(300);
      await phoneShot(b, `${engine}-th-learn-390.png`);
      await b.switchTo().defaultContent();
    });

    test(`${engine}: screenshots at 390 px (start, a question, the result, the report, the fallback, the card)`, async () => {
      for (const lang of ['en', 'th', 'my']) {
        await at390(b, server, host(`phone-${lang}`, `lang="${lang}" country="TH" pathway="work"`));
        await find(b, '.rf-pathway, .rf-question');
        await phoneShot(b, `${engine}-${lang}-start-390.png`);
        const start = await all(b, '.rf-pathway');
        if (start.length) await start[0].click();
        await find(b, '.rf-question');
        await phoneShot(b, `${engine}-${lang}-question-390.png`);
        await answerAll(b, 'documents_held');
        await find(b, '.rf-result');
        await phoneShot(b, `${engine}-${lang}-result-390.png`);
        await b.executeScript('const r = arguments[0].getBoundingClientRect(); window.scrollTo(0, r.top + window.scrollY - 120)', await find(b, '.rf-help'));
        await phoneShot(b, `${engine}-${lang}-help-390.png`, { scrolled: true });
        const steps = await lineSteps(b);
        console.log(`# ${engine} ${lang} line steps: hint ${steps.hint.toFixed(2)}, notes ${steps.notes.map((n) => n.toFixed(2)).join(' ')}`);
        assert.ok(steps.hint < 1.4, `${lang}: the exit bar's hint has a tall gap (${steps.hint.toFixed(2)} lines)`);
        assert.ok(steps.notes.length > 0 && steps.notes.every((n) => n < 1.4), `${lang}: a number's note has a tall gap (${steps.notes.map((n) => n.toFixed(2))})`);
        const overflow = await b.executeScript('return document.documentElement.scrollWidth > innerWidth');
        assert.equal(overflow, false, `${lang}: no sideways scrolling at 390 px`);
        await press(b, '.rf-report-open');
        await find(b, '.rf-report .rf-message');
        await phoneShot(b, `${engine}-${lang}-report-390.png`);
        await b.executeScript('const r = arguments[0].getBoundingClientRect(); window.scrollTo(0, r.top + window.scrollY - 120)', await find(b, '.rf-message'));
        await phoneShot(b, `${engine}-${lang}-report-message-390.png`, { scrolled: true });
        assert.equal(await b.executeScript('return document.documentElement.scrollWidth > innerWidth'), false, `${lang}: the report fits 390 px`);
        await b.switchTo().defaultContent();
      }
      await at390(b, server, host('phone-nowasm', 'lang="en" country="TH"', {}, { 'Content-Security-Policy': NO_WASM_POLICY }));
      await find(b, '.rf-fallback[data-fallback]');
      await phoneShot(b, `${engine}-fallback-390.png`);
      await b.switchTo().defaultContent();
      await at390(b, server, host('phone-card', 'lang="en" country="GB" destination="TH" variant="compact"'));
      await find(b, '.rf-app:not([data-rf-drawn]) .rf-card');
      await phoneShot(b, `${engine}-card-390.png`);
      await b.switchTo().defaultContent();
    });
  });
}
