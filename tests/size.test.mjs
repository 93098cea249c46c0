// The size budgets, checked on the built dist/ (sizes are deterministic, unlike times).
//
// The budgets of the product are 175 KB brotli for the critical path in the largest language
// (150 KB in English), 350 KB for everything the full variant loads at start-up and 200 KB for
// everything the compact card loads. The critical path is met (the loader draws the first
// screen, from the first language's pack) and so is the compact card (its own data file, the
// questions' text out of the wasm): both are asserted at their budgets. The start-up budget is
// not met yet (BENCHMARKS.md says by how much, what was tried and what it would take), so this
// test holds the line where it is: it fails when a change makes it larger than its ceiling.
// Lower the ceiling whenever a change shrinks it. (The report screen raised it from 385 to
// 413 KB: its text in eleven languages, the directory's report data and the screen's code; the
// minified loader and glue brought it to 411; the packs' code pages to 396; litemap's maps to
// 391; the data file, with the code that reads it, to 395; the loader drawing the first screen
// to 398; the questions' text in the data files to 397, and later changes to 395; country names
// read only when shown and packs decoded only when shown, 0.7 KB of code for less work at
// start-up, to 396.) KB here are 1024 bytes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distSizes } from '../bench/sizes.mjs';

const KB = 1024;
const BUDGET = { critical: 175 * KB, startup: 350 * KB, compact: 200 * KB };
const CEILING = { critical: BUDGET.critical, startup: 396 * KB, loader: 13 * KB, compact: BUDGET.compact };
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

test('the critical path to the first screen, in the largest language and in English, is within its budget', () => {
  const { critical, largestPack, running } = distSizes(dist);
  const note = `${(critical.largest / KB).toFixed(1)} KB brotli with ${largestPack.name} (${(critical.english / KB).toFixed(1)} KB in English); budget ${BUDGET.critical / KB} KB (150 KB in English)`;
  console.log(`critical path (the loader draws the first screen): ${note}`);
  console.log(`the widget running: ${(running.largest / KB).toFixed(1)} KB with ${largestPack.name}, ${(running.english / KB).toFixed(1)} KB in English`);
  assert.ok(critical.largest <= BUDGET.critical, note);
  assert.ok(critical.english <= 150 * KB, note);
});

test('everything loaded at start-up, every language, stays under its ceiling', () => {
  const { startup } = distSizes(dist);
  const note = `${(startup.brotli / KB).toFixed(1)} KB brotli; budget ${BUDGET.startup / KB} KB`;
  console.log(`start-up: ${note}`);
  assert.ok(startup.brotli <= CEILING.startup, `${note}; ceiling ${CEILING.startup / KB} KB`);
});

test('the compact card: the loader alone draws it; everything it loads is reported', () => {
  const { compact } = distSizes(dist);
  const note = `${(compact.total / KB).toFixed(1)} KB in all in an English browser; budget ${BUDGET.compact / KB} KB`;
  console.log(`compact card: ${(compact.beforeLoad / KB).toFixed(1)} KB before the host's load (redflag.js), ${note}`);
  // The loader is on every page's critical path, the card's whole one.
  assert.ok(compact.beforeLoad <= CEILING.loader, `redflag.js is ${(compact.beforeLoad / KB).toFixed(1)} KB brotli; ceiling ${CEILING.loader / KB} KB`);
  assert.ok(compact.total <= CEILING.compact, `${note}; ceiling ${CEILING.compact / KB} KB`);
});

test('every language pack the loader may ask for is in dist/', () => {
  const { packs } = distSizes(dist);
  const { languages } = JSON.parse(readFileSync(new URL('../content/text/languages.json', import.meta.url), 'utf8'));
  const expected = languages.filter((l) => l.code !== 'en').map((l) => `redflag-text-${l.code}.bin`).sort();
  assert.deepEqual(packs.map((p) => p.name), expected);
});
