import type { Profile } from '@/utils/linkedin/profile';
import { defineExtensionMessaging } from '@webext-core/messaging';

/**
 * What the popup asks the content script on a LinkedIn tab.
 * One definition, imported by both sides, so a change of shape is a type error on both.
 */
export interface PageProtocol {
  /** Read the profile the tab shows now (LinkedIn swaps profiles without a page load). */
  readProfile(): PageReading;
}

/**
 * The content script's answer: the address the tab is at now, and the profile read from it
 * (absent while the page is not a profile or has not rendered one yet).
 */
export interface PageReading {
  url: string;
  profile?: Profile;
}

export const pageMessaging = defineExtensionMessaging<PageProtocol>();
