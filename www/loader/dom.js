// The loader's own markup and styles: what shows before the wasm runs and when it cannot, and the
// widget's stylesheet (src/ui/style.css, minified and bundled as text by `cargo xtask dist`),
// adopted here so that the card the loader draws looks as the widget's own will.

import WIDGET_CSS from 'redflag-widget-css';

const LOADER_CSS = `
:host { display: block !important; }
:host([hidden]) { display: none !important; }
[hidden] { display: none !important; }
/* The compact card reserves its height before the wasm draws it, so the page does not shift. */
:host([variant="compact"]) { min-height: 12rem; }
@media (max-width: 48rem) { :host([variant="compact"]) { min-height: 13rem; } }
@media (max-width: 30rem) { :host([variant="compact"]) { min-height: 16rem; } }
.rf-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important;
  margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important; }
/* The quick exit hides the whole page; the loader's status region stays in the accessibility
   tree, so "Leaving this page" is still read out. */
.rf-exit-status { visibility: visible !important; }
.rf-fallback { font-family: system-ui, sans-serif; line-height: 1.6; padding: 0.5rem 1rem; color: #1b1b1f; background: #fff; }
.rf-fallback a { color: #0b57a4; font-weight: 700; }
.rf-fallback-exit { display: inline-flex; align-items: center; min-height: 2.75rem; padding: 0.5rem 1.25rem; color: #fff !important;
  background: #b3261e; text-decoration: none; border-radius: 0.25rem; }
.rf-fallback ul { list-style: none; padding: 0; }
.rf-shift { position: sticky; top: 0; z-index: 20; height: 0; overflow: visible; }
.rf-shift-dots { position: absolute; inset-inline-end: 1rem; top: 0.25rem; display: flex; gap: 0.25rem;
  padding: 0.25rem 0.5rem; border-radius: 1rem; background: #1b1b1f; }
.rf-shift-dots span { width: 0.75rem; height: 0.75rem; border-radius: 50%; border: 2px solid #fff; }
.rf-shift-dots span.rf-on { background: #fff; }
.rf-frame { display: block; width: 100%; min-height: 24rem; border: 0; }
@media (forced-colors: active) { .rf-shift-dots span.rf-on { background: CanvasText; } }
@media print { .rf-fallback-exit, .rf-shift { display: none !important; } }
`;

let sheets = null;

/**
 * Adds the loader's and the widget's stylesheets to a shadow root: constructed stylesheets, one
 * each for the whole page, so a host CSP without 'unsafe-inline' allows them.
 */
export function adoptLoaderSheet(shadow) {
  if (!sheets) {
    sheets = [LOADER_CSS, WIDGET_CSS].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  }
  const missing = sheets.filter((sheet) => !shadow.adoptedStyleSheets.includes(sheet));
  if (missing.length) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, ...missing];
}

/** An element with attributes and children. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
