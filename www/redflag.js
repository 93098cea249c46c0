// Red Flag Check loader.
//
// Importing this module defines the <redflag-check> element and exports mount(element, options).
// It finds the WebAssembly next to itself (relative to import.meta.url), so the whole dist/
// folder can be hosted anywhere. The quick exit lives here, not in the wasm, so that the exit
// link and the Shift key shortcut work even when WebAssembly cannot run.

import init, { mountWidget } from './redflag-core.js';

const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
const ATTRIBUTES = ['lang', 'country', 'destination', 'pathway', 'variant', 'exit-url', 'theme'];
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

// Markers that common session-replay tools honour, so they do not record the widget.
const REPLAY_CLASSES = ['rr-block', 'fs-exclude'];
const REPLAY_ATTRIBUTES = [['data-hj-suppress', ''], ['data-clarity-mask', 'true']];

const LOADER_CSS = `
:host { display: block !important; }
:host([hidden]) { display: none !important; }
[hidden] { display: none !important; }
.rf-fallback { font-family: system-ui, sans-serif; line-height: 1.6; padding: 0.5rem 1rem; }
.rf-fallback-exit { display: inline-block; min-height: 2.75rem; padding: 0.5rem 1.25rem;
  background: #b3261e; color: #fff; font-weight: 700; text-decoration: none; border-radius: 0.25rem; }
`;

let started = null;
let loaderSheet = null;
const widgets = new Map();

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
  for (const record of widgets.values()) wipe(record);
  const referrer = document.createElement('meta');
  referrer.name = 'referrer';
  referrer.content = 'no-referrer';
  document.head.append(referrer);
  location.replace(target);
}

function wipe(record) {
  try {
    record.widget?.destroy();
  } catch {
    // A widget that already failed has nothing left to drop.
  }
  record.widget = null;
  record.shadow.replaceChildren();
}

// Shift pressed three times within five seconds leaves the page, as in the GOV.UK "Exit this
// page" component. Any other key in between starts the count again, so Shift used to type
// capitals never triggers it. One listener for the page, however many widgets it has.
let presses = 0;
let pressTimer = 0;
document.addEventListener(
  'keyup',
  (event) => {
    if (widgets.size === 0) return;
    if (event.key !== 'Shift') {
      presses = 0;
      return;
    }
    presses += 1;
    clearTimeout(pressTimer);
    if (presses >= SHIFT_PRESSES) {
      presses = 0;
      const first = widgets.values().next().value;
      quickExit(first.exitUrl);
      return;
    }
    pressTimer = setTimeout(() => {
      presses = 0;
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

function markForSessionReplay(element) {
  element.classList.add(...REPLAY_CLASSES);
  for (const [name, value] of REPLAY_ATTRIBUTES) {
    if (!element.hasAttribute(name)) element.setAttribute(name, value);
  }
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

/** The exit link and the host's own fallback content, shown when the wasm cannot run. */
function buildFallback(exitUrl) {
  const box = document.createElement('div');
  box.className = 'rf-fallback';
  const exit = document.createElement('a');
  exit.className = 'rf-fallback-exit';
  exit.href = exitUrl;
  exit.rel = 'noreferrer nofollow';
  exit.textContent = 'Exit';
  exit.addEventListener('click', (event) => {
    event.preventDefault();
    quickExit(exitUrl);
  });
  const slot = document.createElement('slot');
  slot.hidden = true;
  box.append(exit, slot);
  return { box, slot };
}

function render(record) {
  const { shadow } = record;
  adoptLoaderSheet(shadow);
  const fallback = buildFallback(record.exitUrl);
  const point = document.createElement('div');
  shadow.replaceChildren(fallback.box, point);
  record.ready = start().then(
    () => {
      if (!widgets.has(record.element) || record.shadow.lastChild !== point) return;
      try {
        record.widget = mountWidget(point, record.options, quickExit);
        fallback.box.remove();
      } catch (error) {
        showFallback(fallback, error);
      }
    },
    (error) => showFallback(fallback, error),
  );
  return record.ready;
}

function showFallback(fallback, error) {
  console.warn('redflag-check: the check could not start; showing the fallback content.', error);
  fallback.slot.hidden = false;
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
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const record = { element, shadow, options: { ...options }, exitUrl: exitUrlOf(options), widget: null, ready: null };
  widgets.set(element, record);
  markForSessionReplay(element);
  render(record);
  return {
    get ready() {
      return record.ready;
    },
    update(newOptions = {}) {
      record.options = { ...newOptions };
      record.exitUrl = exitUrlOf(newOptions);
      record.widget?.update(record.options);
    },
    destroy() {
      if (widgets.get(element) !== record) return;
      wipe(record);
      widgets.delete(element);
    },
  };
}

function attributesOf(element) {
  const options = {};
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) options[name] = value;
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
    this.#handle?.update(attributesOf(this));
  }
}

if (!customElements.get('redflag-check')) {
  customElements.define('redflag-check', RedflagCheck);
}
