// Code passed to worker.evaluate()/page.evaluate() runs inside the extension, where the
// browser provides `chrome`; this lets tsc check it against the extension API's types.
declare const chrome: typeof import('wxt/browser').browser;
