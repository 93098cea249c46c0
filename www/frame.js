// The isolated-mode frame page: mounts one <redflag-check> with the options the host put in the
// address fragment, and talks to the host page with exactly three messages, all sent only to the
// host's own origin: the height of the content, whether the widget shows its Exit (so the host's
// Shift key and keyboard exit link follow it), and a request to leave.

// Before anything else is loaded: the frame's policy, naming the origin this file came from
// (see frame.html). frame.html's own policy stays too, so both must allow every later request.
const origin = new URL(import.meta.url).origin;
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; style-src ${origin}; connect-src ${origin}; img-src data:; base-uri 'none'; form-action 'none'`;
document.head.append(policy);

const { leaveThroughHost, markForSessionReplay } = await import('./redflag.js');

const OPTIONS = ['lang', 'languages', 'country', 'destination', 'pathway', 'variant', 'exit-url', 'theme', 'learn'];
const params = new URLSearchParams(location.hash.slice(1));

let host = null;
try {
  const url = new URL(params.get('host') ?? '');
  if (url.protocol === 'https:' || url.protocol === 'http:') host = url.origin;
} catch {
  // No valid host origin: this page was opened on its own, and sends nothing.
}

function send(message) {
  if (host && window.parent !== window) window.parent.postMessage(message, host);
}

leaveThroughHost(
  () => send({ type: 'redflag-exit' }),
  (shown) => send({ type: 'redflag-exit-shown', shown }),
);

// The frame's own document is marked too, for a recorder that might ever run inside it.
markForSessionReplay(document.body);

const element = document.createElement('redflag-check');
for (const name of OPTIONS) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
document.body.append(element);

new ResizeObserver(() => send({ type: 'redflag-size', height: document.documentElement.scrollHeight })).observe(
  document.body,
);
