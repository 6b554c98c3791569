import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A saved LinkedIn page parsed as a browser parses it. jsdom builds the tree with parse5, the
 * HTML standard's parsing algorithm, so nested anchors and stray end tags land where Chromium
 * puts them (happy-dom closed <main> early on 2024 Ember pages and lost whole sections).
 * Scripts never run and nothing is fetched; CSS warnings are not printed.
 */
export function savedPage(html: string): Document {
  return new JSDOM(html, { url: 'https://www.linkedin.com/', virtualConsole: new VirtualConsole() }).window.document;
}

/** Parses a saved page (as `savedPage`) and hands its Document to `use`, then frees the window. */
export async function withSavedPage<T>(html: string, use: (doc: Document) => T): Promise<T> {
  const doc = savedPage(html);
  try {
    return use(doc);
  } finally {
    doc.defaultView?.close();
  }
}
