// Reads a language pack file as the widget's build writes it (redflag-content's `Pack::encode`),
// so the loader can draw the first screen in that language before the wasm is there. The first
// two bytes (big-endian) name the encoding: 0 is UTF-8, 0xFFFF UTF-16 (little-endian), any other
// n a code page of the 128 characters from U+(n × 128): a byte under 0x80 is ASCII, a byte from
// 0x80 up is the page's character, and 0x01 comes before one other character in UTF-8.

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
  const start = header * 128;
  const utf8 = new TextDecoder();
  const units = [];
  for (let i = 0; i < body.length; ) {
    const byte = body[i];
    if (byte === ESCAPE) {
      const length = utf8Length(body[i + 1]);
      for (const c of utf8.decode(body.subarray(i + 1, i + 1 + length))) units.push(c.codePointAt(0));
      i += 1 + length;
    } else {
      units.push(byte < 0x80 ? byte : start + byte - 0x80);
      i += 1;
    }
  }
  let text = '';
  for (let i = 0; i < units.length; i += 4096) text += String.fromCodePoint(...units.slice(i, i + 4096));
  return text.split('\0');
}
