// The release as a partner gets it (`cargo xtask release`; the test command packages the built
// dist/ twice): the checksums hold, two packagings are byte-identical, the npm package installs
// offline into an empty project with nothing to run, and the installed package and the unzipped
// archive each run a whole pathway in Chromium under a strict CSP, to a tel: link, with no
// request after start-up.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { openPage, widget, waitForStart, answer } from './e2e/browser.mjs';

const DIR = process.env.REDFLAG_RELEASE_DIR;
const AGAIN = process.env.REDFLAG_RELEASE_DIR_AGAIN;
const skip = !DIR && 'run by `cargo xtask test`, which packages the release first';

const sums = () =>
  Object.fromEntries(
    readFileSync(join(DIR, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/).reverse()),
  );
const version = () => JSON.parse(readFileSync(new URL('../dist/manifest.json', import.meta.url), 'utf8')).version;

test('SHA256SUMS matches both artifacts', { skip }, () => {
  const listed = sums();
  assert.deepEqual(Object.keys(listed).sort(), [`redflag-check-${version()}.tgz`, `redflag-check-${version()}.zip`]);
  for (const [name, sum] of Object.entries(listed)) {
    assert.equal(createHash('sha256').update(readFileSync(join(DIR, name))).digest('hex'), sum, name);
  }
});

test('packaging the same build twice gives byte-identical artifacts', { skip }, () => {
  assert.ok(AGAIN, 'the test command packages twice');
  assert.equal(readFileSync(join(AGAIN, 'SHA256SUMS'), 'utf8'), readFileSync(join(DIR, 'SHA256SUMS'), 'utf8'));
});

// A static server with the strict policy a careful host uses.
const STRICT =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-src 'self'; base-uri 'none'";
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.bin': 'application/octet-stream' };

function serve(root, prefix) {
  const host = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${prefix}redflag.js"></script></head><body><h1>Partner</h1><redflag-check country="TH"></redflag-check></body></html>`;
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const headers = { 'Content-Security-Policy': STRICT };
    if (path === '/host.html') {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html' });
      return response.end(host);
    }
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!path.startsWith(prefix) || !file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404, headers);
      return response.end();
    }
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The work pathway to its result on the installed files; returns the requests after start-up. */
async function runPathway(root, prefix) {
  const server = await serve(root, prefix);
  const base = `http://127.0.0.1:${server.address().port}`;
  const { context, page, log } = await openPage();
  try {
    await page.goto(`${base}/host.html`);
    await waitForStart(page);
    const loaded = await page.evaluate(async (url) => (await import(url)).version, `${base}${prefix}redflag.js`);
    assert.equal(loaded, version(), 'the loader says the release it is');
    await page.waitForTimeout(300);
    const startup = log.requests.length;
    const w = widget(page);
    await w.locator('.rf-pathway[data-pathway="work"]').click();
    for (let i = 0; i < 40; i += 1) {
      const radio = w.locator('.rf-question input[type=radio]').first();
      if ((await radio.count()) === 0) break;
      const id = await radio.getAttribute('name');
      await answer(page, id === 'documents_held' ? 'Yes' : 'No');
    }
    await w.locator('.rf-result').waitFor();
    assert.ok((await w.locator('a[href^="tel:"]').count()) >= 2, 'help lines as tel: links');
    assert.equal(await w.locator('a[href="tel:1300"]').count(), 1, "Thailand's 1300");
    assert.deepEqual(log.errors, []);
    return log.requests.slice(startup).map((r) => r.url);
  } finally {
    await context.close();
    server.close();
  }
}

let scratch;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'redflag-release-'));
});

test('the npm package installs offline into an empty project, with nothing to run, and works', { skip }, async () => {
  const project = join(scratch, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), '{ "name": "partner-site", "private": true }\n');
  const tgz = join(DIR, `redflag-check-${version()}.tgz`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tgz], { cwd: project, stdio: 'pipe' });
  const installed = join(project, 'node_modules', 'redflag-check');
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.version, version());
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.exports['.'], './redflag.js');
  assert.equal(pkg.scripts, undefined, 'no install scripts');
  assert.equal(pkg.dependencies, undefined, 'no dependencies');
  const manifest = JSON.parse(readFileSync(join(installed, 'manifest.json'), 'utf8'));
  assert.equal(manifest.version, version());
  assert.deepEqual(readdirSync(join(project, 'node_modules')).sort(), ['.package-lock.json', 'redflag-check']);
  assert.deepEqual(await runPathway(installed, '/node_modules/redflag-check/'), [], 'nothing requested after start-up');
});

test('the zip unpacks into a versioned folder that works where it lands', { skip }, async () => {
  const into = join(scratch, 'site');
  execFileSync('python3', ['-m', 'zipfile', '-e', join(DIR, `redflag-check-${version()}.zip`), into]);
  const folder = join(into, 'redflag-check', version());
  assert.ok(existsSync(join(folder, 'redflag.js')) && existsSync(join(folder, 'manifest.json')));
  assert.deepEqual(await runPathway(folder, `/redflag/${version()}/`), [], 'nothing requested after start-up');
});

after(() => {
  if (scratch) execFileSync('rm', ['-rf', scratch]);
});
