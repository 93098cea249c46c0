// "Pass it on": sharing the host page's address, and printing the sheet of signs and numbers.

import { isFramed } from './exit.js';

/**
 * Shares the host page's own address, nothing else: no query and no fragment, so no tracking
 * parameters and nothing the page keeps in its address go with it. Calls `done` with "shared",
 * "copied" or "failed".
 */
export async function shareCheck(done) {
  // In isolated mode this document is the frame, whose address is not one to pass on: the
  // person is asked to copy the page's address themselves.
  if (isFramed()) return done('failed');
  const url = `${location.origin}${location.pathname}`;
  if (navigator.share) {
    try {
      await navigator.share({ url });
      return done('shared');
    } catch (error) {
      if (error.name === 'AbortError') return done('shared');
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    done('copied');
  } catch {
    done('failed');
  }
}

// While the sheet prints, the page shows only this widget, which shows only its sheet and help
// (see style.css). The page's own printing is untouched.
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  [data-rf-printing], [data-rf-printing] * { visibility: visible !important; }
  [data-rf-printing] { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
}`;
let printRules = null;

/** Prints the sheet of one widget. */
export function printSheet(record) {
  if (!printRules) {
    printRules = new CSSStyleSheet();
    printRules.replaceSync(PRINT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, printRules];
  }
  record.element.setAttribute('data-rf-printing', '');
  window.addEventListener('afterprint', () => record.element.removeAttribute('data-rf-printing'), { once: true });
  window.print();
}
