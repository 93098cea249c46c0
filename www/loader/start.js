// The full variant's first screen, drawn by the loader as soon as its words are here (at once in
// English; in another language once its pack has arrived, which is fetched alongside the wasm):
// the same markup and words as the widget's own (src/ui/exit.rs, language.rs and start.rs), so
// the wasm takes over without a visible change. What the person does on it before then is kept
// and done as soon as the wasm is there: a pathway, learn mode, the sources or the safety page
// chosen, or another language. Its Exit leaves at once, like the widget's.

import { el } from './dom.js';
import { quickExit } from './exit.js';
import { present } from './language.js';
import START from 'redflag-start-text';

const PATHWAYS = ['job-offer', 'work', 'online', 'witness'];

/** The first screen's words in `language`, from its pack's strings (English where it has none). */
export function startWords(strings) {
  const words = {};
  for (const [key, english] of Object.entries(START.en)) words[key] = strings?.[START.index[key]] || english;
  return words;
}

/** English, built in. */
export const ENGLISH_WORDS = startWords(null);

/**
 * Whether the loader draws this widget's first screen: not with a partner's configuration (its
 * name and lines are the wasm's to check), nor in learn mode, which starts on its own screen.
 */
export function canDrawStart(options) {
  return (options.partner === undefined || options.partner === null) && present(options.pathway) !== 'learn';
}

/** Whether the host offers learn mode with the `learn` option (the wasm's rule, for a first screen with no pathway set). */
const learnOffered = (options) => typeof options.learn === 'string' && options.learn.trim() !== 'false';

/**
 * The first screen for `options` in `language` with `words`, offering `languages` in its picker;
 * `onAction` is told each thing the person does on it ("pathway:work", "learn", "sources",
 * "safety", "language:th").
 */
export function drawStart({ options, language, words, languages, exitUrl, onAction }) {
  const t = (key) => words[key];
  const info = START.languages.find((l) => l.code === language) ?? START.languages[0];
  const theme = ['light', 'dark'].includes(present(options.theme)) ? present(options.theme) : 'auto';
  const pathway = present(options.pathway);
  const preset = PATHWAYS.includes(pathway) ? pathway : null;
  // Says "Loading…" once something is chosen: it opens when the wasm is there.
  const status = el('p', { class: 'rf-visually-hidden', role: 'status' });
  let acted = false;
  const act = (action, button) => () => {
    if (acted) return;
    acted = true;
    button.setAttribute('aria-disabled', 'true');
    select.disabled = true;
    status.textContent = t('ui.loading');
    status.classList.remove('rf-visually-hidden');
    onAction(action);
  };

  const exit = (cls, ...children) => {
    const link = el('a', { class: cls, href: exitUrl, rel: 'noreferrer nofollow' }, ...children);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      quickExit(exitUrl);
    });
    return link;
  };
  const safety = el('button', { type: 'button', class: 'rf-link rf-safety-link' }, t('ui.safety'));
  safety.addEventListener('click', act('safety', safety));

  const select = el(
    'select',
    {},
    ...languages.map((code) => {
      const l = START.languages.find((x) => x.code === code);
      const option = el('option', { value: code, lang: code }, l?.name ?? code);
      if (code === language) option.selected = true;
      return option;
    }),
  );
  select.addEventListener('change', () => onAction(`language:${select.value}`));

  const choice = (id, titleKey, descriptionKey, extra = '') => {
    const button = el(
      'button',
      { type: 'button', class: `rf-pathway${extra}`, 'data-pathway': id },
      el('span', { class: 'rf-pathway-title' }, t(titleKey)),
      el('span', { class: 'rf-pathway-description' }, t(descriptionKey)),
    );
    button.addEventListener('click', act(id === 'learn' ? 'learn' : `pathway:${id}`, button));
    return el('li', {}, button);
  };
  const choices = PATHWAYS.filter((p) => !preset || p === preset).map((p) => choice(p, `pathway.${p}.title`, `pathway.${p}.description`));
  if (!preset && learnOffered(options)) choices.push(choice('learn', 'learn.start', 'learn.start.description', ' rf-learn-open'));
  const sources = el('button', { type: 'button', class: 'rf-link rf-sources-link' }, t('ui.sources'));
  sources.addEventListener('click', act('sources', sources));

  return el(
    'div',
    { class: 'rf-app', lang: language, dir: info.dir, 'data-theme': theme, 'data-rf-drawn': 'loader' },
    exit('rf-skip-exit', t('ui.skip_exit')),
    el(
      'div',
      { class: 'rf-exitbar' },
      el('span', { class: 'rf-exit-hint' }, `${t('ui.exit_hint')} `, safety),
      exit('rf-exit', el('span', { class: 'rf-visually-hidden' }, `${t('ui.exit.hidden_prefix')} `), t('ui.exit')),
    ),
    el('div', { class: 'rf-language' }, el('label', { class: 'rf-language-picker' }, el('span', {}, t('ui.language')), select)),
    status,
    el(
      'main',
      { class: 'rf-main' },
      el(
        'section',
        { class: 'rf-screen rf-start' },
        el('h2', { class: 'rf-title', tabindex: '-1', 'data-focus': '' }, t('ui.title')),
        el('p', {}, t('ui.intro')),
        el('p', { class: 'rf-privacy' }, t('ui.privacy')),
        el('h3', {}, t('ui.choose_pathway')),
        el('ul', { class: 'rf-pathways' }, ...choices),
        sources,
      ),
    ),
  );
}

/**
 * Follows presses on `node`, the loader's screen: a pointer down on it, or Space held on one of
 * its controls. Returns a function whose promise resolves once no press is under way, so the wasm
 * takes over only then: a press begun on the loader's screen ends on it, with its click, and is
 * not lost in the swap (a press that starts on one element and ends on another clicks nothing).
 * A press held longer than ten seconds is not waited for.
 */
export function watchPresses(node) {
  let pending = null;
  const begin = (ends) => {
    pending ??= new Promise((resolve) => {
      let timer;
      const wait = (ms) => {
        clearTimeout(timer);
        timer = setTimeout(finish, ms);
      };
      // A click ends it once its handlers have run; a release, unless a click follows (a touch's
      // may come a moment later; a release elsewhere clicks nothing).
      const ended = (event) => wait(event.type === 'click' ? 0 : 150);
      const listen = (how) => [...ends, 'click'].forEach((type) => window[how](type, ended, true));
      const finish = () => {
        listen('removeEventListener');
        pending = null;
        resolve();
      };
      listen('addEventListener');
      wait(10000);
    });
  };
  node.addEventListener('pointerdown', () => begin(['pointerup', 'pointercancel']));
  node.addEventListener('keydown', (event) => event.key === ' ' && begin(['keyup', 'blur']));
  return () => pending ?? Promise.resolve();
}
