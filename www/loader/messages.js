// The loader's own words: the text keys it shows, and their English, taken from
// content/text/en.json when the loader is built (the bundler keeps only these keys).

import {
  'ui.exit' as exit,
  'exit.press_two' as pressTwo,
  'exit.press_one' as pressOne,
  'exit.expired' as expired,
  'exit.leaving' as leaving,
  'fallback.cannot_start' as cannotStart,
  'help.emergency' as emergency,
  'fallback.no_country' as noCountry,
} from '../../content/text/en.json';

/** Name → text key; the wasm answers with the texts in the language shown. */
export const MESSAGE_KEYS = {
  exit: 'ui.exit',
  pressTwo: 'exit.press_two',
  pressOne: 'exit.press_one',
  expired: 'exit.expired',
  leaving: 'exit.leaving',
  cannotStart: 'fallback.cannot_start',
  emergency: 'help.emergency',
  noCountry: 'fallback.no_country',
};

/** English, until the wasm has started and can give the texts in the person's language. */
export const ENGLISH = { exit, pressTwo, pressOne, expired, leaving, cannotStart, emergency, noCountry };
