// Language packs: every language but English comes as its own file, fetched once per page at
// start-up: the pack of the language shown first before the widget mounts, the other offered
// languages right after. None depends on what the person does.

import { loadCore } from './core.js';
import { languageFor, offeredLanguages } from './language.js';
import { packStrings } from './pack.js';
import { widgets } from './widgets.js';

// Language → its fetch, so each pack is requested once per page.
const packs = new Map();

/** The bytes of one language pack, fetched once per page. */
function packBytes(language) {
  let pack = packs.get(language);
  if (!pack) {
    pack = { bytes: fetch(new URL(`./redflag-text-${language}.bin`, import.meta.url)).then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`)))) };
    pack.bytes.catch(() => {});
    packs.set(language, pack);
  }
  return pack;
}

/** Fetches one language pack (once per page); resolves when it is in, or failed (English shows). */
function loadPack(language) {
  const pack = packBytes(language);
  if (!pack.loaded) {
    const core = loadCore();
    pack.loaded = pack.bytes
      .then(async (bytes) => {
        const { provideText } = await core;
        if (!provideText(language, new Uint8Array(bytes))) throw new Error('not a language pack of this version');
        for (const record of widgets.values()) record.widget?.refresh();
      })
      .catch((error) => {
        console.warn(`redflag-check: the ${language} text could not be loaded (${error.message}); showing English instead.`);
      });
  }
  return pack.loaded;
}

/** The language shown first (language.js, the widget's own rule). */
export const firstLanguage = (options) => languageFor(options, [...(navigator.languages ?? [])]);

/**
 * The pack of the language shown first; the widget waits for it so it starts in that language.
 * The language is known without the wasm (language.js, the widget's own rule), so the pack is
 * fetched alongside it.
 */
export function firstPack(options) {
  const language = firstLanguage(options);
  return language === 'en' ? Promise.resolve() : loadPack(language);
}

/**
 * The strings of the first language's pack, read by the loader itself (pack.js) to draw the
 * first screen before the wasm: null for English, or when the pack cannot be read.
 */
export function firstPackStrings(options) {
  const language = firstLanguage(options);
  if (language === 'en') return Promise.resolve(null);
  return packBytes(language)
    .bytes.then(packStrings)
    .catch(() => null);
}

/** Every other language the widget offers, fetched right after it first shows. */
export function otherPacks(options) {
  for (const language of offeredLanguages(options, [...(navigator.languages ?? [])])) {
    if (language !== 'en') loadPack(language);
  }
}
