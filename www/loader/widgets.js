// The widgets of the page, one record per element, and what every part of the loader does to
// them: drop one's answers, say something in its status region, read its messages.

import { MESSAGE_KEYS } from './messages.js';

/**
 * element → record: { element, shadow, options, exitUrl, messages, widget, point, status,
 * exitShown (whether it shows an Exit now, see exit.js), … }
 */
export const widgets = new Map();

/** Drops a widget and its answers. */
export function wipe(record) {
  try {
    record.widget?.destroy();
  } catch {
    // A widget that already failed has nothing left to drop.
  }
  record.widget = null;
  record.point?.replaceChildren();
}

/** The loader's texts in the language the widget shows now (English before the wasm runs). */
export function messagesOf(record) {
  try {
    return { ...record.messages, ...(record.widget?.messages(MESSAGE_KEYS) ?? {}) };
  } catch {
    return record.messages;
  }
}

/** Says `text` in the widget's status region (a polite live region). */
export function announce(record, text) {
  if (!record.status) return;
  // Emptied first, so the same words said twice are announced twice.
  record.status.textContent = '';
  record.status.textContent = text;
}
