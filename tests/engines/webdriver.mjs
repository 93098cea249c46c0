// The three engines through WebDriver: Chromium (ChromeDriver), Firefox ESR (geckodriver) and
// WebKitGTK's MiniBrowser (WebKitWebDriver, under Xvfb: it has no headless mode), with one
// client, selenium-webdriver. Also a small server for dist/ and the test's own host pages.

import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { Builder } from 'selenium-webdriver';
import { CHROMIUM_ARGS } from '../support/pages.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Serves dist/ and the pages given to `page(path, body, headers)` on 127.0.0.1, as a partner
 * would: with `Access-Control-Allow-Origin: *` for isolated mode unless `cors` is false. Every
 * request is logged, so a test can count them.
 */
export async function startServer({ cors = true } = {}) {
  const pages = new Map();
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    requests.push({ path, at: Date.now() });
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'], ...page.headers });
      response.end(page.body);
      return;
    }
    const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(DIST)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  return {
    base,
    requests,
    /** Serves `body` at `path` (for example "/host.html"), with extra response headers. */
    page(path, body, headers = {}) {
      pages.set(path, { body, headers });
      return new URL(path, base).href;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

async function waitForPort(port, process, name) {
  for (let i = 0; i < 300; i += 1) {
    if (process.exitCode !== null) throw new Error(`${name} exited with ${process.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not listen on ${port}`);
}

const HOME = process.env.HOME ?? '/root';
const GECKODRIVER = process.env.REDFLAG_GECKODRIVER ?? `${process.env.CARGO_HOME ?? `${HOME}/.cargo`}/bin/geckodriver`;
const MINIBROWSER = process.env.REDFLAG_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// Each engine: how to start its WebDriver server on `port`, and the capabilities of a session.
// Every engine is kept off the network but for 127.0.0.1.
export const ENGINES = {
  chromium: {
    driver: (port) => ['/usr/bin/chromedriver', [`--port=${port}`]],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', ...CHROMIUM_ARGS],
      },
    },
  },
  firefox: {
    driver: (port) => [GECKODRIVER, ['--port', String(port)]],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          'network.proxy.type': 0,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'app.update.enabled': false,
          'app.normandy.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'extensions.getAddons.cache.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'network.dns.disablePrefetch': true,
          'network.prefetch-next': false,
        },
      },
    },
  },
  webkit: {
    driver: (port) => [
      '/usr/bin/xvfb-run',
      ['-a', '-s', '-screen 0 1400x1000x24', '/usr/bin/WebKitWebDriver', `--port=${port}`],
    ],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
};

/**
 * Starts the WebDriver server of `engine`; `stop()` ends it and the browsers it started. `env`
 * adds to the environment of the server and of the browsers it starts (for example `TZ`).
 */
export async function startDriver(engine, { env = {} } = {}) {
  const port = await freePort();
  const [command, args] = ENGINES[engine].driver(port);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: { ...process.env, ...env } });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors = (errors + chunk).slice(-4000);
  });
  try {
    await waitForPort(port, child, engine);
  } catch (error) {
    throw new Error(`${error.message}\n${errors}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}

/** A new browser session of `engine` on `driver`, its window `width` × `height` where it can. */
export async function openBrowser(engine, driver, { width = 1280, height = 900 } = {}) {
  const browser = await new Builder().usingServer(driver.url).withCapabilities(ENGINES[engine].capabilities).build();
  await browser.manage().setTimeouts({ script: 30000, pageLoad: 30000 });
  await browser.manage().window().setRect({ width, height, x: 0, y: 0 }).catch(() => {});
  return browser;
}
