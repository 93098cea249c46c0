// Markers that session-replay tools honour, so that they record neither the widget's text nor
// what the person does in it (see EMBEDDING.md for each vendor's documentation). They go on the
// host element and on every element the loader puts at the top of the shadow root: recorders
// that walk into an open shadow root look for a marker from the node upwards, and that walk
// stops at the shadow root, so a marker on the host alone does not cover the widget.

const REPLAY_CLASSES = [
  'rr-block', 'rr-ignore', 'rr-mask', // rrweb: not recorded; no input events; text masked
  'ph-no-capture', // PostHog
  'sentry-block', 'sentry-mask', 'sentry-ignore', // Sentry Session Replay
  'fs-exclude', // FullStory
  'dd-privacy-hidden', // Datadog
];
const REPLAY_ATTRIBUTES = [
  ['data-sentry-block', ''], // Sentry
  ['data-dd-privacy', 'hidden'], // Datadog
  ['data-private', ''], // LogRocket: the element, its children and their inputs
  ['data-openreplay-hidden', ''], // OpenReplay
  ['data-cs-mask', ''], // Contentsquare
  ['data-clarity-mask', 'true'], // Microsoft Clarity (masks; it has no marker that excludes)
  ['data-hj-suppress', ''], // Hotjar
];

/** Marks an element for session-replay tools; returns what takes the marks off again. */
export function markForSessionReplay(element) {
  const hadClass = element.hasAttribute('class');
  const classes = REPLAY_CLASSES.filter((name) => !element.classList.contains(name));
  const attributes = REPLAY_ATTRIBUTES.filter(([name]) => !element.hasAttribute(name));
  element.classList.add(...classes);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  return () => {
    element.classList.remove(...classes);
    if (!hadClass && element.classList.length === 0) element.removeAttribute('class');
    for (const [name] of attributes) element.removeAttribute(name);
  };
}

/**
 * Puts `nodes` at the top of the widget's shadow root, each marked for session-replay tools
 * before it goes in, so that no recorder sees it unmarked even for one mutation.
 */
export function showInShadow(record, ...nodes) {
  for (const node of nodes) markForSessionReplay(node);
  record.shadow.replaceChildren(...nodes);
}
