import { Window } from 'happy-dom';

/**
 * Parses a saved LinkedIn page with happy-dom and hands its Document to `use`. Scripts never
 * run and nothing is fetched: the page is only parsed, as the reader needs.
 */
export async function withSavedPage<T>(html: string, use: (doc: Document) => T): Promise<T> {
  const window = new Window({
    url: 'https://www.linkedin.com/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    return use(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}
