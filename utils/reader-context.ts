import { extensionRuntime } from './extension-runtime';

// Where running copies of our content scripts are kept: a global of the content script's own
// (isolated) world, which the page's scripts cannot see or reach.
const running = Symbol.for('mentor-outreach:content-scripts');
type Copies = Record<string, ContentScriptContext>;

/**
 * Stands in for WXT's ContentScriptContext in the build (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here). WXT's announces every start to the page, with a
 * window message and a document event named after the extension id, and stops when the page
 * sends that event: any LinkedIn script could read our id or switch the reader off (issues
 * #19, #20). This one keeps only what the extension itself controls: a newer copy of a content
 * script retires the older one through the isolated world's own global, and a copy ends when
 * its extension is reloaded or removed. It sends nothing to the page and listens to nothing
 * from it.
 */
export class ContentScriptContext {
  readonly #controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    const scope = globalThis as { [running]?: Copies };
    const copies = (scope[running] ??= {});
    copies[contentScriptName]?.abort('A newer copy of this content script started');
    copies[contentScriptName] = this;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  /** False once a newer copy took over, or the extension was reloaded or removed. */
  get isValid(): boolean {
    if (extensionRuntime()?.id == null) this.abort('The extension was reloaded or removed');
    return !this.signal.aborted;
  }

  get isInvalid(): boolean {
    return !this.isValid;
  }

  /** Runs `callback` when this copy ends; returns a function that forgets it. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }
}
