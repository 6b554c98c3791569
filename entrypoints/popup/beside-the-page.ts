import { extensionApi } from '@/utils/extension-api';
import { chromeSidePanel } from '@/utils/side-panel';

/**
 * "Keep it beside the page": opens the side panel (Chrome) or the sidebar (Firefox) with the
 * same drafting view. Both browsers allow it only inside the user's click, so it is called
 * first thing, before anything is awaited. Says whether it opened.
 */
export async function openBesideThePage(tabId: number | undefined): Promise<boolean> {
  const sidePanel = chromeSidePanel();
  // Firefox's sidebar; absent in Chrome, whatever the polyfill's types say.
  const sidebar = (extensionApi() as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  try {
    if (sidePanel && tabId !== undefined) await sidePanel.open({ tabId });
    else if (sidebar) await sidebar.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}
