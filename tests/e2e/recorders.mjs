// Real session-replay recorders on a host page, as a checkout runs them: started by the page's
// own scripts before the widget's loader, recording everything until the test collects it.
// Each recorder is an open-source library from npm (a development dependency only); its
// recording is then searched for anything from inside the widget.

import { readFileSync } from 'node:fs';
import { BASE_URL } from './browser.mjs';

const modules = new URL('../../node_modules/', import.meta.url);
const packageOf = (name) => JSON.parse(readFileSync(new URL(`${name}/package.json`, modules), 'utf8'));

/**
 * The recorders: the script a page loads, the page's own call that starts it, and how the test
 * reads what it recorded. Both keep their defaults, as a partner's page would.
 */
export const RECORDERS = {
  // rrweb, the open-source recorder that PostHog, Sentry and others build on: its current
  // release, and the 2.0 alpha that many recorders still carry a fork of.
  rrweb: rrweb('rrweb', 'dist/rrweb.umd.cjs'),
  'rrweb 2.0 alpha': rrweb('rrweb-2.0.0-alpha.4', 'dist/rrweb.js'),
  // Microsoft Clarity's own recorder (clarity-js), independent of rrweb. Its upload callback
  // receives each payload instead of sending it to a server.
  clarity: {
    kind: 'clarity',
    version: packageOf('clarity-js').version,
    script: readFileSync(new URL('clarity-js/build/clarity.min.js', modules), 'utf8'),
    start:
      "window.__recording = []; clarity('start', { projectId: 'replay-test', track: false, delay: 200, upload(payload) { window.__recording.push(JSON.parse(payload)); } });",
    // A last upload of what is still queued.
    collect: async () => {
      clarity('stop');
      await new Promise((resolve) => setTimeout(resolve, 500));
      return window.__recording;
    },
  },
};

function rrweb(name, file) {
  return {
    kind: 'rrweb',
    version: packageOf(name).version,
    script: readFileSync(new URL(`${name}/${file}`, modules), 'utf8'),
    start: 'window.__recording = []; rrweb.record({ emit(event) { window.__recording.push(event); } });',
    collect: () => window.__recording,
  };
}

const RECORDER_URL = new URL('recorder/recorder.js', BASE_URL).href;
const STARTER_URL = new URL('recorder/start.js', BASE_URL).href;

/** The <head> lines that load and start a recorder before the widget's loader. */
export const RECORDER_HEAD = `<script src="${RECORDER_URL}"></script><script src="${STARTER_URL}"></script>`;

/** Serves the recorder's files to `page` at the local origin. */
export async function serveRecorder(page, name) {
  const recorder = RECORDERS[name];
  await page.route(RECORDER_URL, (route) => route.fulfill({ contentType: 'text/javascript', body: recorder.script }));
  await page.route(STARTER_URL, (route) => route.fulfill({ contentType: 'text/javascript', body: recorder.start }));
}

/** What the recorder holds now. */
export async function collect(page, name) {
  return page.evaluate(RECORDERS[name].collect);
}

// rrweb's event and source numbers (its documented event format).
const RRWEB_FULL_SNAPSHOT = 2;
const RRWEB_INCREMENTAL = 3;
const RRWEB_MUTATION = 0;
const RRWEB_INPUT = 5;

/**
 * The rrweb events that carry something from inside the widget: nodes added under the
 * `<redflag-check>` element or its shadow root with any text or element below them, text and
 * attribute changes of such nodes, and any interaction (input, click, scroll…) on them.
 * A blocked element is recorded as an empty box of its size; that is not counted.
 */
export function rrwebFromInside(events) {
  const parentOf = new Map();
  let host = null;
  const learn = (node, parentId) => {
    parentOf.set(node.id, parentId);
    if (node.tagName === 'redflag-check') host = node.id;
    for (const child of node.childNodes ?? []) learn(child, node.id);
  };
  const inside = (id) => {
    for (let p = parentOf.get(id); p !== undefined && p !== null; p = parentOf.get(p)) if (p === host) return true;
    return false;
  };
  const carries = (node) => Boolean(node.textContent) || (node.childNodes ?? []).length > 0 || node.type === 3;
  const found = { nodes: 0, texts: 0, attributes: 0, inputs: 0, interactions: 0 };
  for (const event of events) {
    if (event.type === RRWEB_FULL_SNAPSHOT) {
      learn(event.data.node, null);
      // Whatever of the widget the snapshot holds.
      const walk = (node) => {
        if (inside(node.id) && carries(node)) found.nodes += 1;
        for (const child of node.childNodes ?? []) walk(child);
      };
      walk(event.data.node);
    }
    if (event.type !== RRWEB_INCREMENTAL) continue;
    const data = event.data;
    if (data.source === RRWEB_MUTATION) {
      for (const add of data.adds) {
        learn(add.node, add.parentId);
        if (inside(add.node.id) && carries(add.node)) found.nodes += 1;
      }
      found.texts += data.texts.filter((t) => inside(t.id)).length;
      found.attributes += data.attributes.filter((a) => inside(a.id)).length;
    } else if (data.source === RRWEB_INPUT) {
      if (inside(data.id)) found.inputs += 1;
    } else if (data.id !== undefined && inside(data.id)) {
      found.interactions += 1;
    }
  }
  return found;
}

/** The input events in an rrweb recording, wherever they come from. */
export function rrwebInputs(events) {
  return events.filter((e) => e.type === RRWEB_INCREMENTAL && e.data.source === RRWEB_INPUT);
}

// Clarity's event numbers (its types/data.d.ts): page structure, clicks and inputs.
const CLARITY_DISCOVER = 5;
const CLARITY_MUTATION = 6;
const CLARITY_CLICK = 9;
const CLARITY_INPUT = 27;

function clarityEvents(payloads) {
  return payloads.flatMap((p) => [...(p.a ?? []), ...(p.p ?? [])]);
}

/**
 * Clarity's id for the host page's element with `id`: in its structure events a node is its id,
 * its parent's id (and its previous sibling's), its tag, then its attributes as "name=value".
 */
function clarityIdOf(events, id) {
  for (const event of events.filter((e) => e[1] === CLARITY_DISCOVER || e[1] === CLARITY_MUTATION)) {
    const at = event.indexOf(`id=${id}`);
    if (at < 0) continue;
    let tag = at - 1;
    while (typeof event[tag] !== 'string' || event[tag].includes('=')) tag -= 1;
    let first = tag - 1;
    while (typeof event[first - 1] === 'number') first -= 1;
    return Math.abs(event[first]);
  }
  return null;
}

/**
 * The clicks and inputs in Clarity's uploads: on the host page's element with id `hostInput`,
 * and on anything else (the test presses nothing else on the host page, so the widget).
 */
export function clarityInteractions(payloads, hostInput) {
  const events = clarityEvents(payloads);
  const host = clarityIdOf(events, hostInput);
  const inputs = events.filter((e) => e[1] === CLARITY_INPUT);
  return {
    hostInputs: inputs.filter((e) => e[2] === host).length,
    widgetInputs: inputs.filter((e) => e[2] !== host),
    widgetClicks: events.filter((e) => e[1] === CLARITY_CLICK && e[2] !== host),
  };
}

/**
 * The widget's own words in `recording`: every shipped string of `texts` (a language's
 * catalog), cut at its placeholders, that appears in the serialised recording. Fragments
 * shorter than four characters ("Yes", "No") are left out, as they could appear anywhere;
 * the answers themselves are found as input events instead.
 */
export function wordsFound(recording, catalogs) {
  const serialised = JSON.stringify(recording);
  const found = new Set();
  for (const texts of catalogs) {
    for (const [key, value] of Object.entries(texts)) {
      for (const fragment of value.split(/\{[^}]*\}/)) {
        const words = fragment.trim();
        if (words.length < 4) continue;
        if (serialised.includes(JSON.stringify(words).slice(1, -1))) found.add(key);
      }
    }
  }
  return [...found].sort();
}
