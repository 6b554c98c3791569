import { extensionApi } from '@/utils/extension-api';
import { follow } from './actions';
import * as state from './state';

/**
 * The side panel stays open while the user moves between tabs and pages, so it reads again
 * when another tab is chosen in its window, when the tab shown finishes loading a page, and
 * when the user comes back to the panel (LinkedIn moves between profiles without a page load,
 * and the tab's address is not ours to watch: no `tabs` permission).
 */
export function followTheTab(): void {
  void extensionApi().windows.getCurrent().then(({ id: windowId }) => {
    extensionApi().tabs.onActivated.addListener((active) => {
      if (active.windowId === windowId) void follow();
    });
  });
  extensionApi().tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === state.tabId.value && change.status === 'complete') void follow();
  });
  window.addEventListener('focus', () => void follow());
}
