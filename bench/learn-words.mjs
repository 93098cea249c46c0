// Counts the words a reader of learn mode is shown, story by story, as rendered in the browser:
// the title, the story, the question, every choice and, after "Check my answers", the feedback
// for every choice. Run against a served dist/ (cargo xtask serve):
//
//   REDFLAG_BASE_URL=http://127.0.0.1:8080/ node bench/learn-words.mjs
//
// Reading minutes follow from a reading rate; docs/learn.md gives the figures and the rates.

import { readFileSync } from 'node:fs';
import { openPage, widget, BASE_URL } from '../tests/e2e/browser.mjs';

const { context, page } = await openPage();
try {
  await page.route(new URL('words.html', BASE_URL).href, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${BASE_URL}redflag.js"></script></head>
<body><redflag-check lang="en" country="TH" pathway="learn"></redflag-check></body></html>`,
    }),
  );
  await page.goto(new URL('words.html', BASE_URL).href);
  const w = widget(page);
  await w.locator('.rf-audience[data-audience="all"]').click();
  const perAudience = {};
  let total = 0;
  const rows = [];
  for (let i = 0; i < 100 && (await w.locator('.rf-learn').count()); i += 1) {
    await w.locator('.rf-learn-check').click();
    const { id, words } = await w.locator('.rf-learn').evaluate((section) => {
      // What is on screen: the sources stay folded away unless the reader opens them.
      const text = [...section.querySelectorAll('h2, .rf-story, legend, .rf-choice')]
        .map((e) => e.innerText)
        .join(' ');
      return { id: section.dataset.story, words: text.split(/\s+/).filter(Boolean).length };
    });
    rows.push([id, words]);
    total += words;
    await w.locator('.rf-learn-next').click();
  }
  const { scenarios } = JSON.parse(readFileSync(new URL('../content/learn.json', import.meta.url), 'utf8'));
  for (const [id, words] of rows) {
    const audience = scenarios.find((s) => s.id === id).audience;
    perAudience[audience] = (perAudience[audience] ?? 0) + words;
    console.log(`${id.padEnd(18)} ${audience.padEnd(10)} ${String(words).padStart(5)} words`);
  }
  console.log(JSON.stringify({ stories: rows.length, total, perAudience }));
} finally {
  await context.close();
}
