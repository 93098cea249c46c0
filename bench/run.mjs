// The benchmark: sizes of dist/, start-up time to the first thing a person can answer (at 1x and
// 4x CPU throttling), the time from an answer to the next question on screen, memory, and what
// the widget adds to a host page (long tasks, layout shift). It measures two references in the
// same run: a bare yew counter built through the same pipeline (the framework floor) and a
// static HTML page showing the same first screen (the physical floor). It also compares the
// compact checkout card inline and in isolated mode, and runs Lighthouse on the two demo pages
// with the widget and without it (bench/lighthouse.mjs).
//
// Run with `cargo xtask bench`; it rewrites the measured part of BENCHMARKS.md (between the
// `measured` markers). Times are medians of RUNS runs in headless Chromium on this machine; they
// are reported, never asserted.

import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { distSizes, sizeOf } from './sizes.mjs';
import { lighthouseDemos } from './lighthouse.mjs';

const BASE = process.env.REDFLAG_BENCH_URL;
const SITE = process.env.REDFLAG_BENCH_DIR;
const RUNS = Number(process.env.REDFLAG_BENCH_RUNS ?? 5);
const OUT = new URL('../BENCHMARKS.md', import.meta.url);
const START = '<!-- measured: written by cargo xtask bench -->';
const END = '<!-- /measured -->';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;

function sizes(dir, files) {
  return files.map((name) => sizeOf(dir, name));
}

async function launch() {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'redflag-bench-')), {
    executablePath: process.env.REDFLAG_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
    viewport: { width: 390, height: 800 },
  });
}

// In the page: note the first frame on which the ready element exists, and keep the wasm memory.
const PROBE = (selector) => `
  window.__ready = null;
  const find = () => document.querySelector('redflag-check')?.shadowRoot?.querySelector(${JSON.stringify(selector)}) ?? document.querySelector(${JSON.stringify(selector)});
  const tick = () => { if (find()) { window.__ready = performance.now(); window.__readyAt = performance.timeOrigin + window.__ready; } else { requestAnimationFrame(tick); } };
  requestAnimationFrame(tick);
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      window.__memory = (result instanceof WebAssembly.Instance ? result : result.instance).exports.memory;
      return result;
    };
  }
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  window.__shift = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
`;

/** Opens `page` at `rate`x CPU throttling and returns the ms to ready, plus the page. */
async function openAndTime(context, path, selector, rate) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(PROBE(selector));
  await page.goto(`${BASE}${path}`);
  await page.waitForFunction(() => window.__ready !== null, null, { timeout: 60000 });
  return { page, ready: await page.evaluate(() => window.__ready) };
}

// The widget's own first screen, once the wasm has taken over from the one the loader drew.
const WASM_START = '.rf-app:not([data-rf-drawn]) .rf-pathway';

async function readyTimes(path, selector, rate) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await launch();
    const { ready } = await openAndTime(context, path, selector, rate);
    times.push(ready);
    await context.close();
  }
  return times;
}

/**
 * Answers every question at 4x throttling with real (trusted) clicks, and measures two things
 * per answer: the time from the click on Next until the next question is in the DOM (a
 * MutationObserver sees it), and the browser's own input-to-next-paint figure for that click
 * (Event Timing API, the basis of INP). Event Timing reports only events of 16 ms or more; an
 * answer with no entry painted in under 16 ms.
 */
async function answerTimes() {
  const dom = [];
  const painted = [];
  let memory = null;
  let heap = null;
  for (let i = 0; i < RUNS; i += 1) {
    const context = await launch();
    const { page } = await openAndTime(context, 'widget.html', WASM_START, 4);
    await page.evaluate(() => {
      window.__events = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'click' && e.target?.type === 'submit') window.__events.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16 });
      const root = document.querySelector('redflag-check').shadowRoot;
      window.__dom = [];
      window.__armed = null;
      root.addEventListener('click', (e) => { if (e.target.type === 'submit') window.__armed = { at: performance.now(), name: root.querySelector('.rf-question input[type=radio]')?.name }; }, true);
      new MutationObserver(() => {
        const armed = window.__armed;
        if (armed && root.querySelector('.rf-question input[type=radio]')?.name !== armed.name) {
          window.__dom.push(performance.now() - armed.at);
          window.__armed = null;
        }
      }).observe(root, { subtree: true, childList: true, attributes: true });
    });
    const w = page.locator('redflag-check');
    await w.locator('.rf-pathway').first().click();
    await w.locator('.rf-question').waitFor();
    let answered = 0;
    for (let n = 0; n < 40 && (await w.locator('.rf-question').count()); n += 1) {
      await w.locator('.rf-question input[value=no]').click();
      await w.locator('.rf-question button[type=submit]').click();
      answered += 1;
    }
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => ({ dom: window.__dom, events: window.__events }));
    dom.push(...r.dom);
    // Answers without an Event Timing entry were painted in under 16 ms.
    painted.push(...r.events, ...Array(Math.max(0, answered - r.events.length)).fill(0));
    memory = await page.evaluate(() => window.__memory?.buffer.byteLength ?? null);
    heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    await context.close();
  }
  return { dom, painted, memory, heap };
}

/** Long tasks and layout shift on the host page, with and without the widget, at 4x. */
async function hostCost(path, selector) {
  const longTasks = [];
  const shifts = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await launch();
    const { page } = await openAndTime(context, path, selector, 4);
    await page.waitForTimeout(500);
    const r = await page.evaluate(() => ({ tasks: window.__longTasks, shift: window.__shift }));
    longTasks.push(...r.tasks);
    shifts.push(r.shift);
    await context.close();
  }
  return { longTasks, shift: Math.max(...shifts) };
}

/**
 * The compact card at 4x, inline and isolated: the ms from navigation start until its button is
 * on screen (inside the frame, for isolated mode), the requests made in the first seconds, and
 * their brotli bytes (a file fetched twice counts twice: the sandboxed frame has its own cache).
 */
async function cardCost(path) {
  const times = [];
  let requests = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await launch();
    const seen = [];
    context.on('request', (r) => seen.push(new URL(r.url()).pathname));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(PROBE('.rf-card-start'));
    await page.goto(`${BASE}${path}`);
    const readyAt = async () => {
      for (const frame of page.frames()) {
        const at = await frame.evaluate(() => window.__readyAt ?? null).catch(() => null);
        if (at !== null) return at;
      }
      return null;
    };
    let at = null;
    for (let waited = 0; at === null && waited < 60000; waited += 50) {
      at = await readyAt();
      if (at === null) await page.waitForTimeout(50);
    }
    if (at === null) throw new Error(`${path}: the card never showed`);
    times.push(at - (await page.evaluate(() => performance.timeOrigin)));
    await page.waitForTimeout(2000);
    requests = seen.filter((p) => p.startsWith('/widget/')).map((p) => p.slice('/widget/'.length));
    await context.close();
  }
  const brotli = requests.reduce((sum, name) => sum + sizeOf(join(SITE, 'widget'), name).brotli, 0);
  return { times, requests: requests.length, brotli };
}

const dist = join(SITE, 'widget');
const widgetFiles = sizes(dist, readdirSync(dist).filter((f) => /\.(js|wasm|bin)$/.test(f)).sort());
const budgets = distSizes(dist);
const counterFiles = sizes(join(SITE, 'counter'), ['counter.js', 'counter_bg.wasm']);
const total = (files, key) => files.reduce((sum, f) => sum + f[key], 0);

const results = {};
for (const rate of [1, 4]) {
  results[rate] = {
    widget: await readyTimes('widget.html', '.rf-pathway', rate),
    running: await readyTimes('widget.html', WASM_START, rate),
    counter: await readyTimes('counter.html', '#inc', rate),
    static: await readyTimes('static.html', '.rf-pathway', rate),
  };
}
const answers = await answerTimes();
const withWidget = await hostCost('widget.html', WASM_START);
const without = await hostCost('host.html', 'h1');
// The framework floor's own: a bare yew counter's page, for what a yew app costs at all here.
const counterCost = await hostCost('counter.html', '#inc');
const cardInline = await cardCost('card.html');
const cardIsolated = await cardCost('card-isolated.html');
const audits = await lighthouseDemos(dist, { runs: Number(process.env.REDFLAG_LIGHTHOUSE_RUNS ?? 3), chromium: process.env.REDFLAG_CHROMIUM });

const lines = [];
lines.push(START);
lines.push('');
lines.push(`Measured by \`cargo xtask bench\` on ${new Date().toISOString().slice(0, 10)}: headless Chromium, ${RUNS} runs each, medians;`);
lines.push(`${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, shared and noisy: compare the ratios, not the milliseconds.`);
lines.push('');
lines.push('### Transfer size of dist/');
lines.push('');
lines.push('| file | raw | gzip -9 | brotli -q 11 |');
lines.push('|---|---|---|---|');
for (const f of widgetFiles) lines.push(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
lines.push(`| **all of the above** | ${kb(total(widgetFiles, 'raw'))} | ${kb(total(widgetFiles, 'gzip'))} | ${kb(total(widgetFiles, 'brotli'))} |`);
lines.push(`| bare yew counter (reference) | ${kb(total(counterFiles, 'raw'))} | ${kb(total(counterFiles, 'gzip'))} | ${kb(total(counterFiles, 'brotli'))} |`);
lines.push('');
lines.push('frame.js is loaded only in isolated mode; `redflag-data.bin` is the content the first screens do not need (help lines, sources, the result\'s text), fetched alongside the wasm; the `redflag-text-*.bin` files are the language packs; the `redflag-stories-*.bin` files are learn mode\'s text, fetched only where the host offers learn mode.');
lines.push('');
lines.push('| budget (brotli) | measured | budget |');
lines.push('|---|---|---|');
lines.push(`| critical path to the first screen, English (the loader, which draws it) | ${kb(budgets.critical.english)} | 150 KB |`);
lines.push(`| critical path to the first screen, largest language (the loader and ${budgets.largestPack.name}) | ${kb(budgets.critical.largest)} | 175 KB |`);
lines.push(`| the widget running, English (loader, glue, wasm; not a budget) | ${kb(budgets.running.english)} | |`);
lines.push(`| the widget running, largest language (with ${budgets.largestPack.name}; not a budget) | ${kb(budgets.running.largest)} | |`);
lines.push(`| everything at start-up, all eleven languages (with the data file) | ${kb(budgets.startup.brotli)} | 350 KB |`);
lines.push(`| the same where the host offers learn mode (its text in eleven languages too; not a budget) | ${kb(budgets.learn.brotli)} | |`);
lines.push(`| compact card: before the host page's load (the loader, which draws the card) | ${kb(budgets.compact.beforeLoad)} | only redflag.js |`);
lines.push(`| compact card: everything, English browser (loader, glue, wasm, its data file) | ${kb(budgets.compact.total)} | 200 KB |`);
lines.push('');
lines.push('### Time from navigation start to the first screen being ready to use');
lines.push('');
lines.push('The widget\'s first screen is drawn by the loader and can be used at once (what the person chooses on it opens when the wasm is there); "wasm running" is when the widget\'s own first screen has taken over.');
lines.push('');
lines.push('| CPU | widget, first screen | widget, wasm running | bare yew counter | static HTML | first screen ÷ counter | wasm running ÷ counter | first screen ÷ static |');
lines.push('|---|---|---|---|---|---|---|---|');
for (const rate of [1, 4]) {
  const r = results[rate];
  const w = median(r.widget);
  const run = median(r.running);
  const c = median(r.counter);
  const st = median(r.static);
  lines.push(`| ${rate}× | ${ms(w)} | ${ms(run)} | ${ms(c)} | ${ms(st)} | ${(w / c).toFixed(2)} | ${(run / c).toFixed(2)} | ${(w / st).toFixed(2)} |`);
}
lines.push('');
lines.push('Budget: ready within 1.6× the bare yew counter at 4×.');
lines.push('');
lines.push('### Answer to next question on screen (4× CPU)');
lines.push('');
const paintedNote = (xs) => (median(xs) < 16 ? 'under 16 ms' : ms(median(xs)));
lines.push(`Over ${answers.painted.length} answers with real clicks on Next:`);
lines.push('');
lines.push(`- click to next question in the DOM: median ${ms(median(answers.dom))}, p95 ${ms(p95(answers.dom))};`);
lines.push(`- click to next paint (Event Timing, as INP measures it; entries exist only from 16 ms): median ${paintedNote(answers.painted)}, p95 ${p95(answers.painted) < 16 ? 'under 16 ms' : ms(p95(answers.painted))}, ${answers.painted.filter((d) => d >= 16).length} of ${answers.painted.length} at 16 ms or more.`);
lines.push('');
lines.push('Budget: median ≤ 16 ms.');
lines.push('');
lines.push('### Memory after a full run');
lines.push('');
lines.push(`wasm linear memory ${answers.memory === null ? 'not read' : kb(answers.memory)}; JS heap ${answers.heap === null ? 'not read' : kb(answers.heap)}.`);
lines.push('');
lines.push('### What the widget adds to a host page (4× CPU)');
lines.push('');
const longest = (tasks) => (tasks.length ? ms(Math.max(...tasks)) : '-');
lines.push(`Long tasks over 50 ms: ${withWidget.longTasks.length} in ${RUNS} loads with the widget (longest ${longest(withWidget.longTasks)}), ${without.longTasks.length} without; ${counterCost.longTasks.length} on the bare yew counter's page (longest ${longest(counterCost.longTasks)}).`);
lines.push(`Layout shift: ${withWidget.shift.toFixed(3)} with the widget, ${without.shift.toFixed(3)} without (largest of ${RUNS} loads).`);
lines.push('');
lines.push('### The compact card on a checkout, inline and isolated (4× CPU)');
lines.push('');
lines.push('| | inline | isolated |');
lines.push('|---|---|---|');
lines.push(`| card ready to press | ${ms(median(cardInline.times))} | ${ms(median(cardIsolated.times))} |`);
lines.push(`| requests for the widget's files | ${cardInline.requests} | ${cardIsolated.requests} |`);
lines.push(`| their size, brotli | ${kb(cardInline.brotli)} | ${kb(cardIsolated.brotli)} |`);
lines.push('');
lines.push('With `languages="en th"`; isolated mode fetches the loader and its glue again inside the frame.');
lines.push('');
lines.push('### Lighthouse on the demo pages, with the widget and without it');
lines.push('');
lines.push('Lighthouse 12.8 (mobile preset: simulated slow 4G, 4× CPU), the pages served with brotli; medians of');
lines.push(`${process.env.REDFLAG_LIGHTHOUSE_RUNS ?? 3} runs each, with and without alternating; layout shift is the largest of them.`);
lines.push('');
lines.push('| page | LCP with | LCP without | LCP ratio (budget ≤ 1.1×) | TBT with / without | CLS with / without (budget ≤ 0.01) | score with / without | largest paint with the widget |');
lines.push('|---|---|---|---|---|---|---|---|');
for (const [page, r] of Object.entries(audits)) {
  const name = page === 'index.html' ? 'NGO demo (`index.html`)' : 'checkout (`checkout.html`, compact card)';
  lines.push(`| ${name} | ${ms(r.with.lcp)} | ${ms(r.without.lcp)} | ${(r.with.lcp / r.without.lcp).toFixed(2)}× | ${ms(r.with.tbt)} / ${ms(r.without.tbt)} | ${r.with.cls.toFixed(3)} / ${r.without.cls.toFixed(3)} | ${r.with.score.toFixed(2)} / ${r.without.score.toFixed(2)} | \`${r.with.largest.replaceAll('|', '/')}\` |`);
  if (r.floor) {
    lines.push(`| the same, its first screen's words drawn by a script of under 1 KB instead of the widget (the floor for any first screen a script draws) | ${ms(r.floor.lcp)} | ${ms(r.without.lcp)} | ${(r.floor.lcp / r.without.lcp).toFixed(2)}× | ${ms(r.floor.tbt)} / ${ms(r.without.tbt)} | ${r.floor.cls.toFixed(3)} / ${r.without.cls.toFixed(3)} | ${r.floor.score.toFixed(2)} / ${r.without.score.toFixed(2)} | \`${r.floor.largest.replaceAll('|', '/')}\` |`);
  }
}
lines.push('');
lines.push(END);
const previous = readFileSync(OUT, 'utf8');
const from = previous.indexOf(START);
const to = previous.indexOf(END);
if (from < 0 || to < 0) throw new Error('BENCHMARKS.md lost its measured markers');
writeFileSync(OUT, `${previous.slice(0, from)}${lines.join('\n')}${previous.slice(to + END.length)}`);
console.log(lines.join('\n'));
