import { browser } from 'wxt/browser';
import { chromeSidePanel } from '@/utils/side-panel';

/**
 * The keyboard shortcut (Alt+Shift+M) opens the side panel in the window it was pressed in.
 * Chrome only: Firefox opens its sidebar through the reserved `_execute_sidebar_action`.
 * Registered at start-up, with the worker's other listeners.
 */
export function openBesideThePageOnShortcut(): void {
  const sidePanel = chromeSidePanel();
  if (!sidePanel) return;
  browser.commands.onCommand.addListener((command, tab) => {
    // Called at once, inside the key press: the side panel opens only in answer to the user.
    if (command === 'beside-the-page' && tab?.windowId !== undefined) void sidePanel.open({ windowId: tab.windowId });
  });
}
