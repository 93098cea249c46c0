// The right local help, inferred on the device: Chromium with emulated time zones and
// languages must show the expected country and line, without any network request.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, widget, waitForStart, answer, BASE_URL, hostPage } from './browser.mjs';


/** Opens the widget and goes the shortest way to help: a witness whose person asked for help. */
async function openHelp({ timezoneId, locale, attributes = 'lang="en"', before = async () => {} }) {
  const session = await openPage({ timezoneId, locale });
  const { page } = session;
  await before(page);
  await page.route(new URL('country.html', BASE_URL).href, (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(attributes) }),
  );
  await page.goto(new URL('country.html', BASE_URL).href);
  await waitForStart(page);
  const w = widget(page);
  await w.locator('.rf-pathway[data-pathway="witness"]').click();
  for (;;) {
    const id = await w.locator('.rf-question input[type=radio]').first().getAttribute('name');
    await answer(page, id === 'seen_asked_for_help' ? 'Yes' : 'No');
    if (id === 'seen_asked_for_help') break;
  }
  await w.locator('.rf-urgent .rf-help').waitFor();
  return { ...session, w };
}

// Time zone, language, the country shown, and a line (or emergency number) of that country.
const PLACES = [
  ['Asia/Bangkok', 'th-TH', 'Thailand', 'a[href="tel:1300"]'],
  ['Asia/Ho_Chi_Minh', 'vi-VN', 'Vietnam', 'a[href="tel:111"]'],
  ['Asia/Manila', 'fil-PH', 'Philippines', 'a[href="tel:1343"]'],
  ['Asia/Phnom_Penh', 'km-KH', 'Cambodia', '[data-line="kh_1280"]'],
  ['Asia/Vientiane', 'lo-LA', 'Laos', '[data-line="la_1362"]'],
  ['Asia/Kuala_Lumpur', 'ms-MY', 'Malaysia', '[data-line="my_talian_kasih"]'],
  ['Asia/Jakarta', 'id-ID', 'Indonesia', '[data-line="id_sapa_129"]'],
  ['Asia/Singapore', 'en-SG', 'Singapore', '[data-line^="sg_"]'],
  ['Asia/Kolkata', 'hi-IN', 'India', '[data-line="in_1098"]'],
  ['Asia/Dubai', 'ar-AE', 'United Arab Emirates', '[data-line^="ae_"]'],
  ['Europe/London', 'en-GB', 'United Kingdom', '[data-line="gb_modern_slavery"]'],
  ['America/New_York', 'en-US', 'United States', '[data-line="us_nhth"]'],
  ['Europe/Lisbon', 'pt-PT', 'Portugal', '[data-line="pt_116000"]'],
];

for (const [timezoneId, locale, name, selector] of PLACES) {
  test(`${timezoneId} (${locale}) shows help for ${name}`, async () => {
    const { context, page, w, log } = await openHelp({ timezoneId, locale });
    try {
      const before = log.requests.length;
      assert.equal((await w.locator('.rf-urgent .rf-showing strong').textContent()).trim(), name);
      assert.ok((await w.locator(`.rf-urgent ${selector}`).count()) >= 1, `${selector} is shown`);
      assert.ok((await w.locator('.rf-urgent .rf-emergency a[href^="tel:"]').count()) >= 1);
      await page.waitForTimeout(200);
      assert.deepEqual(log.requests.slice(before), []);
    } finally {
      await context.close();
    }
  });
}

test('a country with no dedicated line says so and still shows its emergency number', async () => {
  const { context, w } = await openHelp({ timezoneId: 'Asia/Yangon', locale: 'my-MM' });
  try {
    assert.equal((await w.locator('.rf-urgent .rf-showing strong').textContent()).trim(), 'Myanmar (Burma)');
    assert.equal(await w.locator('.rf-urgent .rf-no-line').count(), 1);
    assert.equal(await w.locator('.rf-urgent a[href="tel:199"]').count(), 1);
  } finally {
    await context.close();
  }
});

test('a Thai speaker in Dubai is offered the line for Thais abroad', async () => {
  const { context, w } = await openHelp({ timezoneId: 'Asia/Dubai', locale: 'th-TH' });
  try {
    assert.equal((await w.locator('.rf-urgent .rf-showing strong').textContent()).trim(), 'United Arab Emirates');
    const home = w.locator('.rf-urgent .rf-home[data-home="TH"]');
    assert.match(await home.locator('h4').first().textContent(), /Help from Thailand while you are abroad/);
    assert.equal(await home.locator('[data-line="th_1300_abroad"]').count(), 1);
  } finally {
    await context.close();
  }
});

test('a Burmese speaker in Thailand sees Thai help and is told about home', async () => {
  const { context, w } = await openHelp({ timezoneId: 'Asia/Bangkok', locale: 'my-MM' });
  try {
    assert.equal((await w.locator('.rf-urgent .rf-showing strong').textContent()).trim(), 'Thailand');
    assert.equal(await w.locator('.rf-urgent .rf-home[data-home="MM"]').count(), 1);
  } finally {
    await context.close();
  }
});

test('a traveller sees the destination first and home second', async () => {
  const { context, w } = await openHelp({
    timezoneId: 'Europe/London',
    locale: 'en-GB',
    attributes: 'lang="en" country="US" destination="TH"',
  });
  try {
    assert.equal((await w.locator('.rf-urgent .rf-showing strong').textContent()).trim(), 'Thailand');
    const home = w.locator('.rf-urgent .rf-home[data-home="US"]');
    assert.equal(await home.locator('[data-line="us_hsi_tips"]').count(), 1);
  } finally {
    await context.close();
  }
});

test('with no usable time zone, the language decides; the person can search and change it', async () => {
  const { context, w, log } = await openHelp({ timezoneId: 'Etc/UTC', locale: 'vi' });
  try {
    assert.equal((await w.locator('.rf-urgent .rf-showing strong').textContent()).trim(), 'Vietnam');
    const before = log.requests.length;
    await w.locator('.rf-urgent .rf-search').fill('philipp');
    const options = await w.locator('.rf-urgent .rf-country-picker option').allTextContents();
    assert.deepEqual(options.sort(), ['Philippines', 'Vietnam']);
    await w.locator('.rf-urgent .rf-country-picker select').selectOption('PH');
    assert.equal((await w.locator('.rf-urgent .rf-showing strong').textContent()).trim(), 'Philippines');
    assert.equal(await w.locator('.rf-urgent a[href="tel:1343"]').count(), 1);
    assert.deepEqual(log.requests.slice(before), []);
  } finally {
    await context.close();
  }
});

test('the country search ignores case beyond ASCII: "VIỆT" and "việt" find the same', async () => {
  // Vietnamese names from the browser, with their marks, searched in capitals and small letters.
  const { context, w } = await openHelp({ timezoneId: 'Asia/Bangkok', locale: 'en', attributes: 'lang="vi"' });
  try {
    const found = async (text) => {
      await w.locator('.rf-urgent .rf-search').fill(text);
      return (await w.locator('.rf-urgent .rf-country-picker option').allTextContents()).sort();
    };
    const upper = await found('VIỆT');
    const lower = await found('việt');
    assert.deepEqual(upper, lower);
    assert.ok(lower.some((name) => name.includes('Việt Nam')), lower.join(', '));
    assert.ok(lower.length < 5, `only the matches and the country shown: ${lower.join(', ')}`);
  } finally {
    await context.close();
  }
});

test('country names are asked of the browser only when a screen shows them, in the language shown', async () => {
  // The first Intl.DisplayNames of a page costs a slow phone about a tenth of a second: it must
  // not fall on start-up, nor be repeated for every language pack that arrives.
  const countAsked = (page) =>
    page.addInitScript(() => {
      window.__namesAskedIn = [];
      const Original = Intl.DisplayNames;
      Intl.DisplayNames = class extends Original {
        constructor(locales, options) {
          super(locales, options);
          if (options?.type === 'region') window.__namesAskedIn.push(String(locales));
        }
      };
    });
  const { context, page, w } = await openHelp({ timezoneId: 'Asia/Bangkok', locale: 'en', attributes: 'lang="en" country="TH"', before: countAsked });
  try {
    // Every pack is here (the picker lists the eleven languages) and the help is on screen in
    // English, whose names are the widget's own: the browser was asked for none.
    await w.locator('.rf-language select option').nth(10).waitFor({ state: 'attached' });
    assert.equal((await w.locator('.rf-urgent .rf-showing strong').textContent()).trim(), 'Thailand');
    assert.deepEqual(await page.evaluate(() => window.__namesAskedIn), []);
    // Switched to Vietnamese on this screen: the names are asked for in Vietnamese, once.
    await w.locator('.rf-language select').selectOption('vi');
    await w.locator('.rf-app[lang="vi"] .rf-urgent').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__namesAskedIn), ['vi']);
    const thailand = await page.evaluate(() => new Intl.DisplayNames(['vi'], { type: 'region' }).of('TH'));
    assert.equal((await w.locator('.rf-urgent .rf-showing strong').textContent()).trim(), thailand);
    await w.locator('.rf-urgent .rf-search').fill(thailand.slice(0, 4).toUpperCase());
    assert.ok((await w.locator('.rf-urgent .rf-country-picker option').allTextContents()).includes(thailand));
  } finally {
    await context.close();
  }
});
