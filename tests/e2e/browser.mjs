// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, with a
// log of every request, console message and page error.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, hostPage as sharedHostPage } from '../support/pages.mjs';

export const BASE_URL = process.env.REDFLAG_BASE_URL ?? 'http://127.0.0.1:8080/';
const EXECUTABLE = process.env.REDFLAG_CHROMIUM ?? '/usr/bin/chromium';


/** A fresh browser profile and page, with logs attached. */
export async function openPage({ width = 1280, height = 900, timezoneId, locale, backForwardCache = false } = {}) {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'redflag-e2e-')), {
    executablePath: EXECUTABLE,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    // Playwright turns the back/forward cache off by default; the bfcache test needs it on.
    ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    ...(timezoneId ? { timezoneId } : {}),
    ...(locale ? { locale } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const log = { requests: [], console: [], errors: [] };
  page.on('request', (r) => log.requests.push({ url: r.url(), method: r.method(), at: Date.now() }));
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  return { context, page, log };
}

/** A host page with the widget (tests/support/pages.mjs), loading dist/ from the test server. */
export function hostPage(attributes = '', options = {}) {
  return sharedHostPage(attributes, { base: BASE_URL, ...options });
}

/**
 * Serves `body` at `path` of the test server's origin for this page (Playwright's routing), with
 * extra response headers such as a policy; returns its address.
 */
export async function servePage(page, path, body, headers = {}) {
  const url = new URL(path, BASE_URL).href;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', headers, body }));
  return url;
}

const WASM = new URL('redflag-core_bg.wasm', BASE_URL).href;

/** Holds the wasm's request back on `page` until the returned function is called. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(WASM, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Presses `target` (something the loader drew) with the pointer, and lets the wasm held by
 * `release` arrive and start while the button is down; then lifts the pointer.
 */
export async function pressAcrossWasmArrival(page, target, release) {
  const box = await target.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  const arrived = page.waitForResponse(WASM);
  release();
  await arrived;
  await page.waitForTimeout(1500);
  await page.mouse.up();
}

/**
 * A fresh page (`pageOptions` as for openPage) on a host page at `path` with the widget's
 * `attributes` (`hostOptions` as for hostPage), once its first screen is ready unless `wait` is
 * false.
 */
export async function openHost(attributes, { path = 'host.html', pageOptions = {}, hostOptions = {}, wait = true } = {}) {
  const session = await openPage(pageOptions);
  await session.page.goto(await servePage(session.page, path, hostPage(attributes, hostOptions)));
  if (wait) await waitForStart(session.page);
  return session;
}

/** The widget's shadow root content, through Playwright's shadow-piercing locators. */
export function widget(page, index = 0) {
  return page.locator('redflag-check').nth(index);
}

/** Waits until the first screen of the widget is ready to use. */
export async function waitForStart(page, index = 0) {
  await widget(page, index).locator('.rf-start h2').waitFor();
}

const VALUES = { Yes: 'yes', No: 'no', 'Not sure': 'unsure' };

/** Answers the current question ("Yes", "No" or "Not sure", in any language) and presses Next. */
export async function answer(page, label, index = 0) {
  const w = widget(page, index);
  await w.locator(`.rf-question input[value=${VALUES[label]}]`).click();
  await w.locator('.rf-question button[type=submit]').click();
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe (WCAG 2.0/2.1/2.2 A and AA) on the page, the open shadow roots included, and returns
 * its violations briefly, each prefixed with `screen`.
 */
export async function axeViolations(page, screen) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }, AXE_TAGS);
  return result.map((v) => `${screen}: ${v}`);
}
