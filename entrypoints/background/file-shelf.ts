import type { Shelf } from '@/utils/store/backup';

const notFound = (error: unknown) => error instanceof DOMException && error.name === 'NotFoundError';

/**
 * The backup's shelf in the origin-private file system: no permission needed, and a file
 * written through createWritable replaces the old one only once it is complete, so a write
 * that fails on a full disk leaves the previous backup whole. Undefined where the browser has
 * none (then there is no backup, and nothing else changes).
 */
export function fileShelf(): Shelf | undefined {
  if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return undefined;
  const folder = () => navigator.storage.getDirectory();
  return {
    async read(name) {
      try {
        const file = await (await folder()).getFileHandle(name);
        return await (await file.getFile()).text();
      } catch (error) {
        if (notFound(error)) return undefined;
        throw error;
      }
    },
    async write(name, text) {
      const file = await (await folder()).getFileHandle(name, { create: true });
      const writable = await file.createWritable();
      try {
        await writable.write(text);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
    },
    async remove(name) {
      await (await folder()).removeEntry(name).catch((error: unknown) => {
        if (!notFound(error)) throw error;
      });
    },
  };
}
