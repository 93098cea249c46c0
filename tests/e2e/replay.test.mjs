// Session replay on the host page records nothing of the widget. Real recorders (rrweb, and
// Microsoft Clarity's clarity-js) run on the host page as a checkout would run them, started
// before the loader; a person goes through each pathway, the urgent screen, the result, a
// language switch, learn mode, the compact card, the fallback and isolated mode. The recording
// must hold none of the widget's words, no node or change from inside it, and no input event
// but the host page's own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, widget, BASE_URL, hostPage } from './browser.mjs';
import { RECORDERS, RECORDER_HEAD, serveRecorder, collect, rrwebFromInside, rrwebInputs, clarityInteractions, wordsFound } from './recorders.mjs';

const text = (code) => JSON.parse(readFileSync(new URL(`../../content/text/${code}.json`, import.meta.url), 'utf8'));
const CATALOGS = [text('en'), text('th')];

// A checkout with a recorder loaded by the page's own script tags, and a field of its own.
function checkoutPage(attributes) {
  return hostPage(attributes, {
    title: 'Your booking',
    head: RECORDER_HEAD,
    before: '<p class="host-text">Room for two, three nights.</p><label>Promo code <input id="promo" type="text"></label>',
    children: '<p>Checkout help text</p>',
  });
}

async function open(recorder, attributes, { noWasm = false } = {}) {
  const session = await openPage();
  await serveRecorder(session.page, recorder);
  // A browser without WebAssembly, so the fallback shows.
  if (noWasm) await session.page.addInitScript(() => delete globalThis.WebAssembly);
  const url = new URL('replay.html', BASE_URL).href;
  await session.page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: checkoutPage(attributes) }));
  await session.page.goto(url);
  return session;
}

/** Answers "Yes" to every question, going on past the urgent screen, switching to Thai after three. */
async function answerEverything(page) {
  const w = widget(page);
  for (let i = 0; i < 40; i += 1) {
    // Whichever screen comes next: a question, the urgent screen or the result.
    const screen = w.locator('.rf-question, .rf-urgent, .rf-result').first();
    await screen.waitFor();
    const kind = await screen.evaluate((e) => [...e.classList].find((c) => ['rf-question', 'rf-urgent', 'rf-result'].includes(c)));
    if (kind === 'rf-result') return;
    if (i === 3) await w.locator('.rf-language select').selectOption('th');
    if (kind === 'rf-urgent') {
      await w.locator('.rf-urgent button.rf-secondary').click();
    } else {
      await w.locator('.rf-question input[value=yes]').click();
      await w.locator('.rf-question button[type=submit]').click();
    }
  }
  assert.fail('no result after 40 screens');
}

/** A pathway chosen on the first screen and answered to the result. */
function pathway(id, attributes = 'lang="en" country="TH"') {
  return {
    attributes,
    async act(page) {
      await widget(page).locator(`.rf-pathway[data-pathway="${id}"]`).click();
      await answerEverything(page);
    },
  };
}

/** What each run does, from the page as it opens to the last screen. */
const RUNS = {
  'job-offer': pathway('job-offer'),
  work: pathway('work'),
  online: pathway('online'),
  witness: pathway('witness', 'lang="en" country="TH" pathway="witness"'),
  learn: {
    attributes: 'lang="en" country="TH" learn',
    async act(page) {
      const w = widget(page);
      await w.locator('.rf-learn-open').click();
      await w.locator('.rf-audience[data-audience="witness"]').click();
      await w.locator('.rf-language select').selectOption('th');
      for (let story = 0; story < 2; story += 1) {
        await w.locator('.rf-choice input').first().check();
        await w.locator('.rf-learn-check').click();
        await w.locator('.rf-feedback').first().waitFor();
        await w.locator('.rf-learn-next').click();
      }
    },
  },
  'compact card': {
    attributes: 'lang="en" variant="compact" destination="TH" country="GB" languages="en th"',
    async act(page) {
      const w = widget(page);
      await w.locator('.rf-card-start').click();
      await answerEverything(page);
    },
  },
  fallback: {
    attributes: 'lang="en" country="TH"',
    options: { noWasm: true },
    async act(page) {
      await widget(page).locator('.rf-fallback[data-fallback="TH"]').waitFor();
    },
  },
  isolated: {
    attributes: 'lang="en" country="TH" isolated',
    async act(page) {
      const frame = page.frameLocator('iframe.rf-frame');
      await frame.locator('redflag-check .rf-pathway[data-pathway="work"]').click();
      await frame.locator('redflag-check .rf-question input[value=yes]').click();
      await frame.locator('redflag-check .rf-question button[type=submit]').click();
    },
  },
};

/**
 * What `recorder` kept of the widget, as counts: all zero means nothing. Also checks that the
 * recorder did record the host page, so that an empty recording cannot pass.
 */
async function fromTheWidget(page, recorder, isolated) {
  await page.locator('#promo').fill('SPRING');
  await page.waitForTimeout(800);
  // Recorders send what they saw in batches, Clarity after a delay that grows on a busy machine:
  // after the 800 ms everything had, wait until the host's own input is in (at most 10 s more).
  const hostInputIn = async (recording) => {
    if (RECORDERS[recorder].kind !== 'rrweb') return clarityInteractions(recording, 'promo').hostInputs > 0;
    const promo = await page.evaluate(() => rrweb.record.mirror.getId(document.getElementById('promo')));
    return rrwebInputs(recording).some((e) => e.data.id === promo);
  };
  let recording = await collect(page, recorder);
  for (let waited = 0; waited < 10000 && !(await hostInputIn(recording)); waited += 250) {
    await page.waitForTimeout(250);
    recording = await collect(page, recorder);
  }
  const serialised = JSON.stringify(recording);
  assert.ok(serialised.includes('Room for two, three nights.'), 'the recorder recorded the host page');
  const found = {
    words: wordsFound(recording, CATALOGS),
    helpNumbers: serialised.match(/tel:/g)?.length ?? 0,
  };
  if (RECORDERS[recorder].kind === 'rrweb') {
    const promo = await page.evaluate(() => rrweb.record.mirror.getId(document.getElementById('promo')));
    const inputs = rrwebInputs(recording);
    assert.ok(inputs.some((e) => e.data.id === promo), 'the host input was recorded');
    Object.assign(found, rrwebFromInside(recording));
    found.inputs = inputs.filter((e) => e.data.id !== promo).length;
  } else {
    const { hostInputs, widgetInputs, widgetClicks } = clarityInteractions(recording, 'promo');
    assert.ok(hostInputs > 0, 'the host input was recorded');
    // Clarity documents no marker that excludes an element, only masking: inline, it still
    // records which control was pressed (see EMBEDDING.md). What it keeps must be masked;
    // isolated, it must have nothing at all.
    found.clearClickText = widgetClicks.filter((e) => typeof e[10] === 'string' && /[^•\s]/.test(e[10])).length;
    if (isolated) {
      found.inputs = widgetInputs.length;
      found.clicks = widgetClicks.length;
    } else {
      // Reported, not asserted: what Clarity keeps of the widget inline.
      found.masked = { inputs: widgetInputs.length, clicks: widgetClicks.length };
    }
  }
  return found;
}

const NOTHING = {
  rrweb: { words: [], helpNumbers: 0, nodes: 0, texts: 0, attributes: 0, inputs: 0, interactions: 0 },
  clarity: { words: [], helpNumbers: 0, clearClickText: 0 },
  'clarity isolated': { words: [], helpNumbers: 0, clearClickText: 0, inputs: 0, clicks: 0 },
};

for (const recorder of Object.keys(RECORDERS)) {
  for (const [name, run] of Object.entries(RUNS)) {
    const { kind, version } = RECORDERS[recorder];
    test(`${recorder} ${version} records nothing of the widget: ${name}`, async (t) => {
      const { context, page, log } = await open(recorder, run.attributes, run.options);
      try {
        await run.act(page);
        const found = await fromTheWidget(page, recorder, name === 'isolated');
        t.diagnostic(`${recorder} ${name}: ${JSON.stringify({ ...found, words: found.words.length })}`);
        const { masked, ...kept } = found;
        const expected = NOTHING[kind === 'clarity' && name === 'isolated' ? 'clarity isolated' : kind];
        assert.deepEqual(kept, expected);
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });
  }
}
