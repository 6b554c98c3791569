import { extensionRuntime } from '@/utils/extension-runtime';
import { answering, requestOf } from './wire';

/** The part of the content script's context this needs (WXT's type, or ours in the build: utils/reader-context.ts). */
interface Running {
  readonly isValid: boolean;
  onInvalidated(stop: () => void): unknown;
}

export interface PageWatch {
  /** Quiet time after the last DOM change before reading again (LinkedIn renders in bursts). */
  settle: number;
  /** Called on every DOM change, before the quiet time: what was read may be stale now. */
  onChange?: () => void;
  /** Reads the page again, once the changes have settled. */
  read: () => void;
  /** The one request the extension may ask this script, and its answer. */
  request: string;
  answer: () => unknown;
}

/**
 * What each of our content scripts does around its reading: LinkedIn is a single-page app, so
 * the page is read again once its DOM changes settle; the extension's one request is answered
 * (only while this copy is the running one); and everything stops when the extension is
 * reloaded or removed. Nothing here touches the page but a MutationObserver.
 */
export function watchPage(ctx: Running, watch: PageWatch): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (!ctx.isValid) return;
    watch.onChange?.();
    clearTimeout(timer);
    timer = setTimeout(() => ctx.isValid && watch.read(), watch.settle);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  const onMessage = answering((message) => (ctx.isValid && requestOf(message)?.type === watch.request ? watch.answer() : undefined));
  const runtime = extensionRuntime();
  runtime?.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    runtime?.onMessage.removeListener(onMessage);
  });
}
