// The compact card drawn by the loader, at once: the same markup and words as the widget's own
// closed card (src/ui/card.rs), so a checkout shows it with its own content and the wasm, which
// the loader only requests once the host page has loaded, takes over without a visible change.
// A press of its button before then is kept: the check opens as soon as the wasm is there.
//
// Its language is chosen by the widget's own rule (language.js).

import { el } from './dom.js';
import { languageFor, present } from './language.js';
import * as en from '../../content/text/en.json';
import * as th from '../../content/text/th.json';
import * as vi from '../../content/text/vi.json';
import * as id from '../../content/text/id.json';
import * as ms from '../../content/text/ms.json';
import * as fil from '../../content/text/fil.json';
import * as km from '../../content/text/km.json';
import * as lo from '../../content/text/lo.json';
import * as my from '../../content/text/my.json';
import * as zh from '../../content/text/zh.json';
import * as ar from '../../content/text/ar.json';
import START from 'redflag-start-text';

/**
 * The shipped languages in their shipped order (content/text/languages.json): the card's words,
 * the direction, and whether browsers have region names in the language (not for those that
 * ship their own, `ships_country_names`). Each text is read by name, so the bundle keeps only
 * these four of every file.
 */
export const CARD_TEXT = {
  en: { title: en['card.title'], titleTo: en['card.title_to'], body: en['card.body'], start: en['card.start'], dir: 'ltr', named: true },
  th: { title: th['card.title'], titleTo: th['card.title_to'], body: th['card.body'], start: th['card.start'], dir: 'ltr', named: true },
  vi: { title: vi['card.title'], titleTo: vi['card.title_to'], body: vi['card.body'], start: vi['card.start'], dir: 'ltr', named: true },
  id: { title: id['card.title'], titleTo: id['card.title_to'], body: id['card.body'], start: id['card.start'], dir: 'ltr', named: true },
  ms: { title: ms['card.title'], titleTo: ms['card.title_to'], body: ms['card.body'], start: ms['card.start'], dir: 'ltr', named: true },
  fil: { title: fil['card.title'], titleTo: fil['card.title_to'], body: fil['card.body'], start: fil['card.start'], dir: 'ltr', named: true },
  km: { title: km['card.title'], titleTo: km['card.title_to'], body: km['card.body'], start: km['card.start'], dir: 'ltr', named: false },
  lo: { title: lo['card.title'], titleTo: lo['card.title_to'], body: lo['card.body'], start: lo['card.start'], dir: 'ltr', named: false },
  my: { title: my['card.title'], titleTo: my['card.title_to'], body: my['card.body'], start: my['card.start'], dir: 'ltr', named: false },
  zh: { title: zh['card.title'], titleTo: zh['card.title_to'], body: zh['card.body'], start: zh['card.start'], dir: 'ltr', named: true },
  ar: { title: ar['card.title'], titleTo: ar['card.title_to'], body: ar['card.body'], start: ar['card.start'], dir: 'rtl', named: true },
};
const CODE = /^[A-Za-z]{2}$/;

/**
 * The card's title: with the destination's name where the browser knows it in that language;
 * in English, for a country with help lines, the widget's own name for it, without asking
 * `Intl`, whose first call of a page costs about 80 ms on a slow phone.
 */
function title(text, language, options) {
  const code = [present(options.destination), present(options.country)].find((c) => c && CODE.test(c))?.toUpperCase();
  if (!code || !text.named) return text.title;
  let name = language === 'en' ? (START.countries[code] ?? null) : null;
  if (!name) {
    try {
      name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code) ?? null;
    } catch {
      // No region names in this browser.
    }
  }
  return name ? text.titleTo.replace('{country}', name) : text.title;
}

/**
 * The closed compact card in the language the widget will show, for `options`; `onStart` is
 * called when its button is pressed.
 */
export function drawCard(options, onStart) {
  const language = languageFor(options, [...(navigator.languages ?? [])]);
  const text = CARD_TEXT[language] ?? CARD_TEXT.en;
  const theme = ['light', 'dark'].includes(present(options.theme)) ? present(options.theme) : 'auto';
  const button = el('button', { type: 'button', class: 'rf-button rf-primary rf-card-start' }, text.start);
  button.addEventListener('click', () => {
    button.setAttribute('aria-disabled', 'true');
    onStart();
  });
  return el(
    'div',
    { class: 'rf-app rf-compact rf-card-only', lang: language, dir: text.dir, 'data-theme': theme, 'data-rf-drawn': 'loader' },
    el(
      'main',
      { class: 'rf-main' },
      el(
        'section',
        { class: 'rf-screen rf-card' },
        el('h2', { class: 'rf-card-title', tabindex: '-1' }, title(text, language, options)),
        el('p', {}, text.body),
        button,
      ),
    ),
  );
}
