import { defineExtensionMessaging } from '@webext-core/messaging';

/**
 * What the popup asks the content script on a LinkedIn tab.
 * One definition, imported by both sides, so a change of shape is a type error on both.
 */
export interface PageProtocol {
  /** Read the profile the tab shows now (LinkedIn swaps profiles without a page load). */
  readProfile(): PageReading;
}

export interface PageReading {
  /** The address the tab is at when it answered. */
  url: string;
}

export const pageMessaging = defineExtensionMessaging<PageProtocol>();
