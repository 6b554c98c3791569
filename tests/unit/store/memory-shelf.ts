import type { Shelf } from '@/utils/store/transfer/backup';

/** A shelf in memory, standing in for the origin-private file system the worker uses. */
export function memoryShelf(): Shelf & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    read: async (name) => files.get(name),
    write: async (name, text) => void files.set(name, text),
    remove: async (name) => void files.delete(name),
  };
}
