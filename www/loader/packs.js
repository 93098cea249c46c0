// Language packs: every language but English comes as its own file, fetched once per page at
// start-up: the pack of the language shown first before the widget mounts, the other offered
// languages right after. None depends on what the person does.

import { loadCore } from './core.js';
import { languageFor, offeredLanguages } from './language.js';
import { widgets } from './widgets.js';

// Language → its fetch, so each pack is requested once per page.
const packs = new Map();

/** Fetches one language pack (once per page); resolves when it is in, or failed (English shows). */
function loadPack(language) {
  let pack = packs.get(language);
  if (!pack) {
    const core = loadCore();
    pack = fetch(new URL(`./redflag-text-${language}.bin`, import.meta.url))
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then(async (bytes) => {
        const { provideText } = await core;
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

/**
 * The pack of the language shown first; the widget waits for it so it starts in that language.
 * The language is known without the wasm (language.js, the widget's own rule), so the pack is
 * fetched alongside it.
 */
export function firstPack(options) {
  const language = languageFor(options, [...(navigator.languages ?? [])]);
  return language === 'en' ? Promise.resolve() : loadPack(language);
}

/** Every other language the widget offers, fetched right after it first shows. */
export function otherPacks(options) {
  for (const language of offeredLanguages(options, [...(navigator.languages ?? [])])) {
    if (language !== 'en') loadPack(language);
  }
}
