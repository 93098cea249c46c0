// Isolated mode, the host's side: the widget runs in a sandboxed frame of frame.html, a
// document with its own strict policy that the host page's scripts cannot read. Options travel
// in the address's fragment, which is never sent to a server. The frame sends three messages:
// its height, whether it shows its Exit (the compact variant's closed card does not), and a
// request to leave. A frame that says nothing (its files refused or not served with the CORS
// header it needs, or blocked by the engine) is replaced by the fallback's help.

import { el } from './dom.js';
import { hiddenExitLink, isCompact, quickExit, showExit } from './exit.js';
import { showFallback } from './fallback.js';
import { showInShadow } from './replay.js';
import { widgets } from './widgets.js';

const FRAME_PAGE = new URL('./frame.html', import.meta.url);
const MESSAGE_EXIT = 'redflag-exit';
const MESSAGE_SIZE = 'redflag-size';
const MESSAGE_EXIT_SHOWN = 'redflag-exit-shown';
// A working frame sends its first height as soon as its scripts have run, well within this after
// its page has loaded; and its page loads within the longer wait, or it is not coming.
const AFTER_LOAD_MS = 4000;
const AT_MOST_MS = 20000;

/** Whether the options ask for isolated mode. */
export function isolated(options) {
  return options.isolated !== undefined && options.isolated !== null && options.isolated !== false && options.isolated !== 'false';
}

/** Shows the widget of `record` in its frame; `controls` are the loader's status and Shift dots. */
export function renderFrame(record, controls, optionNames) {
  const params = new URLSearchParams();
  for (const name of optionNames) {
    if (name !== 'isolated' && typeof record.options[name] === 'string') params.set(name, record.options[name]);
  }
  params.set('host', location.origin);
  const frame = el('iframe', {
    class: 'rf-frame',
    src: `${FRAME_PAGE.href}#${params}`,
    title: 'Red Flag Check',
    referrerpolicy: 'no-referrer',
    sandbox:
      'allow-scripts allow-modals allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-top-navigation-to-custom-protocols',
  });
  record.frame = frame;
  record.frameSpoke = false;
  record.point = null;
  const silent = () => {
    if (record.frame === frame && frame.isConnected && !record.frameSpoke) showFallback(record, new Error('the isolated frame did not start'));
  };
  frame.addEventListener('load', () => setTimeout(silent, AFTER_LOAD_MS), { once: true });
  setTimeout(silent, AT_MOST_MS);
  record.exitLink = hiddenExitLink(record);
  // The compact variant starts as its closed card, without an Exit, until the frame says so.
  showExit(record, !isCompact(record.options));
  showInShadow(record, ...controls, record.exitLink, frame, el('slot', { hidden: '' }));
  record.ready = Promise.resolve();
}

// Each message is accepted only from the frame the loader made, whose sandboxed origin is
// always "null".
window.addEventListener('message', (event) => {
  for (const record of widgets.values()) {
    if (!record.frame || event.source !== record.frame.contentWindow || event.origin !== 'null') continue;
    const data = event.data;
    record.frameSpoke = true;
    if (data?.type === MESSAGE_SIZE && Number.isFinite(data.height)) {
      record.frame.style.setProperty('height', `${Math.max(0, Math.ceil(data.height))}px`);
    } else if (data?.type === MESSAGE_EXIT_SHOWN && typeof data.shown === 'boolean') {
      showExit(record, data.shown);
    } else if (data?.type === MESSAGE_EXIT) {
      quickExit(record.exitUrl);
    }
  }
});
