// Writes content/emergency.json: the emergency numbers of every region libphonenumber knows,
// read from its short-number metadata (google-libphonenumber, Apache-2.0). The services of the
// numbers come from content/emergency_services.json where the research named them; elsewhere a
// number is a general "emergency" number. Run with `cargo xtask generate emergency`.
//
// content/emergency_services.json also holds the numbers added by hand: ones libphonenumber does
// not call emergency numbers but a source does (Myanmar's fire service 191, for example). Each is
// marked "libphonenumber_unlisted": true and cites its own "source" ({ title, url, published });
// they are kept, in their place in the country's list, every time this runs. The run stops when
// one has no source, or when libphonenumber lists it now (then remove the mark and the source).

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { PhoneNumberUtil, ShortNumberInfo } = require('google-libphonenumber');
const { version } = require('google-libphonenumber/package.json');

const root = new URL('../', import.meta.url);
const util = PhoneNumberUtil.getInstance();
const short = ShortNumberInfo.getInstance();
const curated = JSON.parse(readFileSync(new URL('content/emergency_services.json', root), 'utf8'));
const named = new Map(curated.countries.map((c) => [c.code, c.emergency]));

/**
 * Every 2- to 4-digit string libphonenumber calls an emergency number in `region`, or, where
 * there is none that short, every 5-digit one (Namibia's 10111).
 */
function emergencyNumbers(region) {
  const found = [];
  for (const length of [2, 3, 4, 5]) {
    if (length === 5 && found.length > 0) break;
    for (let n = 0; n < 10 ** length; n += 1) {
      const digits = String(n).padStart(length, '0');
      if (short.isEmergencyNumber(digits, region)) found.push(digits);
    }
  }
  return found;
}

/** A number added by hand, as emergency.json holds it; stops the run if it cannot be kept. */
function addedByHand(code, entry, numbers) {
  const where = `content/emergency_services.json: ${code}: ${entry.number}`;
  const { title, url, published } = entry.source ?? {};
  if (!title || !url || !published) {
    throw new Error(`${where} is added by hand ("libphonenumber_unlisted") but cites no source (title, url, published)`);
  }
  if (numbers.includes(entry.number)) {
    throw new Error(`${where} is an emergency number to libphonenumber now: remove "libphonenumber_unlisted" and its source`);
  }
  return { service: entry.service, number: entry.number, libphonenumber_unlisted: true, source: { title, url, published } };
}

const countries = [];
for (const code of util.getSupportedRegions().sort()) {
  const numbers = emergencyNumbers(code);
  let emergency;
  if (named.has(code)) {
    // The research named these services: keep the numbers libphonenumber confirms and the ones
    // added by hand from their own sources, in the order the file gives.
    emergency = named
      .get(code)
      .filter((e) => e.libphonenumber_unlisted || numbers.includes(e.number))
      .map((e) => (e.libphonenumber_unlisted ? addedByHand(code, e, numbers) : { service: e.service, number: e.number }));
  } else {
    // Prefer the short common numbers; a longer one only where no 2- or 3-digit number exists.
    const common = numbers.filter((n) => n.length <= 3);
    emergency = (common.length ? common : numbers).map((number) => ({ service: 'emergency', number }));
  }
  if (emergency.length === 0) continue;
  countries.push({ code, emergency });
}

const out = {
  source: {
    title: `libphonenumber short-number metadata (google-libphonenumber ${version}), ShortNumberInfo.isEmergencyNumber`,
    url: 'https://github.com/google/libphonenumber/blob/master/resources/ShortNumberMetadata.xml',
    published: version,
    checked: '2026-11-29',
  },
  countries,
};
writeFileSync(new URL('content/emergency.json', root), `${JSON.stringify(out, null, 1)}\n`);
console.error(`content/emergency.json: ${countries.length} regions`);

// Every country in the directory needs an English name for browsers without the data; the
// names come from the browser engine's own CLDR data (Unicode licence), and a name already in
// the file is never overwritten.
const textFile = new URL('content/text/en.json', root);
const text = JSON.parse(readFileSync(textFile, 'utf8'));
const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
let added = 0;
for (const { code } of countries) {
  const key = `country.${code}`;
  if (text[key]) continue;
  const name = english.of(code);
  if (!name) throw new Error(`no English name for ${code}`);
  text[key] = name;
  added += 1;
}
writeFileSync(textFile, `${JSON.stringify(text, null, 2)}\n`);
console.error(`content/text/en.json: ${added} country names added`);
