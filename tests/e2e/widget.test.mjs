// End to end: the built dist/ on a host page in headless Chromium, as a person would use it.
// What only a real page can show: the whole run, network, storage, history and quick exit.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { openPage, widget, waitForStart, answer, BASE_URL, hostPage } from './browser.mjs';

const ARTIFACTS = new URL('./artifacts/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });

// Pages served by the test itself at the local origin, so that only the widget's own files
// come from the dist/ server. The exit target is a made-up host answered inside the browser.
const EXIT_URL = 'https://exit.example/';
/** The host page of these tests: the element's own fallback content is a paragraph. */
const fixturePage = (attributes = '') => hostPage(attributes, { children: '<p>Fallback</p>' });

async function serveFixtures(page, pages) {
  await page.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>Weather</title><p>Neutral page</p>' }),
  );
  for (const [path, html] of Object.entries(pages)) {
    await page.route(new URL(path, BASE_URL).href, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  }
}

/** Visits a plain page, then a host page with the widget, so that Back has somewhere to go. */
async function openHostAfterAnotherPage(page, attributes) {
  await serveFixtures(page, {
    'before.html': '<!DOCTYPE html><title>Before</title><p>Before</p>',
    'host.html': fixturePage(attributes),
  });
  await page.goto(new URL('before.html', BASE_URL).href);
  await page.goto(new URL('host.html', BASE_URL).href);
  await waitForStart(page);
}

/**
 * Chooses a pathway and answers every question: "Yes" for the ids in `yes`, "Not sure" for
 * those in `unsure`, "No" for the rest. Returns the ids seen.
 */
async function runThrough(page, yes = [], { pathway = 'work', unsure = [] } = {}) {
  const w = widget(page);
  await w.locator(`.rf-pathway[data-pathway="${pathway}"]`).click();
  const seen = [];
  for (let i = 0; i < 40; i += 1) {
    const radio = w.locator('.rf-question input[type=radio]').first();
    if ((await radio.count()) === 0) break;
    const id = await radio.getAttribute('name');
    seen.push(id);
    await answer(page, yes.includes(id) ? 'Yes' : unsure.includes(id) ? 'Not sure' : 'No');
    const urgent = w.locator('.rf-urgent');
    if (await urgent.count()) await urgent.locator('button.rf-secondary').click();
  }
  await w.locator('.rf-result').waitFor();
  return seen;
}

test('the demo page completes the work pathway and shows tel: links', async () => {
  const { context, page, log } = await openPage();
  try {
    await page.goto(`${BASE_URL}?country-test`);
    await waitForStart(page);
    const seen = await runThrough(page, ['documents_held', 'excessive_hours']);
    assert.ok(seen.length >= 12, `only ${seen.length} questions`);
    const w = widget(page);
    assert.equal(await w.locator('.rf-level').getAttribute('data-level'), 'serious');
    assert.equal(await w.locator('.rf-flag').count(), 2);
    // The demo page does not set a country: the person chooses one and sees its lines.
    await w.locator('.rf-country-picker select').selectOption('TH');
    const tel = w.locator('a[href^="tel:"]');
    assert.ok((await tel.count()) >= 3, 'hotline and emergency numbers are tel: links');
    assert.equal(await w.locator('a[href="tel:1300"]').count(), 1);
    await page.screenshot({ path: new URL('result-1280.png', ARTIFACTS).pathname, fullPage: true });
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
  } finally {
    await context.close();
  }
});

test('after start-up nothing is requested, stored or added to history', async () => {
  const { context, page, log } = await openPage();
  try {
    await serveFixtures(page, { 'all.html': fixturePage() });
    await page.goto(new URL('all.html', BASE_URL).href);
    await waitForStart(page);
    // Let anything lazy arrive before the line is drawn.
    await page.waitForTimeout(500);
    const startup = log.requests.map((r) => new URL(r.url).pathname).sort();
    const packs = JSON.parse(readFileSync(new URL('../../content/text/languages.json', import.meta.url), 'utf8'))
      .languages.filter((l) => l.code !== 'en')
      .map((l) => `/redflag-text-${l.code}.bin`);
    assert.deepEqual(startup, ['/all.html', '/redflag-core.js', '/redflag-core_bg.wasm', '/redflag-data.bin', ...packs, '/redflag.js'].sort());
    const before = await page.evaluate(() => ({ length: history.length, href: location.href }));
    const afterStartup = log.requests.length;

    // Every pathway, with danger answers, a country change, the sources page, the report screen
    // and a restart.
    const w = widget(page);
    const runs = [
      ['job-offer', ['offer_changed', 'offer_hurt']],
      ['work', ['violence', 'debt_grows', 'told_to_lie']],
      ['online', ['online_threat_share', 'online_asks_money']],
      ['witness', ['seen_asked_for_help', 'seen_watched']],
    ];
    const languages = JSON.parse(readFileSync(new URL('../../content/text/languages.json', import.meta.url), 'utf8'))
      .languages.map((l) => l.code);
    for (const [i, [pathway, yes]] of runs.entries()) {
      // Switch language on the way (every other run), to show a switch makes no request either.
      await w.locator('.rf-language select').selectOption(languages[i % languages.length]);
      await runThrough(page, yes, { pathway });
      await w.locator('.rf-country-picker select').selectOption('GB');
      await w.locator('.rf-search').fill('vn');
      await w.locator('.rf-country-picker select').selectOption('VN');
      await w.locator('.rf-result .rf-sources-link').click();
      await w.locator('.rf-sources').waitFor();
      await w.locator('.rf-sources button.rf-secondary').click();
      await w.locator('.rf-safety-link').click();
      await w.locator('.rf-safety button.rf-secondary').click();
      // The report: a detail typed, the message copied; its links are not followed here (they
      // open the person's own apps), only shown.
      await w.locator('.rf-report-open').click();
      await w.locator('.rf-detail[data-detail="when"] input').fill('Yesterday, 22:00');
      await w.locator('.rf-copy').click();
      await w.locator('.rf-copied:not(:empty)').waitFor();
      await w.locator('.rf-report .rf-actions button').click();
      await w.locator('.rf-result .rf-restart').click();
      await w.locator('.rf-start').waitFor();
    }
    await page.waitForTimeout(1000);

    assert.deepEqual(log.requests.slice(afterStartup), [], 'no request after start-up');
    const after = await page.evaluate(() => ({ length: history.length, href: location.href }));
    assert.deepEqual(after, before, 'history.length and the URL are unchanged');
    const storage = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    assert.deepEqual(storage, { cookie: '', local: 0, session: 0, indexedDB: 0, caches: 0, workers: 0 });
    assert.deepEqual(await context.cookies(), []);
  } finally {
    await context.close();
  }
});

test('the exit button replaces the page, so Back skips it', async () => {
  const { context, page } = await openPage();
  try {
    await openHostAfterAnotherPage(page, `country="TH" exit-url="${EXIT_URL}"`);
    await widget(page).locator('.rf-pathway[data-pathway="work"]').click();
    await answer(page, 'Yes');
    await widget(page).locator('.rf-exit').click();
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, '/before.html', 'Back returns to the page before the widget');
  } finally {
    await context.close();
  }
});

test('pressing Shift three times leaves, even from inside the widget', async () => {
  const { context, page } = await openPage();
  try {
    await openHostAfterAnotherPage(page, `exit-url="${EXIT_URL}"`);
    await widget(page).locator('.rf-pathway[data-pathway="work"]').click();
    await widget(page).locator('.rf-question input[value=yes]').focus();
    // Shift used for a capital letter does not count.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    assert.equal(new URL(page.url()).pathname, '/host.html', 'two counted presses do not exit');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    assert.equal(new URL(page.url()).pathname, '/before.html');
  } finally {
    await context.close();
  }
});

test('a non-http exit-url is refused with a warning', async () => {
  const { context, page, log } = await openPage();
  try {
    await serveFixtures(page, { 'host.html': fixturePage('exit-url="javascript:alert(1)"') });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    assert.equal(await widget(page).locator('.rf-exit').getAttribute('href'), 'https://www.bbc.co.uk/weather');
    assert.ok(log.console.some((m) => m.type === 'warning' && m.text.includes('exit-url')));
  } finally {
    await context.close();
  }
});

test('the country follows the time zone when the host does not set it', async () => {
  const { context, page } = await openPage({ timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    await serveFixtures(page, { 'host.html': fixturePage() });
    await page.goto(new URL('host.html', BASE_URL).href);
    await waitForStart(page);
    await runThrough(page);
    assert.equal(await widget(page).locator('a[href="tel:111"]').count(), 1, "Vietnam's 111 line is shown");
  } finally {
    await context.close();
  }
});

test('screenshots at 320 px', async () => {
  const { context, page } = await openPage({ width: 320, height: 640 });
  try {
    await page.goto(BASE_URL);
    await waitForStart(page);
    await page.screenshot({ path: new URL('start-320.png', ARTIFACTS).pathname, fullPage: true });
    await widget(page).locator('.rf-pathway').click();
    await page.screenshot({ path: new URL('question-320.png', ARTIFACTS).pathname, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, 'no horizontal scrolling at 320 px');
    await widget(page).locator('.rf-question button', { hasText: 'Back' }).click();
    await runThrough(page, ['confined']);
    await widget(page).locator('.rf-country-picker select').selectOption('PH');
    await page.screenshot({ path: new URL('result-320.png', ARTIFACTS).pathname, fullPage: true });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false);
  } finally {
    await context.close();
  }
});

// One full run per pathway: a known set of answers and the red flags the result must list.
const RUNS = [
  {
    pathway: 'job-offer',
    // Yes is the safe answer to the three questions where "No" is the warning.
    yes: [
      'offer_social_media',
      'offer_changed',
      'offer_passport_held',
      'offer_fees',
      'offer_recruiter_checked',
      'offer_address_known',
      'offer_contract',
    ],
    level: 'serious',
    flags: ['offer_social_media', 'offer_changed', 'offer_passport_held', 'offer_fees'],
    text: ['Never pay a fee to get a job', 'licensed with the labour ministry'],
  },
  {
    pathway: 'work',
    yes: ['documents_held', 'debt_grows', 'employer_housing', 'bad_housing'],
    unsure: ['wages_withheld'],
    level: 'serious',
    flags: ['documents_held', 'debt_grows', 'bad_housing'],
    text: ['Keep copies of your documents'],
  },
  {
    pathway: 'online',
    yes: ['online_under_18', 'online_secrecy', 'online_threat_share', 'online_asks_money'],
    level: 'urgent',
    flags: ['online_threat_share', 'online_secrecy', 'online_asks_money'],
    text: ['Do not pay, and do not delete the messages'],
  },
  {
    pathway: 'online',
    yes: ['online_parent_mode', 'online_child_secretive', 'online_child_older_friends'],
    level: 'some',
    flags: ['online_child_older_friends', 'online_child_secretive'],
    text: ['listen without blame'],
  },
  {
    pathway: 'witness',
    yes: ['seen_hotel_staff', 'seen_documents_held', 'seen_spoken_for', 'seen_hotel_many_visitors'],
    unsure: ['seen_child'],
    level: 'serious',
    flags: ['seen_documents_held', 'seen_spoken_for', 'seen_hotel_many_visitors'],
    text: ['Do not confront anyone', 'Tell your manager or security team'],
  },
  {
    pathway: 'witness',
    yes: ['seen_child', 'seen_child_unrelated_adult', 'seen_child_taken_alone'],
    level: 'urgent',
    flags: ['seen_child_unrelated_adult', 'seen_child_taken_alone'],
    text: ['The person you saw may be in danger now', 'report it to the police or a child helpline'],
  },
];

for (const run of RUNS) {
  test(`a full ${run.pathway} run lists exactly the flags answered`, async () => {
    const { context, page, log } = await openPage();
    try {
      await serveFixtures(page, { 'host.html': fixturePage('country="TH"') });
      await page.goto(new URL('host.html', BASE_URL).href);
      await waitForStart(page);
      const seen = await runThrough(page, run.yes, { pathway: run.pathway, unsure: run.unsure ?? [] });
      for (const id of run.yes) assert.ok(seen.includes(id), `${id} was never asked`);
      const w = widget(page);
      assert.equal(await w.locator('.rf-level').getAttribute('data-level'), run.level);
      const flags = await w.locator('.rf-flag').evaluateAll((items) => items.map((li) => li.dataset.flag));
      assert.deepEqual([...flags].sort(), [...run.flags].sort());
      // Each flag says why it matters.
      for (const item of await w.locator('.rf-flag p').all()) assert.ok((await item.textContent()).trim().length > 20);
      const text = await w.locator('.rf-result').textContent();
      for (const expected of run.text) assert.ok(text.includes(expected), `missing next step: ${expected}`);
      assert.equal(await w.locator('a[href="tel:1300"]').count(), 1);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}
