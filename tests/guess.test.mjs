// The fallback's guess of the country (www/loader/guess.js) against the table the widget's own
// rule (redflag-core, config/) is tested with: the two cannot drift apart. The same for the
// language the loader draws the compact card in.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { guessCountry } from '../www/loader/guess.js';
import { languageFor, offeredLanguages, SHIPPED } from '../www/loader/language.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const { cases } = read('./data/country-guess.json');
const { countries } = read('../content/emergency.json');
const { zones } = read('../content/timezones.json');
const covered = new Set(countries.map((c) => c.code));

for (const c of cases) {
  test(`country guess: ${c.name}`, () => {
    const guess = guessCountry(
      { destination: c.destination, country: c.country, timeZone: c.timeZone, languages: c.languages },
      (code) => covered.has(code),
      zones,
      (tag) => c.likely[tag] ?? null,
    );
    assert.equal(guess, c.expected);
  });
}

// The language the loader draws the compact card in (www/loader/language.js) against the table
// the widget's own rule (redflag-core, config/languages.rs) is tested with.
const choice = read('./data/language-choice.json');
const { languages: shipped } = read('../content/text/languages.json');

test('the loader knows the shipped languages in their order', () => {
  assert.deepEqual(SHIPPED, shipped.map((l) => l.code));
});

for (const c of choice.cases) {
  test(`language choice: ${c.name}`, () => {
    assert.equal(languageFor(c.options, c.browser), c.expected);
    assert.deepEqual(offeredLanguages(c.options, c.browser), c.offered);
  });
}
