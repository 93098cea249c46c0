// Red Flag Check loader: the entry module, bundled by `cargo xtask dist` into dist/redflag.js.
//
// Importing it defines the <redflag-check> element and exports mount(element, options). It
// finds its other files next to itself (relative to import.meta.url), so the whole dist/ folder
// can be hosted anywhere. The other modules here each do one job: the quick exit (exit.js), the
// fallback without wasm (fallback.js), the language packs (packs.js), the content the first
// screens do not need (data.js), isolated mode's host side
// (frame-host.js), "Pass it on" (pass-on.js) and the session-replay markers (replay.js).
//
// Nothing here stores anything or sets a cookie. Its requests are the wasm's glue, the wasm, the
// data file and the language packs, all at start-up: at once for the full variant; for the compact card, which
// the loader draws itself at once, only after the host page's own load event.

import { drawCard } from './card.js';
import { loadCore, pageLoaded } from './core.js';
import { loadData } from './data.js';
import { adoptLoaderSheet, el } from './dom.js';
import { exitControls, exitLink, exitUrlOf, isCompact, quickExit, showExit, unhidePage } from './exit.js';
import { showFallback } from './fallback.js';
import { isolated, renderFrame } from './frame-host.js';
import { offeredLanguages } from './language.js';
import { ENGLISH, MESSAGE_KEYS } from './messages.js';
import { firstLanguage, firstPack, firstPackStrings, firstStories, otherPacks, storyFiles } from './packs.js';
import { printSheet, shareCheck } from './pass-on.js';
import { canDrawStart, drawStart, ENGLISH_WORDS, startWords, watchPresses } from './start.js';
import { markForSessionReplay, showInShadow } from './replay.js';
import { widgets, wipe } from './widgets.js';

export { leaveThroughHost, quickExit } from './exit.js';
export { markForSessionReplay } from './replay.js';

/** This release; the build writes it in, and `manifest.json` lists the same. */
export const version = '0.0.0-unbuilt';

const ATTRIBUTES = ['lang', 'languages', 'country', 'destination', 'pathway', 'variant', 'exit-url', 'theme', 'learn', 'isolated'];

// The element's own way to set its options: all of them at once, from its attributes.
const REPLACE = Symbol('replace');

/**
 * Lets the page handle input and paint between the steps of starting (compiling the wasm,
 * the first render), so they do not run as one long task.
 */
function yieldToPage() {
  return globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve, 0));
}

// A page restored from the back/forward cache comes back fresh: visible, and with every widget
// restarted with no answers.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  unhidePage();
  for (const record of widgets.values()) {
    wipe(record);
    render(record);
  }
});

/**
 * Draws the full variant's first screen in place of the early exit link, as soon as its words
 * are here (the first language's pack, fetched alongside the wasm, or English at once), unless
 * the wasm has mounted by then. A language chosen on it draws it again in that language.
 */
function drawFirstScreen(record, current, replaced) {
  const { options } = record;
  const offered = offeredLanguages(options, [...(navigator.languages ?? [])]);
  const first = firstLanguage(options);
  firstPackStrings(options).then((strings) => {
    const words = { en: ENGLISH_WORDS, ...(strings ? { [first]: startWords(strings) } : {}) };
    const languages = offered.filter((l) => words[l]);
    const draw = (language) => {
      if (widgets.get(record.element) !== record || !record.mounting || !current()?.isConnected) return;
      const node = drawStart({
        options,
        language,
        words: words[language],
        languages,
        exitUrl: record.exitUrl,
        onAction: (action) => {
          record.early.push(action);
          if (action.startsWith('language:')) draw(action.slice('language:'.length));
        },
      });
      markForSessionReplay(node);
      record.pressed = watchPresses(node);
      current().replaceWith(node);
      replaced(node);
    };
    draw(words[first] ? first : 'en');
  });
}

function render(record) {
  const { shadow } = record;
  adoptLoaderSheet(shadow);
  record.failed = false;
  const controls = exitControls(record);
  if (isolated(record.options)) {
    renderFrame(record, controls, ATTRIBUTES);
    return Promise.resolve();
  }
  // Until the wasm runs, the exit link is already there; not for the compact variant, which
  // starts as its closed card, without an Exit, drawn here at once. The wasm says when its Exit
  // comes and goes. The full variant's first screen is drawn here too, once its words are here
  // (start.js), with its own Exit in place of that link.
  const compact = isCompact(record.options);
  let early = compact ? null : el('div', { class: 'rf-fallback' }, exitLink(record));
  record.exitLink = null;
  showExit(record, !compact);
  record.point = el('div');
  // What the person does on the first screen drawn here, for the wasm to do when it is there.
  record.early = [];
  // Resolves when no press on what the loader drew (its card or first screen) is under way
  // (start.js), so the wasm takes over only then.
  record.pressed = () => Promise.resolve();
  const card = compact
    ? drawCard(record.options, () => {
        // Pressed before the wasm is there: the check opens as soon as it is; its Exit is there now.
        if (record.early.length) return;
        record.early.push('pathway:witness');
        early = el('div', { class: 'rf-fallback' }, exitLink(record));
        // Marked before it goes in, like everything at the top of the shadow root.
        markForSessionReplay(early);
        card.before(early);
        showExit(record, true);
      })
    : null;
  if (card) record.pressed = watchPresses(card);
  showInShadow(record, ...controls, ...(early ? [early] : []), ...(card ? [card] : []), record.point);
  record.mounting = true;
  if (!compact && canDrawStart(record.options)) drawFirstScreen(record, () => early, (node) => (early = node));
  // The wasm and the first language's pack (and learn mode's first stories where it opens in
  // learn mode), side by side; the data file alongside, not waited for.
  const start = () => {
    loadData(record.options);
    storyFiles(record.options);
    return Promise.all([loadCore(), firstPack(record.options), firstStories(record.options)]);
  };
  // Each step its own task, so the page stays responsive: the wasm instantiated (core.js); the
  // loader's messages in the widget's language; the widget mounted and its first render. (The
  // country names its later screens show are read when one of them first renders.)
  const current = () => widgets.get(record.element) === record && record.point.isConnected;
  record.ready = (compact ? pageLoaded.then(start) : start())
    .then(yieldToPage)
    .then(loadCore)
    .then(async (core) => {
      if (current()) record.messages = { ...ENGLISH, ...core.exitMessages(record.options, MESSAGE_KEYS) };
      await yieldToPage();
      await record.pressed();
      return core;
    })
    .then(
      ({ mountWidget }) => {
        if (!current()) return;
        try {
          record.widget = mountWidget(
            record.point,
            record.options,
            quickExit,
            shareCheck,
            () => printSheet(record),
            (shown) => showExit(record, shown),
            record.early,
          );
          early?.remove();
          card?.remove();
          otherPacks(record.options);
        } catch (error) {
          card?.remove();
          showFallback(record, error);
        } finally {
          record.mounting = false;
        }
      },
      (error) => {
        record.mounting = false;
        card?.remove();
        showFallback(record, error);
      },
    );
  return record.ready;
}

/** The options as attributes give them: `learn: true` from mount() as the attribute's "true". */
function asAttributes(options) {
  const out = { ...options };
  if (typeof out.learn === 'boolean') {
    if (out.learn) out.learn = 'true';
    else delete out.learn;
  }
  return out;
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
    options: asAttributes(options),
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
    record.options = asAttributes(newOptions);
    record.exitUrl = exitUrlOf(newOptions);
    if (wasIsolated !== isolated(record.options)) {
      wipe(record);
      render(record);
    } else if (record.widget) {
      record.widget.update(record.options);
      // The host may have offered more languages or learn mode, or turned a compact card into
      // the full widget.
      otherPacks(record.options);
      storyFiles(record.options);
      loadData(record.options);
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
