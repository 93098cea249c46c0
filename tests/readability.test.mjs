// How hard the English source is to read: the Flesch-Kincaid grade (flesch-kincaid and syllable,
// development dependencies only) of each screen's text and of the ten hardest sentences. A
// report, not a gate: the scores are written to docs/readability.md, and this test fails only
// when that report no longer matches the text (run `node tests/readability.test.mjs --write`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const en = JSON.parse(readFileSync(new URL('../content/text/en.json', import.meta.url), 'utf8'));
const REPORT = new URL('../docs/readability.md', import.meta.url);

// Screens by the keys they show. Names, numbers and country names are not prose.
const SCREENS = [
  ['Start', (k) => /^(ui\.(title|intro|privacy|exit_hint|choose_pathway)|pathway\.)/.test(k)],
  ['Questions and hints', (k) => k.startsWith('q.')],
  ['Result', (k) => /^(result\.|flag\.|why\.|next\.)/.test(k)],
  ['Urgent', (k) => k.startsWith('urgent.')],
  ['Help lines', (k) => k.startsWith('help.') && !k.startsWith('help.contact.')],
  ['Safety and privacy', (k) => k.startsWith('safety.') || k.startsWith('exit.')],
  ['Learn mode', (k) => k.startsWith('learn.') || k.startsWith('scenario.')],
  ['Fallback and card', (k) => k.startsWith('fallback.') || k.startsWith('card.')],
];

function counts(text) {
  const words = text.match(/[A-Za-z][A-Za-z’'-]*/g) ?? [];
  const sentences = text.split(/[.!?:]+(?:\s|$)/).filter((s) => /[A-Za-z]/.test(s)).length || 1;
  return { sentence: sentences, word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) };
}

const grade = (c) => (c.word ? fleschKincaid(c) : 0);

export function report() {
  const lines = [
    '# How hard the English is to read',
    '',
    'Flesch-Kincaid grade level of the English source (`content/text/en.json`), per screen and for',
    'the hardest single texts (those of eight words or more), written by `node tests/readability.test.mjs --write`.',
    'A guide, not a gate: the aim is grade 6 or below, the level of a reader with a few years of',
    'schooling; names of places and apps raise a score without making a text harder.',
    '',
    '| screen | texts | words | grade |',
    '|---|---|---|---|',
  ];
  for (const [name, wanted] of SCREENS) {
    const texts = Object.entries(en).filter(([k]) => wanted(k)).map(([, v]) => v);
    const total = texts.map(counts).reduce((a, c) => ({ sentence: a.sentence + c.sentence, word: a.word + c.word, syllable: a.syllable + c.syllable }), { sentence: 0, word: 0, syllable: 0 });
    lines.push(`| ${name} | ${texts.length} | ${total.word} | ${grade(total).toFixed(1)} |`);
  }
  const hardest = Object.entries(en)
    .filter(([k]) => SCREENS.some(([, wanted]) => wanted(k)))
    .map(([k, v]) => [k, v, counts(v)])
    .filter(([, , c]) => c.word >= 8)
    .map(([k, v, c]) => [k, v, grade(c)])
    .sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]))
    .slice(0, 10);
  lines.push('', '## The ten hardest texts', '', '| grade | key | text |', '|---|---|---|');
  for (const [k, v, g] of hardest) lines.push(`| ${g.toFixed(1)} | \`${k}\` | ${v.replaceAll('|', '\\|')} |`);
  return `${lines.join('\n')}\n`;
}

if (process.argv.includes('--write')) {
  writeFileSync(REPORT, report());
} else {
  test('docs/readability.md reports the English as it is now', () => {
    assert.equal(readFileSync(REPORT, 'utf8'), report(), 'run `node tests/readability.test.mjs --write` and commit docs/readability.md');
  });
}
