// The size budgets, checked on the built dist/ (sizes are deterministic, unlike times).
//
// The budgets of the product are 175 KB brotli for the critical path in the largest language
// (150 KB in English), 350 KB for everything the full variant loads at start-up and 200 KB for
// everything the compact card loads; each is asserted at its budget. The critical path is met by
// the loader drawing the first screen from the first language's pack; the compact card by its
// own data file (the witness check's texts, sources and indicators); start-up by learn mode's
// stories and screens being files of their own, loaded only where the host offers learn mode
// (`learn`, or `pathway="learn"`): that start-up is reported, not budgeted. KB here are 1024
// bytes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distSizes } from '../bench/sizes.mjs';

const KB = 1024;
const BUDGET = { critical: 175 * KB, startup: 350 * KB, compact: 200 * KB };
const CEILING = { critical: BUDGET.critical, startup: BUDGET.startup, loader: 13 * KB, compact: BUDGET.compact };
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

test('the critical path to the first screen, in the largest language and in English, is within its budget', () => {
  const { critical, largestPack, running } = distSizes(dist);
  const note = `${(critical.largest / KB).toFixed(1)} KB brotli with ${largestPack.name} (${(critical.english / KB).toFixed(1)} KB in English); budget ${BUDGET.critical / KB} KB (150 KB in English)`;
  console.log(`critical path (the loader draws the first screen): ${note}`);
  console.log(`the widget running: ${(running.largest / KB).toFixed(1)} KB with ${largestPack.name}, ${(running.english / KB).toFixed(1)} KB in English`);
  assert.ok(critical.largest <= BUDGET.critical, note);
  assert.ok(critical.english <= 150 * KB, note);
});

test('everything the full variant loads at start-up, every language, is within its budget', () => {
  const { startup, learn } = distSizes(dist);
  const note = `${(startup.brotli / KB).toFixed(1)} KB brotli; budget ${BUDGET.startup / KB} KB`;
  console.log(`start-up: ${note}`);
  console.log(`start-up where the host offers learn mode: ${(learn.brotli / KB).toFixed(1)} KB brotli`);
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

test('every language pack and stories file the loader may ask for is in dist/', () => {
  const { packs, stories } = distSizes(dist);
  const { languages } = JSON.parse(readFileSync(new URL('../content/text/languages.json', import.meta.url), 'utf8'));
  const expected = languages.filter((l) => l.code !== 'en').map((l) => `redflag-text-${l.code}.bin`).sort();
  assert.deepEqual(packs.map((p) => p.name), expected);
  assert.deepEqual(stories.map((p) => p.name), languages.map((l) => `redflag-stories-${l.code}.bin`).sort());
});
