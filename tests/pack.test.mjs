// The loader reads a language pack itself to draw the first screen before the wasm
// (www/loader/pack.js). Every built pack, read that way, gives back every string of its text file
// but learn mode's in the order of the sorted English keys, every stories file learn mode's, and
// the loader's first-screen words point at the right ones.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { packStrings } from '../www/loader/pack.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const english = read('../content/text/en.json');
// The widget's key order: sorted by bytes (the keys are ASCII, so code units sort the same).
const allKeys = Object.keys(english).sort();
// Learn mode's stories and screens are files of their own (but for the start screen's way in):
// a pack has the other keys, a stories file these.
const isStory = (key) => key.startsWith('scenario.') || (key.startsWith('learn.') && !key.startsWith('learn.start'));
const keys = allKeys.filter((key) => !isStory(key));
const storyKeys = allKeys.filter(isStory);
const { languages } = read('../content/text/languages.json');

const stringsOf = (name) => {
  const bytes = readFileSync(new URL(`../dist/${name}`, import.meta.url));
  return packStrings(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
};

for (const { code } of languages.filter((l) => l.code !== 'en')) {
  test(`the loader reads the ${code} pack as its text file says`, () => {
    const strings = stringsOf(`redflag-text-${code}.bin`);
    const text = read(`../content/text/${code}.json`);
    assert.equal(strings.length, keys.length);
    const wrong = keys.filter((key, i) => strings[i] !== (text[key] ?? ''));
    assert.deepEqual(wrong, []);
  });
}

test("every language's learn mode stories, English's too, are a file with their text and nothing else", () => {
  assert.ok(storyKeys.length > 100, `${storyKeys.length} story keys`);
  for (const { code } of languages) {
    const strings = stringsOf(`redflag-stories-${code}.bin`);
    const text = read(`../content/text/${code}.json`);
    assert.equal(strings.length, storyKeys.length, code);
    const wrong = storyKeys.filter((key, i) => strings[i] !== (text[key] ?? ''));
    assert.deepEqual(wrong, [], code);
  }
});

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
