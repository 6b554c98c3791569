import { browser } from 'wxt/browser';
import type { Shelf } from '@/utils/store/transfer/backup';

/**
 * The backup's shelf in the extension's own storage (storage.local), which the browser keeps
 * apart from the site storage IndexedDB lives in. Seen 2026-12-02 in Chromium: after a write
 * failed on a full disk, it deleted the extension's whole site storage, IndexedDB and the
 * origin-private file system alike; storage.local stayed.
 */
export function extensionShelf(): Shelf {
  const local = () => browser.storage.local;
  return {
    async read(name) {
      const found = (await local().get(name))[name];
      return typeof found === 'string' ? found : undefined;
    },
    write: (name, text) => local().set({ [name]: text }),
    remove: (name) => local().remove(name),
  };
}
