/** Chrome's side panel API (Chrome 114+), which webextension-polyfill does not describe. */
export interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

/** Chrome's side panel, or undefined where there is none (Firefox has its sidebar instead). */
export function chromeSidePanel(): ChromeSidePanel | undefined {
  return (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
}
