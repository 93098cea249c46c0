// Where the person most likely is, found without the wasm for the fallback: the same rule as
// the widget's (redflag-core: config/mod.rs, and locale.rs for the languages), checked against the
// same table of cases (tests/data/country-guess.json) by the Rust and the JavaScript tests.
// The fallback shows no home country's lines, so the widget's home guess has no twin here.

/** A two-letter code, upper case, or null. */
function code(value) {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return /^[A-Za-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : null;
}

/**
 * The country to show help for: the host's `destination`, else its `country`, else the time
 * zone's, else the first explicit region among the languages ("my-MM"), else the first likely
 * region the browser knows for them ("vi" → VN). Only countries `covered` knows count.
 *
 * @param {{destination?: string, country?: string, timeZone?: string, languages?: string[]}} where
 * @param {(code: string) => boolean} covered
 * @param {Record<string, string>} zones IANA time zone → country
 * @param {(tag: string) => string | null} likelyRegion the browser's likely-subtags data
 */
export function guessCountry(where, covered, zones, likelyRegion) {
  const known = (c) => (c && covered(c) ? c : null);
  const host = known(code(where.destination)) ?? known(code(where.country));
  if (host) return host;
  const zone = known(zones[where.timeZone] ?? null);
  if (zone) return zone;
  const languages = where.languages ?? [];
  const explicit = languages
    .map((tag) => tag.split(/[-_]/).slice(1).find((part) => /^[A-Za-z]{2}$/.test(part)))
    .find(Boolean);
  const likely = () => languages.map((tag) => likelyRegion(tag)).find(Boolean) ?? null;
  const fromLanguages = explicit ? code(explicit) : code(likely());
  return known(fromLanguages);
}
