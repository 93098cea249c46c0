// Every number the widget shows, checked with libphonenumber (google-libphonenumber, a
// development dependency only): international numbers are valid for their country, short codes
// are ones its short-number metadata knows (or are marked as sourced but unlisted), and every
// emergency number is one it calls an emergency number. Lists every problem at once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { PhoneNumberType, PhoneNumberUtil, ShortNumberInfo } = require('google-libphonenumber');
const util = PhoneNumberUtil.getInstance();
const short = ShortNumberInfo.getInstance();

const read = (path) => JSON.parse(readFileSync(new URL(`../content/${path}`, import.meta.url), 'utf8'));
const { lines } = read('hotlines.json');
const emergency = read('emergency.json');

function parse(number, region) {
  try {
    return util.parse(number, region);
  } catch {
    return null;
  }
}

test('every help-line number is valid for its country', () => {
  const problems = [];
  for (const line of lines) {
    for (const contact of line.contacts) {
      if (!['phone', 'sms', 'whatsapp', 'viber'].includes(contact.method)) continue;
      const where = `content/hotlines.json: ${line.id}: ${contact.display}`;
      const international = contact.e164 ?? (contact.dial.startsWith('+') ? contact.dial : null);
      if (international) {
        const number = parse(international, line.country);
        const valid = number && util.isValidNumber(number);
        if (contact.libphonenumber_unlisted) {
          if (valid) problems.push(`${where}: ${international} is known to libphonenumber now; remove "libphonenumber_unlisted"`);
        } else if (!number) {
          problems.push(`${where}: ${international} does not parse`);
        } else if (!valid) {
          problems.push(`${where}: ${international} is not a valid number; if the source is sure, mark the contact "libphonenumber_unlisted": true`);
        } else if (number.getCountryCode() !== util.getCountryCodeForRegion(line.country)) {
          // Numbers of one calling code can be shared (North American toll-free numbers are
          // "US" to libphonenumber but serve Canada too), so the calling code is what must match.
          problems.push(`${where}: ${international} has calling code +${number.getCountryCode()}, not that of ${line.country}`);
        } else if (!contact.dial.startsWith('+')) {
          const local = parse(contact.dial, line.country);
          if (!local || !util.isNumberMatch(local, number)) {
            problems.push(`${where}: ${contact.dial} dialled in ${line.country} is not ${international}`);
          }
        }
        continue;
      }
      const number = parse(contact.dial, line.country);
      if (!number) {
        problems.push(`${where}: ${contact.dial} does not parse`);
        continue;
      }
      const known = short.isValidShortNumberForRegion(number, line.country) || util.isValidNumberForRegion(number, line.country);
      if (!known && !contact.libphonenumber_unlisted) {
        problems.push(`${where}: libphonenumber does not know ${contact.dial} in ${line.country}; if the source is sure, mark the contact "libphonenumber_unlisted": true`);
      }
      if (known && contact.libphonenumber_unlisted) {
        problems.push(`${where}: ${contact.dial} is known to libphonenumber now; remove "libphonenumber_unlisted"`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

// Freephone, shared-cost, premium and universal access numbers outside North America connect
// only when dialled in their local form from inside the country; the widget's links use that
// form for them (`domestic_only`). North American toll-free numbers take +1 like any other.
const DOMESTIC_TYPES = [PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN, PhoneNumberType.PREMIUM_RATE];

test('every domestic-only number, and no other, is marked domestic_only', () => {
  const problems = [];
  for (const line of lines) {
    for (const contact of line.contacts) {
      if (!['phone', 'sms'].includes(contact.method) || !contact.e164 || contact.libphonenumber_unlisted) continue;
      const number = parse(contact.e164, line.country);
      if (!number) continue;
      const domestic = number.getCountryCode() !== 1 && DOMESTIC_TYPES.includes(util.getNumberType(number));
      if (domestic !== Boolean(contact.domestic_only)) {
        problems.push(
          `content/hotlines.json: ${line.id}: ${contact.display} ${domestic ? 'connects only from inside the country: mark it "domestic_only": true' : 'is not domestic-only: remove "domestic_only"'}`,
        );
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('every emergency number is one libphonenumber calls an emergency number, or one added by hand with its source', () => {
  const problems = [];
  for (const country of emergency.countries) {
    for (const { number, libphonenumber_unlisted: byHand, source } of country.emergency) {
      const listed = short.isEmergencyNumber(number, country.code);
      const where = `content/emergency.json: ${country.code}: ${number}`;
      if (byHand && listed) {
        problems.push(`${where} is an emergency number to libphonenumber now; remove "libphonenumber_unlisted" and its source in content/emergency_services.json`);
      } else if (byHand && !source?.url) {
        problems.push(`${where} is added by hand without a source`);
      } else if (!byHand && !listed) {
        problems.push(`${where} is not an emergency number there`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(emergency.countries.length >= 235);
});

test('no number is listed twice for one country', () => {
  const seen = new Map();
  const problems = [];
  for (const line of lines) {
    for (const contact of line.contacts) {
      const key = `${line.country} ${contact.method} ${contact.e164 ?? contact.dial}`;
      if (seen.has(key) && seen.get(key) !== line.id) problems.push(`${key}: in ${seen.get(key)} and ${line.id}`);
      seen.set(key, line.id);
    }
  }
  assert.deepEqual(problems, []);
});
