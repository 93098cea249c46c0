// The widget's WebAssembly and its JavaScript glue: requested once per page, when the first
// widget needs them (at once for the full variant; for the compact card, once the host page has
// loaded), never later and never because of something the person does.

let core = null;

/** The glue, from the loader's own folder. */
const importGlue = () => import('./redflag-core.js');

/** The next paint (or, in a hidden tab, which paints nothing, a short timer). */
const nextPaint = () =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });

/**
 * The wasm compiled: by the browser's streaming compiler, off the main thread, as it downloads
 * (from the bytes when the server does not say `application/wasm`).
 */
async function compileWasm() {
  const response = await fetch(new URL('./redflag-core_bg.wasm', import.meta.url));
  if (!response.ok) throw new Error(`HTTP ${response.status} fetching the wasm`);
  if (response.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/**
 * The glue's exports, once the wasm is compiled and instantiated. Compiling runs off the main
 * thread; instantiating is a task of its own after the next paint, so what the loader drew is
 * painted first.
 */
export function loadCore() {
  core ??= (async () => {
    const compiled = compileWasm();
    // Its failure is met below, once the glue is in; not an unhandled rejection meanwhile.
    compiled.catch(() => {});
    const glue = await importGlue();
    const module = await compiled;
    await nextPaint();
    await glue.default({ module_or_path: module });
    return glue;
  })();
  return core;
}

/**
 * Resolves once the host page has loaded (its own content, images and scripts come first) and
 * what the loader drew has been painted, so the page's largest paint is over before the wasm is
 * requested. A hidden tab paints nothing: then a short timer stands in for the paint.
 */
export const pageLoaded = new Promise((resolve) => {
  if (document.readyState === 'complete') resolve();
  else window.addEventListener('load', () => resolve(), { once: true });
}).then(nextPaint);
