// The host pages (and Chromium's flags) of the end-to-end tests, in one place for the Chromium
// suites (tests/e2e/, which serve them through Playwright's routing) and the WebDriver suites on every engine
// (tests/engines/, which serve them from their own server).

/**
 * A partner's page with one `<redflag-check>`: the loader from `base` (the folder that holds
 * dist/), the element with `attributes` and `children` (shown only if the widget cannot start),
 * `before` and `after` it inside `<main>`, and `head` for extra tags (a policy, a recorder).
 */
export function hostPage(attributes = '', { base, title = 'Host page', head = '', before = '', after = '', children = '' } = {}) {
  if (!base) throw new Error('hostPage needs the base address of dist/');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,">${head}
<script type="module" src="${new URL('redflag.js', base).href}"></script></head>
<body><main><h1>${title}</h1>${before}<redflag-check ${attributes}>${children}</redflag-check>${after}</main></body></html>`;
}

/** A neutral page to leave for (the quick exit's destination in tests). */
export const NEUTRAL_PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body><p>Neutral page</p></body></html>';

/** A host page's policy as strict as EMBEDDING.md asks of partners. */
export const STRICT_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'";

/** The same without 'wasm-unsafe-eval': WebAssembly may not run, the fallback shows. */
export const NO_WASM_POLICY = STRICT_POLICY.replace(" 'wasm-unsafe-eval'", '');

/** Chromium's flags in every suite: no background traffic, and no DNS at all, so that only the
 * local test server can be reached. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
