import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, forgetDatabase } from '@/entrypoints/background/database-connection';
import { syncNudges } from '@/entrypoints/background/nudges';
import { saveContact } from '@/utils/store/contacts/contacts';
import { profileOf } from '../store/made-up';

// Run by vitest.firefox.config.ts only: the worker as built for Firefox (MV2), where the
// toolbar button is browserAction and notifications carry no buttons.
const day = 86_400_000;
const monday = Date.UTC(2026, 4, 4, 8);
const clockAt = (now: number) => ({ now, timeZone: 'Europe/Berlin', locale: 'en-GB' });

const chromeToolbar = fakeBrowser.action;
beforeEach(async () => {
  fakeBrowser.reset();
  // Firefox MV2 has no `action`; its toolbar button is `browserAction`, with the same calls.
  Object.assign(fakeBrowser, { action: undefined, browserAction: chromeToolbar });
  globalThis.indexedDB = new IDBFactory();
  forgetDatabase();
  await saveContact(await database(), { profile: profileOf('amara-example') }, clockAt(monday));
});
afterEach(() => {
  Object.assign(fakeBrowser, { action: chromeToolbar });
});

describe('nudges in the Firefox build', () => {
  it('is the Firefox flavour of the code', () => {
    expect(import.meta.env.FIREFOX).toBe(true);
    expect(import.meta.env.MANIFEST_VERSION).toBe(2);
  });

  it('a due follow-up shows its notification without the buttons Firefox cannot show', async () => {
    await syncNudges(await database(), clockAt(monday + 7 * day));
    const shown = Object.values(await fakeBrowser.notifications.getAll());
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ title: 'Time for a gentle check-in' });
    expect(shown[0]).not.toHaveProperty('buttons');
  });

  it('counts what is due on the toolbar button through browserAction', async () => {
    await syncNudges(await database(), clockAt(monday + 7 * day));
    expect(await chromeToolbar.getBadgeText({})).toBe('1');
  });
});
