// Starts the bare yew counter, the benchmark's framework floor.
import init from './counter/counter.js';

init({ module_or_path: new URL('./counter/counter_bg.wasm', import.meta.url) });
