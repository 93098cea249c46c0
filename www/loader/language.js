// Which languages a widget offers and which it shows first, decided without the wasm: the
// loader draws the compact card in it and fetches the language packs alongside the wasm. The
// same rule as the widget's (redflag-core: config/languages.rs and locale.rs), checked
// against the same table of cases (tests/data/language-choice.json) by the Rust and the
// JavaScript tests.

/** The shipped languages, in the order of content/text/languages.json (a test holds them equal). */
export const SHIPPED = ['en', 'th', 'vi', 'id', 'ms', 'fil', 'km', 'lo', 'my', 'zh', 'ar'];

// Tags that browsers and people use for a language shipped under another tag (locale.rs).
const ALIASES = { tl: 'fil', in: 'id', 'zh-cn': 'zh', 'zh-sg': 'zh', 'zh-hans': 'zh', 'zh-hans-cn': 'zh', zsm: 'ms', mya: 'my' };

function matchOne(tag, available) {
  const wanted = String(tag ?? '').trim().replaceAll('_', '-').toLowerCase();
  if (!wanted) return null;
  const find = (t) => available.find((a) => a.toLowerCase() === t) ?? null;
  const exact = find(wanted) ?? (ALIASES[wanted] ? find(ALIASES[wanted]) : null);
  if (exact) return exact;
  // Traditional Chinese must not fall back to the Simplified text.
  if (wanted.startsWith('zh-hant') || ['zh-tw', 'zh-hk', 'zh-mo'].includes(wanted)) return null;
  const primary = wanted.split('-')[0];
  return find(ALIASES[primary] ?? primary);
}

/** The first of `requested` that one of `available` can serve. */
export function negotiate(requested, available) {
  for (const tag of requested) {
    const found = matchOne(tag, available);
    if (found) return found;
  }
  return null;
}

export const present = (value) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The languages a widget offers (config/languages.rs `offered_languages`). */
export function offeredLanguages(options, browserLanguages) {
  const list = present(options.languages);
  if (!list) {
    if (present(options.variant) !== 'compact') return SHIPPED;
    const asked = [present(options.lang), ...browserLanguages]
      .filter(Boolean)
      .map((tag) => negotiate([tag], SHIPPED))
      .filter(Boolean);
    return SHIPPED.filter((l) => l === 'en' || asked.includes(l));
  }
  const named = list
    .split(/[ ,]/)
    .filter(Boolean)
    .map((tag) => negotiate([tag], SHIPPED))
    .filter(Boolean);
  const offered = SHIPPED.filter((l) => named.includes(l));
  return offered.length ? offered : SHIPPED;
}

/** The language a widget shows first (config/languages.rs `language_for`). */
export function languageFor(options, browserLanguages) {
  const available = offeredLanguages(options, browserLanguages);
  const lang = present(options.lang);
  return (lang && negotiate([lang], available)) ?? negotiate(browserLanguages, available) ?? available[0] ?? 'en';
}

