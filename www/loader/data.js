// The content the first screens do not need (help lines, sources, the result's text): one file,
// fetched once per page alongside the wasm, never on something the person does. The first
// screen does not wait for it; the screens that show it say they are loading until it is here.

import { loadCore } from './core.js';
import { widgets } from './widgets.js';

let data = null;

/** Fetches the data file (once per page) and hands it to the wasm; resolves when it is in or failed. */
export function loadData() {
  data ??= loadInto(
    loadCore(),
    fetch(new URL('./redflag-data.bin', import.meta.url)).then((response) =>
      response.ok ? response.arrayBuffer() : Promise.reject(new Error(`HTTP ${response.status}`)),
    ),
  );
  return data;
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
    if (!provideData(new Uint8Array(await bytes))) throw new Error('not the data of this version');
  } catch (error) {
    console.warn(`redflag-check: the help lines and the result's text could not be loaded (${error.message}).`);
    provideData(undefined);
  }
  for (const record of widgets.values()) record.widget?.refresh();
}
