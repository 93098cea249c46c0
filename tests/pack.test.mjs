// The loader reads a language pack itself to draw the first screen before the wasm
// (www/loader/pack.js). Every built pack, read that way, gives back every string of its text file
// in the order of the sorted English keys, and the loader's first-screen words point at the
// right ones.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { packStrings } from '../www/loader/pack.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const english = read('../content/text/en.json');
// The widget's key order: sorted by bytes (the keys are ASCII, so code units sort the same).
const keys = Object.keys(english).sort();
const { languages } = read('../content/text/languages.json');

for (const { code } of languages.filter((l) => l.code !== 'en')) {
  test(`the loader reads the ${code} pack as its text file says`, () => {
    const bytes = readFileSync(new URL(`../dist/redflag-text-${code}.bin`, import.meta.url));
    const strings = packStrings(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const text = read(`../content/text/${code}.json`);
    assert.equal(strings.length, keys.length);
    const wrong = keys.filter((key, i) => strings[i] !== (text[key] ?? ''));
    assert.deepEqual(wrong, []);
  });
}

test("the loader's first-screen words are at their keys' places in the packs", () => {
  const start = JSON.parse(readFileSync(new URL('../target/loader/start.json', import.meta.url), 'utf8'));
  for (const [key, index] of Object.entries(start.index)) {
    assert.equal(keys[index], key);
    assert.equal(start.en[key], english[key]);
  }
  assert.deepEqual(
    start.languages.map((l) => [l.code, l.name, l.dir]),
    languages.map((l) => [l.code, l.name, l.dir ?? 'ltr']),
  );
});
