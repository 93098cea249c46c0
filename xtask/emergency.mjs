// Writes content/emergency.json: the emergency numbers of every region libphonenumber knows,
// read from its short-number metadata (google-libphonenumber, Apache-2.0). The services of the
// numbers come from content/emergency_services.json where the research named them; elsewhere a
// number is a general "emergency" number. Run with `cargo xtask generate emergency`.

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

const countries = [];
for (const code of util.getSupportedRegions().sort()) {
  const numbers = emergencyNumbers(code);
  if (numbers.length === 0) continue;
  let emergency;
  if (named.has(code)) {
    // The research named these services; keep only numbers libphonenumber confirms.
    emergency = named.get(code).filter((e) => numbers.includes(e.number));
  } else {
    // Prefer the short common numbers; a longer one only where no 2- or 3-digit number exists.
    const common = numbers.filter((n) => n.length <= 3);
    emergency = (common.length ? common : numbers).map((number) => ({ service: 'emergency', number }));
  }
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
