// Lighthouse (the npm package, mobile preset: simulated slow 4G and 4x CPU) on the two demo
// pages, each with the widget and without it (the same page with the <redflag-check> element and
// the loader taken out), and the NGO demo with the floor for any first screen a script draws
// (`withFloor`), served with brotli as a partner's server would. Reports the median of
// RUNS runs of Largest Contentful Paint, Total Blocking Time, Cumulative Layout Shift and the
// performance score, and which element was the largest paint. Used by bench/run.mjs.

import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.json': 'application/json',
};

/** The page without the widget: no <redflag-check> element, no loader, no preload of its glue. */
export function withoutWidget(html) {
  return html
    .replace(/<redflag-check[\s\S]*?<\/redflag-check>/g, '')
    .replace(/<script type="module" src="redflag\.js"><\/script>\n?/g, '')
    .replace(/<link rel="modulepreload" href="redflag-core\.js">\n?/g, '');
}

/**
 * The floor for a first screen drawn by a script: the page with, in the widget's place, an
 * element that a module script of well under 1 KB fills with the first screen's words (title,
 * introduction, privacy note, the pathway's button), nothing else. Whatever a widget does, if its
 * first screen is drawn by a script, its largest paint cannot come earlier than this one's.
 */
export function withFloor(html) {
  return html
    .replace(/<redflag-check[\s\S]*?<\/redflag-check>/, '<floor-check></floor-check>')
    .replace('<script type="module" src="redflag.js"></script>', '<script type="module" src="floor.js"></script>')
    .replace(/<link rel="modulepreload" href="redflag-core\.js">\n?/g, '');
}

function floorScript() {
  const en = JSON.parse(readFileSync(new URL('../content/text/en.json', import.meta.url), 'utf8'));
  const words = ['ui.title', 'ui.intro', 'ui.privacy', 'pathway.work.title', 'pathway.work.description'].map((k) => en[k]);
  return `const w = ${JSON.stringify(words)};
customElements.define('floor-check', class extends HTMLElement {
  connectedCallback() {
    const make = (tag, text) => Object.assign(document.createElement(tag), { textContent: text });
    this.attachShadow({ mode: 'open' }).append(make('h2', w[0]), make('p', w[1]), make('p', w[2]), make('button', w[3] + ' ' + w[4]));
  }
});`;
}

/** Serves `dir` on 127.0.0.1 with brotli (quality 11, as a release would be precompressed). */
function serve(dir, extra) {
  const cache = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let body = extra[path];
    const file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (body === undefined && existsSync(file) && !file.endsWith('/')) body = readFileSync(file);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (!cache.has(path)) {
      cache.set(path, brotliCompressSync(Buffer.from(body), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
    if (/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.writeHead(200, { ...headers, 'Content-Encoding': 'br' }).end(cache.get(path));
    } else {
      response.writeHead(200, headers).end(body);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function audit(url, chromium) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromium,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
    const a = lhr.audits;
    return {
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      score: lhr.categories.performance.score,
      largest: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '',
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * For each demo page in `dir` (dist/): Lighthouse with and without the widget, `runs` times each,
 * alternating; returns { page: { with: {lcp, tbt, cls, score, largest}, without: {…} } }.
 */
export async function lighthouseDemos(dir, { runs = 3, chromium = '/usr/bin/chromium' } = {}) {
  const pages = ['index.html', 'checkout.html'];
  const extra = Object.fromEntries(pages.map((p) => [`/bare-${p}`, withoutWidget(readFileSync(join(dir, p), 'utf8'))]));
  extra['/floor-index.html'] = withFloor(readFileSync(join(dir, 'index.html'), 'utf8'));
  extra['/floor.js'] = floorScript();
  const server = await serve(dir, extra);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const results = {};
  try {
    for (const page of pages) {
      const seen = { with: [], without: [], floor: [] };
      for (let i = 0; i < runs; i += 1) {
        seen.with.push(await audit(`${base}${page}`, chromium));
        seen.without.push(await audit(`${base}bare-${page}`, chromium));
        if (extra[`/floor-${page}`]) seen.floor.push(await audit(`${base}floor-${page}`, chromium));
      }
      const summary = (list) => ({
        lcp: median(list.map((r) => r.lcp)),
        tbt: median(list.map((r) => r.tbt)),
        cls: Math.max(...list.map((r) => r.cls)),
        score: median(list.map((r) => r.score)),
        largest: list[0].largest,
      });
      results[page] = { with: summary(seen.with), without: summary(seen.without), ...(seen.floor.length ? { floor: summary(seen.floor) } : {}) };
    }
  } finally {
    server.close();
  }
  return results;
}
