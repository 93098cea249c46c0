// Learn mode end to end: offered only where the host asks for it (`learn`, or `pathway="learn"`),
// with its stories and screens' words fetched at start-up then, and not otherwise; the stories of
// one audience with feedback for every choice, every shipped language, axe on its screens, and
// "Pass it on" (the host page's bare address shared, a one-page printed sheet with the quick exit
// hidden). No requests and no storage throughout.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { openPage, widget, axeViolations as violations, BASE_URL, hostPage, holdWasm, servePage } from './browser.mjs';

const AROUND = { title: 'Partner page', before: '<p class="host-text">The host page\'s own text.</p>' };

const ARTIFACTS = new URL('./artifacts/learn/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const content = (path) => JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));
const { scenarios } = content('learn.json');
const { languages } = content('text/languages.json');
const english = content('text/en.json');


async function open(attributes, { path = 'learn.html', ...options } = {}) {
  const session = await openPage(options);
  const url = new URL(path, BASE_URL);
  await session.page.route(`${url.origin}${url.pathname}*`, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(attributes, AROUND) }),
  );
  await session.page.goto(url.href);
  await widget(session.page).locator('.rf-app').waitFor();
  await session.page.waitForTimeout(300);
  return session;
}

async function storageAndHistory(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    history: history.length,
  }));
}

test('the witness stories: feedback for every choice, from the questionnaire\'s own explanations; nothing sent or kept', async () => {
  const { context, page, log } = await open('lang="en" country="TH" learn');
  try {
    const before = await storageAndHistory(page);
    const afterStartup = log.requests.length;
    const w = widget(page);
    await w.locator('.rf-learn-open').click();
    await w.locator('.rf-audience[data-audience="witness"]').click();
    const stories = scenarios.filter((s) => s.audience === 'witness');
    for (const [n, story] of stories.entries()) {
      await w.locator(`.rf-learn[data-story="${story.id}"]`).waitFor();
      assert.equal((await w.locator('.rf-learn h2').textContent()).trim(), english[`scenario.${story.id}.title`]);
      assert.match(await w.locator('.rf-progress').textContent(), new RegExp(`${n + 1} of ${stories.length}`));
      // Pick the first two choices.
      for (const choice of story.choices.slice(0, 2)) {
        await w.locator(`.rf-choice[data-choice="${choice.id}"] input`).check();
      }
      await w.locator('.rf-learn-check').click();
      assert.equal(await w.locator('.rf-feedback').count(), story.choices.length, 'feedback for every choice');
      for (const [i, choice] of story.choices.entries()) {
        const feedback = w.locator(`.rf-choice[data-choice="${choice.id}"] .rf-feedback`);
        const verdict = await feedback.getAttribute('data-verdict');
        const text = await feedback.textContent();
        if (choice.flag) {
          assert.equal(verdict, i < 2 ? 'spotted' : 'missed', `${story.id}.${choice.id}`);
          assert.ok(text.includes(english[`flag.${choice.flag}`]), `${choice.id}: the flag's title`);
          assert.ok(text.includes(english[`why.${choice.flag}`]), `${choice.id}: the flag's explanation`);
          assert.ok((await feedback.locator('.rf-feedback-sources li').count()) > 0, `${choice.id}: its sources`);
        } else {
          assert.equal(verdict, 'not-flag');
          assert.ok(text.includes(english[`scenario.${story.id}.${choice.id}.why`]), `${choice.id}: why not`);
        }
      }
      // Focus moves to the feedback, and the picks can no longer change.
      assert.equal(await w.locator('.rf-feedback').first().evaluate((e) => e.getRootNode().activeElement === e), true);
      assert.equal(await w.locator('.rf-choice input:enabled').count(), 0);
      await w.locator('.rf-learn-next').click();
    }
    await w.locator('.rf-learn-done').waitFor();
    assert.ok(await w.locator('.rf-learn-done .rf-help a[href^="tel:"]').count() > 0, 'who can help, with numbers');
    await page.screenshot({ path: new URL('witness-done.png', ARTIFACTS).pathname, fullPage: true });
    await page.waitForTimeout(500);
    assert.deepEqual(log.requests.slice(afterStartup), [], 'no request in learn mode');
    assert.deepEqual(await storageAndHistory(page), before, 'nothing stored, no history entry');
  } finally {
    await context.close();
  }
});

const storyFiles = (log) => log.requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/redflag-stories-')).sort();

test('learn mode is offered only where the host asks for it, and only then are its stories fetched, all at start-up', async () => {
  const plain = await open('lang="en" country="TH"');
  try {
    const w = widget(plain.page);
    await w.locator('.rf-start').waitFor();
    assert.equal(await w.locator('.rf-pathway').count(), 4, 'the four pathways');
    assert.equal(await w.locator('.rf-learn-open').count(), 0, 'no way into learn mode');
    await plain.page.waitForTimeout(1000);
    assert.deepEqual(storyFiles(plain.log), []);
  } finally {
    await plain.context.close();
  }
  // The loader's own first screen, before the wasm, offers it too when asked, and the choice is kept.
  const offered = await openPage();
  try {
    const { page, log } = offered;
    const release = await holdWasm(page);
    await servePage(page, 'learn.html', hostPage('lang="th" country="TH" learn', AROUND));
    await page.goto(new URL('learn.html', BASE_URL).href);
    const w = widget(page);
    await w.locator('.rf-learn-open').click();
    release();
    await w.locator('.rf-learn-choose').waitFor();
    await page.waitForTimeout(500);
    const atStartup = log.requests.length;
    const expected = languages.map((l) => `/redflag-stories-${l.code}.bin`).sort();
    assert.deepEqual(storyFiles(log), expected, 'English and every offered language');
    await w.locator('.rf-audience[data-audience="all"]').click();
    const story = scenarios[0];
    const thai = content('text/th.json');
    assert.equal((await w.locator('.rf-learn h2').textContent()).trim(), thai[`scenario.${story.id}.title`]);
    assert.equal(log.requests.length, atStartup, 'nothing fetched on opening a story');
  } finally {
    await offered.context.close();
  }
});

test('mount() takes learn: true, and update() can take it away', async () => {
  const { context, page, log } = await openPage();
  try {
    const url = new URL('mounted-learn.html', BASE_URL).href;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mounted</title>
<script type="module">import { mount } from '${new URL('redflag.js', BASE_URL).href}';
window.__handle = mount(document.querySelector('#help'), { lang: 'en', country: 'TH', learn: true });</script></head>
<body><div id="help"></div></body></html>`,
      }),
    );
    await page.goto(url);
    const w = page.locator('#help');
    await w.locator('.rf-app .rf-learn-open').waitFor();
    await page.waitForTimeout(500);
    assert.ok(storyFiles(log).includes('/redflag-stories-en.bin'));
    assert.equal(log.console.filter((m) => m.type === 'warning').length, 0, 'no warning about the option');
    await page.evaluate(() => window.__handle.update({ learn: false }));
    await w.locator('.rf-app .rf-start').waitFor();
    await page.waitForFunction(() => !document.querySelector('#help').shadowRoot.querySelector('.rf-learn-open'));
  } finally {
    await context.close();
  }
});

test('isolated mode passes learn on to its frame, which fetches the stories and opens them', async () => {
  const { context, page, log } = await openPage();
  try {
    await servePage(page, 'learn.html', hostPage('isolated learn lang="en" country="TH"', AROUND));
    await page.goto(new URL('learn.html', BASE_URL).href);
    const frame = page.frameLocator('iframe.rf-frame');
    await frame.locator('redflag-check .rf-learn-open').click();
    await frame.locator('redflag-check .rf-audience[data-audience="witness"]').click();
    const story = scenarios.find((s) => s.audience === 'witness');
    assert.equal((await frame.locator('redflag-check .rf-learn h2').textContent()).trim(), english[`scenario.${story.id}.title`]);
    assert.ok(storyFiles(log).includes('/redflag-stories-en.bin'));
  } finally {
    await context.close();
  }
});

test('a language whose stories cannot load shows them in English; without English\'s, learn mode says it could not load', async () => {
  const session = await openPage();
  try {
    const { page, log } = session;
    await page.route(new URL('redflag-stories-th.bin', BASE_URL).href, (route) => route.abort());
    await servePage(page, 'learn.html', hostPage('lang="th" country="TH" pathway="learn"', AROUND));
    await page.goto(new URL('learn.html', BASE_URL).href);
    const w = widget(page);
    await w.locator('.rf-audience[data-audience="all"]').click();
    const story = scenarios[0];
    assert.equal((await w.locator('.rf-learn h2').textContent()).trim(), english[`scenario.${story.id}.title`]);
    assert.ok(log.console.some((m) => m.type === 'warning' && m.text.includes('th stories of learn mode could not be loaded')));
  } finally {
    await session.context.close();
  }
  const broken = await openPage();
  try {
    const { page } = broken;
    await page.route(new URL('redflag-stories-en.bin', BASE_URL).href, (route) => route.abort());
    await servePage(page, 'learn.html', hostPage('lang="en" country="TH" pathway="learn"', AROUND));
    await page.goto(new URL('learn.html', BASE_URL).href);
    const w = widget(page);
    await w.locator('.rf-waiting[aria-busy="false"]').waitFor();
    const english = content('text/en.json');
    assert.equal((await w.locator('.rf-waiting h2').textContent()).trim(), english['ui.data_failed']);
    assert.ok(await w.locator('.rf-waiting .rf-emergency').count(), "the country's emergency numbers");
  } finally {
    await broken.context.close();
  }
});

test('the person can stop at any point, and the picks are gone', async () => {
  const { context, page } = await open('lang="en" country="PH" learn');
  try {
    const w = widget(page);
    await w.locator('.rf-learn-open').click();
    await w.locator('.rf-audience[data-audience="all"]').click();
    const first = scenarios[0];
    await w.locator(`.rf-choice[data-choice="${first.choices[0].id}"] input`).check();
    await w.locator('.rf-learn-stop').click();
    await w.locator('.rf-start').waitFor();
    await w.locator('.rf-learn-open').click();
    await w.locator('.rf-audience[data-audience="all"]').click();
    assert.equal(await w.locator('.rf-choice input:checked').count(), 0);
  } finally {
    await context.close();
  }
});

for (const { code, dir } of languages) {
  test(`learn mode in ${code}: a host can open it with pathway="learn"`, async () => {
    const text = content(`text/${code}.json`);
    const { context, page, log } = await open(`lang="${code}" country="TH" pathway="learn"`, { width: 320, height: 800 });
    try {
      const w = widget(page);
      await w.locator('.rf-learn-choose').waitFor();
      assert.equal(await page.evaluate(() => document.querySelector('redflag-check').shadowRoot.activeElement), null, 'no focus taken as the page loads');
      assert.equal(await w.locator('.rf-app').getAttribute('dir'), dir);
      await w.locator('.rf-audience[data-audience="all"]').click();
      const story = scenarios[0];
      const title = (await w.locator('.rf-learn h2').textContent()).trim();
      assert.equal(title, text[`scenario.${story.id}.title`] ?? english[`scenario.${story.id}.title`]);
      await w.locator(`.rf-choice[data-choice="${story.choices[0].id}"] input`).check();
      await w.locator('.rf-learn-check').click();
      assert.equal(await w.locator('.rf-feedback').count(), story.choices.length);
      const flagged = story.choices.find((c) => c.flag);
      const feedback = await w.locator(`.rf-choice[data-choice="${flagged.id}"] .rf-feedback`).textContent();
      assert.ok(feedback.includes(text[`flag.${flagged.flag}`]), `the flag's title in ${code}`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, 'no overflow at 320 px');
      await page.screenshot({ path: new URL(`story-${code}-320.png`, ARTIFACTS).pathname, fullPage: true });
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}

for (const lang of ['en', 'my']) {
  test(`axe finds no violations on the learn screens (${lang})`, async () => {
    const { context, page } = await open(`lang="${lang}" country="TH" learn`, { width: 390, height: 800 });
    try {
      const w = widget(page);
      await w.locator('.rf-learn-open').click();
      const found = [...(await violations(page, 'choose'))];
      await w.locator('.rf-audience[data-audience="online"]').click();
      found.push(...(await violations(page, 'story')));
      for (let i = 0; i < 10 && (await w.locator('.rf-learn').count()); i += 1) {
        await w.locator('.rf-choice input').first().check();
        await w.locator('.rf-learn-check').click();
        if (i === 0) found.push(...(await violations(page, 'feedback')));
        await w.locator('.rf-learn-next').click();
      }
      await w.locator('.rf-learn-done').waitFor();
      found.push(...(await violations(page, 'done')));
      assert.deepEqual(found, []);
    } finally {
      await context.close();
    }
  });
}

test('"Share this check" passes on the host page\'s bare address, nothing else', async () => {
  const { context, page, log } = await open('lang="en" country="TH" pathway="learn"', { path: 'partner/page.html?utm_source=mail&id=42#section' });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    const afterStartup = log.requests.length;
    const w = widget(page);
    await w.locator('.rf-audience[data-audience="job-offer"]').click();
    for (let i = 0; i < 10 && (await w.locator('.rf-learn').count()); i += 1) {
      await w.locator('.rf-learn-check').click();
      await w.locator('.rf-learn-next').click();
    }
    await w.locator('.rf-share').click();
    await w.locator('.rf-share-status', { hasText: english['share.copied'] }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, new URL('partner/page.html', BASE_URL).href);
    assert.deepEqual(log.requests.slice(afterStartup), []);
  } finally {
    await context.close();
  }
});

test('"Print the signs and numbers" prints one page: the signs and the help, without the quick exit or the host page', async () => {
  const { context, page } = await open('lang="en" country="TH" pathway="work"');
  try {
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    const w = widget(page);
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    for (let i = 0; i < 40 && (await w.locator('.rf-question').count()); i += 1) {
      await w.locator('.rf-question input[value=no]').click();
      await w.locator('.rf-question button[type=submit]').click();
    }
    await w.locator('.rf-print').click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    await page.emulateMedia({ media: 'print' });
    const shown = async (selector) => (await w.locator(selector).first().isVisible());
    assert.equal(await shown('.rf-print-sheet'), true, 'the sheet');
    assert.equal(await shown('.rf-help .rf-number'), true, 'the numbers');
    assert.equal(await shown('.rf-exit'), false, 'no quick exit on paper');
    assert.equal(await shown('.rf-result .rf-level'), false, 'not the result');
    assert.equal(await page.locator('.host-text').evaluate((e) => getComputedStyle(e).visibility), 'hidden');
    const signs = await w.locator('.rf-print-sheet li').allTextContents();
    assert.ok(signs.includes(english['flag.documents_held']), signs.join(' / '));
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(new URL('sheet-work-en.pdf', ARTIFACTS), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1, 'one page');
  } finally {
    await context.close();
  }
});
