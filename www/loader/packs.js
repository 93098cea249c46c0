// Language packs: every language but English comes as its own file, fetched once per page at
// start-up: the pack of the language shown first before the widget mounts, the other offered
// languages right after. Where learn mode is offered, its stories too (a file per language,
// English's included), as soon as the wasm can say so (with `pathway="learn"`, English's and the
// first language's at once, alongside the wasm: its first screen shows them). None
// depends on what the person does.

import { loadCore } from './core.js';
import { languageFor, offeredLanguages, present } from './language.js';
import { packStrings } from './pack.js';
import { widgets } from './widgets.js';

/** The bytes of `redflag-<part>-<language>.bin` (`text` or `stories`). */
function fileBytes(part, language) {
  const bytes = fetch(new URL(`./redflag-${part}-${language}.bin`, import.meta.url)).then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`))));
  bytes.catch(() => {});
  return bytes;
}

// Language → its fetch, so each pack is requested once per page.
const packs = new Map();

/** The bytes of one language pack, fetched once per page. */
function packBytes(language) {
  let pack = packs.get(language);
  if (!pack) {
    pack = { bytes: fileBytes('text', language) };
    packs.set(language, pack);
  }
  return pack;
}

const refreshWidgets = () => {
  for (const record of widgets.values()) record.widget?.refresh();
};

/** Fetches one language pack (once per page); resolves when it is in, or failed (English shows). */
function loadPack(language) {
  const pack = packBytes(language);
  if (!pack.loaded) {
    const core = loadCore();
    pack.loaded = pack.bytes
      .then(async (bytes) => {
        const { provideText } = await core;
        if (!provideText(language, new Uint8Array(bytes))) throw new Error('not a language pack of this version');
        refreshWidgets();
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

// Language → its stories' fetch, so each is requested once per page.
const stories = new Map();

/**
 * Fetches the learn mode stories of one language once per page, and hands them (or their
 * failure) to the wasm; resolves when they have settled.
 */
function loadStories(language) {
  if (!stories.has(language)) stories.set(language, provideStories(language, fileBytes('stories', language)).catch(() => {}));
  return stories.get(language);
}

/** Hands the stories' `bytes` (a promise) to the wasm, or says they could not be read. */
async function provideStories(language, bytes) {
  let core;
  try {
    core = await loadCore();
  } catch {
    return; // No wasm: the fallback shows, without learn mode.
  }
  try {
    if (!core.provideStories(language, new Uint8Array(await bytes))) throw new Error('not learn mode stories of this version');
  } catch (error) {
    console.warn(`redflag-check: the ${language} stories of learn mode could not be loaded (${error.message}); ${language === 'en' ? 'learn mode cannot show them' : 'showing them in English instead'}.`);
    core.provideStories(language, undefined);
  }
  refreshWidgets();
}

const storyLanguages = (options) => new Set(['en', ...offeredLanguages(options, [...(navigator.languages ?? [])])]);

/**
 * With `pathway="learn"`, whose first screen shows them: the stories in English and in the
 * language shown first, which the widget waits for (as for the first pack) so that it starts on
 * that screen, not on one that says it is loading.
 */
export function firstStories(options) {
  if (present(options.pathway) !== 'learn') return Promise.resolve();
  return Promise.all(['en', firstLanguage(options)].map(loadStories));
}

/**
 * Learn mode's stories, in English and every language offered, where the options offer learn
 * mode (the wasm's rule, once it is here).
 */
export function storyFiles(options) {
  loadCore()
    .then((core) => {
      if (core.offersLearn(options)) for (const language of storyLanguages(options)) loadStories(language);
    })
    .catch(() => {});
}
