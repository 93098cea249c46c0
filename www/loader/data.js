// The content the first screens do not need (help lines, sources, the result's text), fetched
// once per page alongside the wasm, never on something the person does: the whole for the full
// widget, the witness check's part for the compact card. The first screen does not wait for it;
// the screens that show it say they are loading until it is here.

import { loadCore } from './core.js';
import { isCompact } from './exit.js';
import { widgets } from './widgets.js';

// The compact card's data file (the witness check's texts only) and the whole one, each fetched
// at most once per page.
const files = new Map();

/**
 * Fetches the data file a widget with `options` needs (once per page) and hands it to the wasm;
 * resolves when it is in or failed. The compact card needs only its own check's; a full widget,
 * the whole (which a compact card turned full by its host then fetches too).
 */
export function loadData(options) {
  const name = isCompact(options) ? 'redflag-data-witness.bin' : 'redflag-data.bin';
  if (name === 'redflag-data-witness.bin' && files.has('redflag-data.bin')) return files.get('redflag-data.bin');
  if (!files.has(name)) {
    const bytes = fetch(new URL(`./${name}`, import.meta.url)).then((response) =>
      response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`)),
    );
    files.set(name, loadInto(loadCore(), bytes));
  }
  return files.get(name);
}

async function loadInto(core, bytes) {
  bytes.catch(() => {});
  let provideData;
  try {
    ({ provideData } = await core);
  } catch {
    return; // The wasm cannot run: the fallback shows, and says so.
  }
  try {
    const data = new Uint8Array(await bytes);
    // Reading it is a task of its own, not part of starting the wasm or of its first render.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!provideData(data)) throw new Error('not the data of this version');
  } catch (error) {
    console.warn(`redflag-check: the help lines and the result's text could not be loaded (${error.message}).`);
    provideData(undefined);
  }
  // Showing it is a task of its own too.
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (const record of widgets.values()) record.widget?.refresh();
}
