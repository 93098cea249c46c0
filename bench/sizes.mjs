// Transfer sizes of a built dist/ (raw, gzip -9, brotli -q 11), and the two figures the budgets
// are about:
// - the critical path: what must arrive before the first screen can be used in one language.
//   The loader draws the first screen itself (the full variant's, and the compact card), in
//   English at once and in another language from its pack, and keeps what the person does on
//   it until the wasm is there: so the loader and that language's pack, reported for English
//   (no pack) and for the largest pack;
// - the widget running: the loader, its import (the glue) and the wasm, with the largest pack;
//   the data file (help lines, sources, the result's text) is fetched alongside it, and no
//   screen before the result waits for it;
// - start-up: everything the widget requests at start-up with all eleven languages offered, and
//   the same where the host offers learn mode (its stories and screens in every language, a file
//   each);
// - the compact card: what it needs before the host page's load event (the loader, which draws
//   the card), and everything it loads in an English browser.
// The fallback's data (redflag-fallback.js) is in neither: it is fetched only when the fallback
// shows.
// Used by the benchmark (bench/run.mjs) and by the size test (tests/size.test.mjs).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files every page that shows the widget inline loads, whatever its language. */
export const CORE_FILES = ['redflag.js', 'redflag-core.js', 'redflag-core_bg.wasm'];

/** The content the first screens do not need, fetched alongside the wasm: the whole, and the
 * compact card's (the witness check's part). */
export const DATA_FILE = 'redflag-data.bin';
export const WITNESS_DATA_FILE = 'redflag-data-witness.bin';

export function sizeOf(dir, name) {
  const bytes = readFileSync(join(dir, name));
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function distSizes(dir) {
  const core = CORE_FILES.map((name) => sizeOf(dir, name));
  const data = sizeOf(dir, DATA_FILE);
  const witnessData = sizeOf(dir, WITNESS_DATA_FILE);
  const packs = readdirSync(dir)
    .filter((name) => /^redflag-text-.+\.bin$/.test(name))
    .sort()
    .map((name) => sizeOf(dir, name));
  const stories = readdirSync(dir)
    .filter((name) => /^redflag-stories-.+\.bin$/.test(name))
    .sort()
    .map((name) => sizeOf(dir, name));
  const sum = (files, key = 'brotli') => files.reduce((total, f) => total + f[key], 0);
  const largest = packs.reduce((a, b) => (b.brotli > (a?.brotli ?? -1) ? b : a), null);
  const all = [...core, data, ...packs];
  return {
    core,
    data,
    packs,
    stories,
    largestPack: largest,
    critical: {
      english: core[0].brotli,
      largest: core[0].brotli + (largest?.brotli ?? 0),
    },
    running: {
      english: sum(core),
      largest: sum(core) + (largest?.brotli ?? 0),
    },
    startup: { raw: sum(all, 'raw'), gzip: sum(all, 'gzip'), brotli: sum(all) },
    learn: { brotli: sum([...all, ...stories]) },
    // The compact card on a checkout in an English browser: the loader draws the card, alone
    // before the host page's load event; the glue, the wasm and the data file come after it (no
    // pack).
    compact: { beforeLoad: core[0].brotli, total: sum([...core, witnessData]) },
  };
}
