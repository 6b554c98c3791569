/**
 * The one way the extension's parts talk: a request is `{ request, data }` and the answer is the
 * handler's value itself. Pages, the worker, the content scripts and the tests all build and
 * read it here; this module needs no extension API, so the content scripts stay small.
 */

/** The data a request of a protocol takes (a method's one parameter; undefined for none). */
export type DataOf<F> = F extends () => unknown ? undefined : F extends (data: infer D) => unknown ? D : never;
/** What a request of a protocol is answered with. */
export type ReplyOf<F> = F extends (...args: never[]) => infer R ? R : never;

export interface WireRequest<T extends string = string> {
  request: T;
  data?: unknown;
}

export function requestFor<T extends string>(type: T, data?: unknown): WireRequest<T> {
  return data === undefined ? { request: type } : { request: type, data };
}

/** A request of ours, or undefined for anything else (which is left unanswered). */
export function requestOf(message: unknown): { type: string; data: unknown } | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { request, data } = message as Record<string, unknown>;
  return typeof request === 'string' ? { type: request, data } : undefined;
}

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

/**
 * An onMessage listener that answers messages with `answer` (undefined: not answered here;
 * `answer` reads the message with requestOf, or the worker's pageRequest).
 * It answers through sendResponse, which Chrome and Firefox both honour without
 * webextension-polyfill (Chrome ignores a listener's returned promise).
 */
export function answering(answer: (message: unknown) => unknown): Listener {
  return (message, _sender, sendResponse) => {
    const reply = answer(message);
    if (reply === undefined) return false;
    if (!(reply instanceof Promise)) {
      sendResponse(reply);
      return false;
    }
    reply.then(sendResponse, (error: unknown) => {
      console.error(`Could not answer ${requestOf(message)?.type}:`, error);
      sendResponse(undefined);
    });
    return true;
  };
}
