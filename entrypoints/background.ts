import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  // Listeners are registered synchronously here: the browser stops the worker at any
  // time and only wakes it for events whose listeners exist at start-up.
  browser.runtime.onInstalled.addListener(() => {
    // Contacts, follow-ups and the nudge alarm are wired here as they land.
  });
});
