import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// The unit-test environment the later features rely on: a DOM, IndexedDB and a fake browser.
describe('unit-test environment', () => {
  it('has IndexedDB (fake-indexeddb) for the store', async () => {
    const db = await openDB('environment-check', 1, {
      upgrade: (database) => database.createObjectStore('things'),
    });
    await db.put('things', { ok: true }, 'a');
    expect(await db.get('things', 'a')).toEqual({ ok: true });
    db.close();
  });

  it('has a fake extension API whose alarms can be inspected', async () => {
    await fakeBrowser.alarms.create('check', { when: 1000 });
    expect((await fakeBrowser.alarms.get('check'))?.scheduledTime).toBe(1000);
  });

  it('parses LinkedIn markup with happy-dom', () => {
    const doc = new DOMParser().parseFromString('<main><h1> Amara </h1></main>', 'text/html');
    expect(doc.querySelector('main h1')?.textContent?.trim()).toBe('Amara');
  });
});
