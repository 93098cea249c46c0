// The widget's WebAssembly and its JavaScript glue: requested once per page, when the first
// widget needs them (at once for the full variant; for the compact card, once the host page has
// loaded), never later and never because of something the person does.

let core = null;

/** The glue, from the loader's own folder. */
const importGlue = () => import('./redflag-core.js');

/** The glue's exports, once the wasm is compiled and instantiated. */
export function loadCore() {
  core ??= importGlue().then(async (glue) => {
    await glue.default({ module_or_path: new URL('./redflag-core_bg.wasm', import.meta.url) });
    return glue;
  });
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
}).then(
  () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, 200);
    }),
);
