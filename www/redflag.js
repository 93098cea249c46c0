// Red Flag Check loader.
//
// Importing this module defines the <redflag-check> element and exports mount(element, options).
// It finds its other files next to itself (relative to import.meta.url), so the whole dist/
// folder can be hosted anywhere. The quick exit lives here, not in the wasm, so that the exit
// link and the Shift key shortcut work even when WebAssembly cannot run; so does the fallback
// that shows the country's emergency numbers and best help lines when the wasm cannot start or
// stops working.
//
// Nothing here stores anything or sets a cookie. Its requests are the module imports, the wasm
// and the language packs, all at start-up: the pack of the language shown first before the
// widget mounts, the other offered languages right after. None depends on what the person does.

import init, { mountWidget, exitMessages, firstLanguagePack, packLanguages, provideText } from './redflag-core.js';
import { HELP, ZONES } from './redflag-fallback.js';

/** This release; the build writes it in, and `manifest.json` lists the same. */
export const version = '0.0.0-unbuilt';

const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
const ATTRIBUTES = ['lang', 'languages', 'country', 'destination', 'pathway', 'variant', 'exit-url', 'theme', 'isolated'];
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;
const FRAME_PAGE = new URL('./frame.html', import.meta.url);
const MESSAGE_EXIT = 'redflag-exit';
const MESSAGE_SIZE = 'redflag-size';

// Markers that session-replay tools honour, so that they record neither the widget's text nor
// what the person does in it (see EMBEDDING.md for each vendor's documentation). They go on the
// host element and on every element the loader puts at the top of the shadow root: recorders
// that walk into an open shadow root look for a marker from the node upwards, and that walk
// stops at the shadow root, so a marker on the host alone does not cover the widget.
const REPLAY_CLASSES = [
  'rr-block', 'rr-ignore', 'rr-mask', // rrweb: not recorded; no input events; text masked
  'ph-no-capture', // PostHog
  'sentry-block', 'sentry-mask', 'sentry-ignore', // Sentry Session Replay
  'fs-exclude', // FullStory
  'dd-privacy-hidden', // Datadog
];
const REPLAY_ATTRIBUTES = [
  ['data-sentry-block', ''], // Sentry
  ['data-dd-privacy', 'hidden'], // Datadog
  ['data-private', ''], // LogRocket: the element, its children and their inputs
  ['data-openreplay-hidden', ''], // OpenReplay
  ['data-cs-mask', ''], // Contentsquare
  ['data-clarity-mask', 'true'], // Microsoft Clarity (masks; it has no marker that excludes)
  ['data-hj-suppress', ''], // Hotjar
];

// English until the wasm has started and can give the texts in the person's language.
const ENGLISH = {
  exit: 'Exit',
  pressTwo: 'Shift: press 2 more times to leave this page.',
  pressOne: 'Shift: press 1 more time to leave this page.',
  expired: 'Leaving with the Shift key was cancelled.',
  leaving: 'Leaving this page.',
  cannotStart: 'This check cannot run in this browser. You can still get help.',
  emergency: 'Emergency',
  noCountry: 'In an emergency, call your local emergency number.',
};

const LOADER_CSS = `
:host { display: block !important; }
:host([hidden]) { display: none !important; }
[hidden] { display: none !important; }
/* The compact card reserves its height before the wasm draws it, so the page does not shift. */
:host([variant="compact"]) { min-height: 14rem; }
@media (max-width: 48rem) { :host([variant="compact"]) { min-height: 17rem; } }
@media (max-width: 30rem) { :host([variant="compact"]) { min-height: 19rem; } }
.rf-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important;
  margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important; }
.rf-fallback { font-family: system-ui, sans-serif; line-height: 1.6; padding: 0.5rem 1rem; color: #1b1b1f; background: #fff; }
.rf-fallback a { color: #0b57a4; font-weight: 700; }
.rf-fallback-exit { display: inline-flex; align-items: center; min-height: 2.75rem; padding: 0.5rem 1.25rem; color: #fff !important;
  background: #b3261e; text-decoration: none; border-radius: 0.25rem; }
.rf-fallback ul { list-style: none; padding: 0; }
.rf-shift { position: sticky; top: 0; z-index: 20; height: 0; overflow: visible; }
.rf-shift-dots { position: absolute; inset-inline-end: 1rem; top: 0.25rem; display: flex; gap: 0.25rem;
  padding: 0.25rem 0.5rem; border-radius: 1rem; background: #1b1b1f; }
.rf-shift-dots span { width: 0.75rem; height: 0.75rem; border-radius: 50%; border: 2px solid #fff; }
.rf-shift-dots span.rf-on { background: #fff; }
.rf-frame { display: block; width: 100%; min-height: 24rem; border: 0; }
@media (forced-colors: active) { .rf-shift-dots span.rf-on { background: CanvasText; } }
@media print { .rf-fallback-exit, .rf-shift { display: none !important; } }
`;

// The element's own way to set its options: all of them at once, from its attributes.
const REPLACE = Symbol('replace');

let started = null;
let loaderSheet = null;
const widgets = new Map();
// Inside the isolated-mode frame, leaving is asked of the host page; see frame.js.
let framedExit = null;

// Language packs by language: fetched once per page, each handed to the wasm when it arrives.
const packs = new Map();

/** Fetches one language pack (once per page); resolves when it is in, or failed (English shows). */
function loadPack(language) {
  let pack = packs.get(language);
  if (!pack) {
    pack = fetch(new URL(`./redflag-text-${language}.bin`, import.meta.url))
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((bytes) => {
        if (!provideText(language, new Uint8Array(bytes))) throw new Error('not a language pack of this version');
        for (const record of widgets.values()) record.widget?.refresh();
      })
      .catch((error) => {
        console.warn(`redflag-check: the ${language} text could not be loaded (${error.message}); showing English instead.`);
      });
    packs.set(language, pack);
  }
  return pack;
}

/** The pack of the language shown first; the widget waits for it so it starts in that language. */
function firstPack(options) {
  const language = firstLanguagePack(options);
  return language ? loadPack(language) : Promise.resolve();
}

/** Every other language the widget offers, fetched right after it first shows. */
function otherPacks(options) {
  for (const language of packLanguages(options)) loadPack(language);
}

// "Pass it on". The address shared is the host page's own, nothing else: no query and no
// fragment, so no tracking parameters and nothing the page keeps in its address go with it.
async function shareCheck(done) {
  // In isolated mode this document is the frame, whose address is not one to pass on: the
  // person is asked to copy the page's address themselves.
  if (framedExit) return done('failed');
  const url = `${location.origin}${location.pathname}`;
  if (navigator.share) {
    try {
      await navigator.share({ url });
      return done('shared');
    } catch (error) {
      if (error.name === 'AbortError') return done('shared');
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    done('copied');
  } catch {
    done('failed');
  }
}

// Printing the sheet of signs and numbers: while it prints, the page shows only this widget,
// which shows only its sheet and help (see style.css). The page's own printing is untouched.
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  [data-rf-printing], [data-rf-printing] * { visibility: visible !important; }
  [data-rf-printing] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
}`;
let printRules = null;

function printSheet(record) {
  if (!printRules) {
    printRules = new CSSStyleSheet();
    printRules.replaceSync(PRINT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, printRules];
  }
  record.element.setAttribute('data-rf-printing', '');
  window.addEventListener('afterprint', () => record.element.removeAttribute('data-rf-printing'), { once: true });
  window.print();
}

/**
 * Lets the page handle input and paint between the steps of starting (compiling the wasm,
 * decoding its content, the first render), so they do not run as one long task.
 */
function yieldToPage() {
  return globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0));
}

/** One wasm instance for the whole page, started on first use. */
function start() {
  started ??= init({ module_or_path: new URL('./redflag-core_bg.wasm', import.meta.url) });
  return started;
}

function isHttpUrl(value) {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.host !== '';
  } catch {
    return false;
  }
}

function exitUrlOf(options) {
  const value = options?.['exit-url'] ?? options?.exitUrl;
  return isHttpUrl(value) ? value : DEFAULT_EXIT_URL;
}

/**
 * Leaves the page at once: hide everything, drop every widget and its answers, then replace
 * the page so that Back does not return to it, without telling the next site where the person
 * came from.
 */
export function quickExit(url) {
  const target = isHttpUrl(url) ? url : DEFAULT_EXIT_URL;
  document.documentElement.style.setProperty('visibility', 'hidden', 'important');
  for (const record of widgets.values()) {
    announce(record, messagesOf(record).leaving);
    wipe(record);
  }
  if (framedExit) {
    framedExit();
    return;
  }
  const referrer = document.createElement('meta');
  referrer.name = 'referrer';
  referrer.content = 'no-referrer';
  document.head.append(referrer);
  location.replace(target);
}

/** Lets the isolated-mode frame page ask its host to leave instead of leaving itself. */
export function leaveThroughHost(ask) {
  framedExit = ask;
}

function wipe(record) {
  try {
    record.widget?.destroy();
  } catch {
    // A widget that already failed has nothing left to drop.
  }
  record.widget = null;
  record.point?.replaceChildren();
}

/** The loader's texts in the language the widget shows now (English before the wasm runs). */
function messagesOf(record) {
  try {
    return { ...record.messages, ...(record.widget?.messages() ?? {}) };
  } catch {
    return record.messages;
  }
}

function announce(record, text) {
  if (!record.status) return;
  // Emptied first, so the same words said twice are announced twice.
  record.status.textContent = '';
  record.status.textContent = text;
}

function showPresses(count) {
  for (const record of widgets.values()) {
    record.dots?.parentElement.toggleAttribute('hidden', count === 0);
    record.dots?.querySelectorAll('span').forEach((dot, i) => dot.classList.toggle('rf-on', i < count));
  }
}

// Shift pressed three times within five seconds leaves the page, as in the GOV.UK "Exit this
// page" component: dots show the count, and a status message says how many presses are left.
// Any other key in between starts again, so Shift used to type capitals never triggers it. One
// listener for the page, however many widgets it has.
let presses = 0;
let pressTimer = 0;
document.addEventListener(
  'keyup',
  (event) => {
    if (widgets.size === 0) return;
    if (event.key !== 'Shift') {
      if (presses > 0) showPresses((presses = 0));
      return;
    }
    presses += 1;
    clearTimeout(pressTimer);
    showPresses(presses);
    if (presses >= SHIFT_PRESSES) {
      presses = 0;
      const first = widgets.values().next().value;
      quickExit(first.exitUrl);
      return;
    }
    for (const record of widgets.values()) {
      const messages = messagesOf(record);
      announce(record, presses === 1 ? messages.pressTwo : messages.pressOne);
    }
    pressTimer = setTimeout(() => {
      presses = 0;
      showPresses(0);
      for (const record of widgets.values()) announce(record, messagesOf(record).expired);
    }, SHIFT_WINDOW_MS);
  },
  true,
);

// A page restored from the back/forward cache comes back fresh: visible, and with every widget
// restarted with no answers.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  document.documentElement.style.removeProperty('visibility');
  for (const record of widgets.values()) {
    wipe(record);
    render(record);
  }
});

// A trap in the wasm (a Rust panic) leaves the app unusable: show the fallback instead.
function onTrap(error) {
  const RuntimeError = globalThis.WebAssembly?.RuntimeError;
  if (!RuntimeError || !(error instanceof RuntimeError)) return;
  for (const record of widgets.values()) {
    if (record.widget || record.mounting) showFallback(record, error);
  }
}
window.addEventListener('error', (event) => onTrap(event.error));
window.addEventListener('unhandledrejection', (event) => onTrap(event.reason));

// In isolated mode the frame sends two messages: its height, and a request to leave. Each is
// accepted only from the frame the loader made, whose sandboxed origin is always "null".
window.addEventListener('message', (event) => {
  for (const record of widgets.values()) {
    if (!record.frame || event.source !== record.frame.contentWindow || event.origin !== 'null') continue;
    const data = event.data;
    if (data?.type === MESSAGE_SIZE && Number.isFinite(data.height)) {
      record.frame.style.setProperty('height', `${Math.max(0, Math.ceil(data.height))}px`);
    } else if (data?.type === MESSAGE_EXIT) {
      quickExit(record.exitUrl);
    }
  }
});

/** Marks an element for session-replay tools; returns what takes the marks off again. */
export function markForSessionReplay(element) {
  const hadClass = element.hasAttribute('class');
  const classes = REPLAY_CLASSES.filter((name) => !element.classList.contains(name));
  const attributes = REPLAY_ATTRIBUTES.filter(([name]) => !element.hasAttribute(name));
  element.classList.add(...classes);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  return () => {
    element.classList.remove(...classes);
    if (!hadClass && element.classList.length === 0) element.removeAttribute('class');
    for (const [name] of attributes) element.removeAttribute(name);
  };
}

/**
 * Puts `nodes` at the top of the widget's shadow root, each marked for session-replay tools
 * before it goes in, so that no recorder sees it unmarked even for one mutation.
 */
function showInShadow(record, ...nodes) {
  for (const node of nodes) markForSessionReplay(node);
  record.shadow.replaceChildren(...nodes);
}

function adoptLoaderSheet(shadow) {
  if (!loaderSheet) {
    loaderSheet = new CSSStyleSheet();
    loaderSheet.replaceSync(LOADER_CSS);
  }
  if (!shadow.adoptedStyleSheets.includes(loaderSheet)) {
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, loaderSheet];
  }
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function exitLink(record) {
  const link = el('a', { class: 'rf-fallback-exit', href: record.exitUrl, rel: 'noreferrer nofollow' }, record.messages.exit);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    quickExit(record.exitUrl);
  });
  return link;
}

/** The country for the fallback, found the same way as the widget does, without the wasm. */
function fallbackCountry(options) {
  for (const value of [options.destination, options.country]) {
    const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
    if (HELP[code]) return code;
  }
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (HELP[ZONES[zone]]) return ZONES[zone];
  for (const tag of navigator.languages ?? []) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (HELP[region]) return region;
    } catch {
      // Not a valid tag; try the next.
    }
  }
  return null;
}

/** The static view: the exit link, the country's help, and the host's own fallback content. */
function showFallback(record, error) {
  if (record.failed) return;
  record.failed = true;
  console.warn('redflag-check: the check could not start or stopped working; showing the fallback.', error);
  wipe(record);
  const code = fallbackCountry(record.options);
  const help = code ? HELP[code] : null;
  const box = el('div', { class: 'rf-fallback', 'data-fallback': code ?? '' }, exitLink(record), el('p', {}, record.messages.cannotStart));
  if (help) {
    box.append(
      el('h2', {}, help.name),
      el('p', {}, `${record.messages.emergency}: `, ...help.emergency.flatMap((n, i) => [i ? ', ' : '', el('a', { href: `tel:${n}` }, n)])),
      el('ul', {}, ...help.lines.map(([name, display, href]) => el('li', {}, el('span', { lang: 'en' }, name), ': ', el('a', { href }, display)))),
    );
  } else {
    box.append(el('p', {}, record.messages.noCountry));
  }
  box.append(el('slot'));
  showInShadow(record, box);
}

function render(record) {
  const { shadow } = record;
  adoptLoaderSheet(shadow);
  record.failed = false;
  record.status = el('div', { role: 'status', class: 'rf-visually-hidden' });
  record.dots = el('div', { class: 'rf-shift-dots', 'aria-hidden': 'true' }, el('span'), el('span'), el('span'));
  const indicator = el('div', { class: 'rf-shift', hidden: '' }, record.dots);
  if (isolated(record.options)) {
    renderFrame(record, indicator);
    return Promise.resolve();
  }
  // Until the wasm runs, the exit link is already there.
  const early = el('div', { class: 'rf-fallback' }, exitLink(record));
  record.point = el('div');
  showInShadow(record, record.status, indicator, early, record.point);
  record.mounting = true;
  record.ready = start()
    .then(yieldToPage)
    .then(() => firstPack(record.options))
    .then(yieldToPage)
    .then(
    () => {
      if (widgets.get(record.element) !== record || !record.point.isConnected) return;
      try {
        record.messages = { ...ENGLISH, ...exitMessages(record.options) };
        record.widget = mountWidget(record.point, record.options, quickExit, shareCheck, () => printSheet(record));
        early.remove();
        otherPacks(record.options);
      } catch (error) {
        showFallback(record, error);
      } finally {
        record.mounting = false;
      }
    },
    (error) => {
      record.mounting = false;
      showFallback(record, error);
    },
  );
  return record.ready;
}

function isolated(options) {
  return options.isolated !== undefined && options.isolated !== null && options.isolated !== false && options.isolated !== 'false';
}

/**
 * Isolated mode: the widget runs in a sandboxed frame of frame.html, a document with its own
 * strict policy that the host page's scripts cannot read. Options travel in the address's
 * fragment, which is never sent to a server.
 */
function renderFrame(record, indicator) {
  const params = new URLSearchParams();
  for (const name of ATTRIBUTES) {
    if (name !== 'isolated' && typeof record.options[name] === 'string') params.set(name, record.options[name]);
  }
  params.set('host', location.origin);
  const frame = el('iframe', {
    class: 'rf-frame',
    src: `${FRAME_PAGE.href}#${params}`,
    title: 'Red Flag Check',
    referrerpolicy: 'no-referrer',
    sandbox:
      'allow-scripts allow-modals allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols',
  });
  record.frame = frame;
  record.point = null;
  showInShadow(record, record.status, indicator, exitLinkHidden(record), frame, el('slot', { hidden: '' }));
  record.ready = Promise.resolve();
}

/** In isolated mode the visible exit is inside the frame; this one serves keyboard users. */
function exitLinkHidden(record) {
  const link = exitLink(record);
  link.classList.add('rf-visually-hidden');
  link.addEventListener('focus', () => link.classList.remove('rf-visually-hidden'));
  link.addEventListener('blur', () => link.classList.add('rf-visually-hidden'));
  return link;
}

/**
 * Mounts a widget on `element` (its open shadow root is created if needed). Returns a handle
 * at once: `ready` settles when the widget is showing, `update(options)` applies new options
 * without losing answers, `destroy()` removes it and drops its answers.
 */
export function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    throw new TypeError('redflag-check: mount() needs an element');
  }
  if (widgets.has(element)) {
    throw new Error('redflag-check: this element already has a widget; call destroy() on it first');
  }
  // Marked before the shadow root exists: recorders notice a new shadow root at once.
  const unmark = markForSessionReplay(element);
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const record = {
    element,
    shadow,
    options: { ...options },
    exitUrl: exitUrlOf(options),
    messages: { ...ENGLISH },
    widget: null,
    ready: null,
    unmark,
  };
  widgets.set(element, record);
  render(record);
  const replace = (newOptions) => {
    const wasIsolated = isolated(record.options);
    record.options = newOptions;
    record.exitUrl = exitUrlOf(newOptions);
    if (wasIsolated !== isolated(record.options)) {
      wipe(record);
      render(record);
    } else if (record.widget) {
      record.widget.update(record.options);
      // The host may have offered more languages.
      otherPacks(record.options);
    }
  };
  return {
    get ready() {
      return record.ready;
    },
    /** Changes the options given; the others stay as they were (null drops one). */
    update(newOptions = {}) {
      const merged = { ...record.options, ...newOptions };
      for (const [name, value] of Object.entries(merged)) if (value === null || value === undefined) delete merged[name];
      replace(merged);
    },
    /** The element's attributes changed: they are the whole set of options. */
    [REPLACE]: (newOptions) => replace({ ...newOptions }),
    destroy() {
      if (widgets.get(element) !== record) return;
      wipe(record);
      record.shadow.replaceChildren();
      record.unmark();
      widgets.delete(element);
    },
  };
}

const brokenBlocks = new WeakMap();

function attributesOf(element) {
  const options = {};
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) options[name] = value;
  }
  // The partner's configuration: a JSON block inside the element, read as data, never run.
  const block = element.querySelector(':scope > script[type="application/json"]');
  if (block) {
    try {
      options.partner = JSON.parse(block.textContent);
    } catch (error) {
      // Once per broken block, not again on every attribute change.
      if (brokenBlocks.get(element) !== block.textContent) {
        brokenBlocks.set(element, block.textContent);
        console.warn(`redflag-check: the partner configuration is not valid JSON (${error.message}); it is ignored.`);
      }
    }
  }
  return options;
}

class RedflagCheck extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #handle = null;

  connectedCallback() {
    this.#handle ??= mount(this, attributesOf(this));
  }

  disconnectedCallback() {
    // Moving the element elsewhere in the page disconnects and reconnects it in one go; only
    // tear down once it is really gone, so a move keeps the answers.
    queueMicrotask(() => {
      if (!this.isConnected && this.#handle) {
        this.#handle.destroy();
        this.#handle = null;
      }
    });
  }

  attributeChangedCallback() {
    this.#handle?.[REPLACE](attributesOf(this));
  }
}

if (!customElements.get('redflag-check')) {
  customElements.define('redflag-check', RedflagCheck);
}
