import { profileUrl } from './profile-url';
import { messaging } from './selectors';

/** What a conversation on screen says of who wrote last (issue 17). Only what is shown; nothing else is asked. */
export interface ThreadReading {
  /** The other person's canonical profile address. */
  with: string;
  name?: string;
  /** Who wrote the last message on screen. */
  lastFrom: 'them' | 'me';
  /** When, as the page words it: the day heading above it ("Today", "Nov 28") and its time ("2:14 PM"). */
  day?: string;
  time?: string;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

/** The last element matching `selector` in `scope` that comes before `el` in the document. */
function lastBefore(scope: Element, selector: string, el: Element): Element | undefined {
  let found: Element | undefined;
  for (const candidate of scope.querySelectorAll(selector)) {
    if (candidate === el || el.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    found = candidate;
  }
  return found;
}

function readOne(scope: Element, origin: string): ThreadReading | undefined {
  const link = scope.querySelector(messaging.correspondent);
  const address = profileUrl(new URL(link?.getAttribute('href') ?? '', origin).href);
  if (!address.ok) return undefined;
  const items = scope.querySelectorAll(`${messaging.event} ${messaging.item}`);
  const last = items[items.length - 1];
  if (!last) return undefined;
  const time = last.querySelector(messaging.time) ?? lastBefore(scope, messaging.time, last);
  const day = lastBefore(scope, messaging.dayHeading, last);
  const name = text(scope.querySelector(messaging.correspondentName));
  return {
    with: address.url,
    ...(name && { name }),
    lastFrom: last.classList.contains(messaging.fromThem) ? 'them' : 'me',
    ...(text(day) && { day: text(day) }),
    ...(text(time) && { time: text(time) }),
  };
}

/**
 * Reads the conversations a messaging page shows: the thread view and any open overlay chat,
 * each with the person it is with and who wrote last. Reads only what is in the document.
 */
export function readThreads(doc: Document, origin = 'https://www.linkedin.com'): ThreadReading[] {
  const readings: ThreadReading[] = [];
  for (const scope of doc.querySelectorAll(`${messaging.thread}, ${messaging.overlay}`)) {
    // A thread view nested in another matched wrapper is read once, at its outermost wrapper.
    if (scope.parentElement?.closest(`${messaging.thread}, ${messaging.overlay}`)) continue;
    const reading = readOne(scope, origin);
    if (reading) readings.push(reading);
  }
  return readings;
}
