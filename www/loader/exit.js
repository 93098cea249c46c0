// The quick exit, all of it: the exit address, leaving the page, the Exit links the loader
// draws, and the Shift key pressed three times. It lives in the loader, not in the wasm, so it
// works even when WebAssembly cannot run. The wasm's own Exit button calls quickExit too.
//
// The quick exit is on wherever a widget shows an Exit: always, except on the compact variant's
// closed card (a teaser on a checkout, where one stray tap or Shift key must not take the person
// away from their booking). The wasm tells the loader when its Exit comes and goes (showExit);
// the fallback always shows one.

import { el } from './dom.js';
import { announce, messagesOf, widgets, wipe } from './widgets.js';

const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

// Inside the isolated-mode frame, leaving is asked of the host page, and the host is told when
// the Exit comes and goes; see frame.js.
let framedExit = null;
let framedShown = null;

/**
 * The address to leave for: `url` resolved against the page (so "/weather" works), when that
 * gives an http(s) address; else the default.
 */
export function exitAddress(url) {
  if (typeof url !== 'string' || url.trim() === '') return DEFAULT_EXIT_URL;
  try {
    const resolved = new URL(url, document.baseURI);
    if ((resolved.protocol === 'https:' || resolved.protocol === 'http:') && resolved.host !== '') return resolved.href;
  } catch {
    // Not an address at all.
  }
  return DEFAULT_EXIT_URL;
}

/** The exit address of a widget's options (`exit-url` attribute or `exitUrl` option). */
export function exitUrlOf(options) {
  return exitAddress(options?.['exit-url'] ?? options?.exitUrl);
}

/**
 * Leaves the page at once: say so, hide everything, drop every widget and its answers, then
 * replace the page so that Back does not return to it, without telling the next site where the
 * person came from.
 */
export function quickExit(url) {
  const target = exitAddress(url);
  document.documentElement.style.setProperty('visibility', 'hidden', 'important');
  for (const record of widgets.values()) {
    // The status region stays visible to assistive technology while the page is hidden
    // (`.rf-exit-status` in dom.js): a hidden live region is never read.
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

/**
 * Lets the isolated-mode frame page ask its host to leave instead of leaving itself, and tell it
 * (`tell(shown)`) whenever its Exit comes or goes.
 */
export function leaveThroughHost(ask, tell = null) {
  framedExit = ask;
  framedShown = tell;
}

/** Whether the options ask for the compact variant (trimmed, as the core reads it). */
export function isCompact(options) {
  return typeof options?.variant === 'string' && options.variant.trim() === 'compact';
}

/**
 * A widget shows its Exit, or stops showing it: the Shift key and the loader's own Exit link
 * for it (`record.exitLink`) follow. The first call for a record sets where it starts.
 */
export function showExit(record, shown) {
  const changed = record.exitShown !== undefined && record.exitShown !== shown;
  record.exitShown = shown;
  record.exitLink?.toggleAttribute('hidden', !shown);
  if (!shown) {
    // A count begun while the Exit was there does not carry over to when it is back.
    if (exitsShown().length === 0) {
      presses = 0;
      clearTimeout(pressTimer);
    }
    showPresses(presses);
  }
  if (changed) framedShown?.(shown);
}

/** The widgets whose quick exit is on. */
function exitsShown() {
  return [...widgets.values()].filter((record) => record.exitShown !== false);
}

/** Whether this document is the isolated-mode frame. */
export function isFramed() {
  return framedExit !== null;
}

/** The page came back from the back/forward cache: show it again. */
export function unhidePage() {
  document.documentElement.style.removeProperty('visibility');
}

/** The Exit link the loader shows before the wasm runs and in the fallback. */
export function exitLink(record) {
  const link = el('a', { class: 'rf-fallback-exit', href: record.exitUrl, rel: 'noreferrer nofollow' }, record.messages.exit);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    quickExit(record.exitUrl);
  });
  return link;
}

/** In isolated mode the visible exit is inside the frame; this one serves keyboard users. */
export function hiddenExitLink(record) {
  const link = exitLink(record);
  link.classList.add('rf-visually-hidden');
  link.addEventListener('focus', () => link.classList.remove('rf-visually-hidden'));
  link.addEventListener('blur', () => link.classList.add('rf-visually-hidden'));
  return link;
}

/** A widget's status region and Shift indicator, which the loader puts at the top of it. */
export function exitControls(record) {
  record.status = el('div', { role: 'status', class: 'rf-visually-hidden rf-exit-status' });
  record.dots = el('div', { class: 'rf-shift-dots', 'aria-hidden': 'true' }, el('span'), el('span'), el('span'));
  return [record.status, el('div', { class: 'rf-shift', hidden: '' }, record.dots)];
}

function showPresses(count) {
  for (const record of widgets.values()) {
    const shown = record.exitShown === false ? 0 : count;
    record.dots?.parentElement.toggleAttribute('hidden', shown === 0);
    record.dots?.querySelectorAll('span').forEach((dot, i) => dot.classList.toggle('rf-on', i < shown));
  }
}

// Shift pressed three times within five seconds leaves the page, as in the GOV.UK "Exit this
// page" component: dots show the count, and a status message says how many presses are left.
// Any other key in between starts again, so Shift used to type capitals never triggers it. One
// listener for the page, however many widgets it has; it counts only while one shows its Exit.
let presses = 0;
let pressTimer = 0;
document.addEventListener(
  'keyup',
  (event) => {
    const shown = exitsShown();
    if (shown.length === 0) {
      if (presses > 0) showPresses((presses = 0));
      clearTimeout(pressTimer);
      return;
    }
    if (event.key !== 'Shift') {
      if (presses > 0) showPresses((presses = 0));
      return;
    }
    presses += 1;
    clearTimeout(pressTimer);
    showPresses(presses);
    if (presses >= SHIFT_PRESSES) {
      presses = 0;
      quickExit(shown[0].exitUrl);
      return;
    }
    for (const record of shown) {
      const messages = messagesOf(record);
      announce(record, presses === 1 ? messages.pressTwo : messages.pressOne);
    }
    pressTimer = setTimeout(() => {
      presses = 0;
      showPresses(0);
      for (const record of exitsShown()) announce(record, messagesOf(record).expired);
    }, SHIFT_WINDOW_MS);
  },
  true,
);
