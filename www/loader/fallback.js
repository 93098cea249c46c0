// The fallback: when the wasm cannot start or stops working (a trap), the widget shows the
// exit link and the host's own fallback content (the element's children) at once, then the
// country's emergency numbers and best help lines from redflag-fallback.js (generated at build
// time from the same content and order as the widget's). That file is fetched only when the
// fallback is needed, so a widget that starts never waits for it.

import { el } from './dom.js';
import { exitLink, showExit } from './exit.js';
import { guessCountry } from './guess.js';
import { showInShadow } from './replay.js';
import { widgets, wipe } from './widgets.js';

function likelyRegion(tag) {
  try {
    return new Intl.Locale(tag).maximize().region ?? null;
  } catch {
    return null; // Not a valid tag.
  }
}

/** The country for the fallback, found the same way as the widget does, without the wasm. */
function fallbackCountry(options, { HELP, ZONES }) {
  return guessCountry(
    {
      destination: options.destination,
      country: options.country,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      languages: [...(navigator.languages ?? [])],
    },
    (code) => code in HELP,
    ZONES,
    likelyRegion,
  );
}

/** The static view: the exit link, the country's help, and the host's own fallback content. */
export function showFallback(record, error) {
  if (record.failed) return;
  record.failed = true;
  console.warn('redflag-check: the check could not start or stopped working; showing the fallback.', error);
  wipe(record);
  const slot = el('slot');
  const box = el('div', { class: 'rf-fallback' }, exitLink(record), el('p', {}, record.messages.cannotStart), slot);
  showInShadow(record, box);
  // The fallback shows help, so its exit is there, for the compact variant too.
  record.exitLink = null;
  showExit(record, true);
  import('./redflag-fallback.js')
    .then((data) => {
      const code = fallbackCountry(record.options, data);
      const help = code ? data.HELP[code] : null;
      if (help) {
        slot.before(
          el('h2', {}, help.name),
          el('p', {}, `${record.messages.emergency}: `, ...help.emergency.flatMap((n, i) => [i ? ', ' : '', el('a', { href: `tel:${n}` }, n)])),
          el('ul', {}, ...help.lines.map(([name, display, href]) => el('li', {}, el('span', { lang: 'en' }, name), ': ', el('a', { href }, display)))),
        );
      } else {
        slot.before(el('p', {}, record.messages.noCountry));
      }
      box.dataset.fallback = code ?? '';
    })
    .catch((failure) => {
      console.warn('redflag-check: the help lines of the fallback could not be loaded.', failure);
      slot.before(el('p', {}, record.messages.noCountry));
      box.dataset.fallback = '';
    });
}

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
