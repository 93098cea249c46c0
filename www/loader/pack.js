// Reads a language pack file as the widget's build writes it (redflag-content's `Pack::encode`),
// so the loader can draw the first screen in that language before the wasm is there. The first
// two bytes (big-endian) name the encoding: 0 is UTF-8, 0xFFFF UTF-16 (little-endian), 0xFFFE a
// code page listed in the file (a byte giving the number of its characters, then each in UTF-8),
// any other n the code page of the 128 characters from U+(n × 128). With a code page, a byte
// under 0x80 is ASCII, a byte from 0x80 up is the page's character, and 0x01 comes before one
// other character in UTF-8.

const ESCAPE = 0x01;

function utf8Length(lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xe0) return 2;
  if (lead < 0xf0) return 3;
  return 4;
}

/** The pack's strings, in the order of the sorted English keys ('' where English shows). */
export function packStrings(buffer) {
  const bytes = new Uint8Array(buffer);
  const header = (bytes[0] << 8) | bytes[1];
  const body = bytes.subarray(2);
  if (header === 0) return new TextDecoder().decode(body).split('\0');
  if (header === 0xffff) return new TextDecoder('utf-16le').decode(body).split('\0');
  const utf8 = new TextDecoder();
  // The page's characters, as code points.
  let page;
  let i = 0;
  if (header === 0xfffe) {
    page = [];
    for (i = 1; page.length < body[0]; i += utf8Length(body[i])) page.push(utf8.decode(body.subarray(i, i + utf8Length(body[i]))).codePointAt(0));
  } else {
    page = Array.from({ length: 128 }, (_, n) => header * 128 + n);
  }
  const units = [];
  while (i < body.length) {
    const byte = body[i];
    if (byte === ESCAPE) {
      const length = utf8Length(body[i + 1]);
      for (const c of utf8.decode(body.subarray(i + 1, i + 1 + length))) units.push(c.codePointAt(0));
      i += 1 + length;
    } else {
      units.push(byte < 0x80 ? byte : page[byte - 0x80]);
      i += 1;
    }
  }
  let text = '';
  for (let i = 0; i < units.length; i += 4096) text += String.fromCodePoint(...units.slice(i, i + 4096));
  return text.split('\0');
}
