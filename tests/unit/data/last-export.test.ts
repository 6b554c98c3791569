import { describe, expect, it } from 'vitest';
import { backupAfter, backupDue, lastExportAt, noteExport } from '@/utils/data/last-export';

const day = 86_400_000;
const now = Date.UTC(2026, 11, 2, 9);

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the backup reminder', () => {
  it('remembers when the last export was made', () => {
    const storage = memoryStorage();
    expect(lastExportAt(storage)).toBeUndefined();
    noteExport(storage, now - 3 * day);
    expect(lastExportAt(storage)).toBe(now - 3 * day);
  });

  it('offers a backup a month after the last export, not before', () => {
    const storage = memoryStorage();
    noteExport(storage, now - backupAfter + day);
    expect(backupDue(storage, now, 12)).toBe(false);
    expect(backupDue(storage, now + day, 12)).toBe(true);
  });

  it('never asks a new user on their first day, but does a month later if they never exported', () => {
    const storage = memoryStorage();
    expect(backupDue(storage, now, 12)).toBe(false);
    expect(backupDue(storage, now + 29 * day, 12)).toBe(false);
    expect(backupDue(storage, now + 30 * day, 12)).toBe(true);
  });

  it('has nothing to offer with no contacts saved', () => {
    const storage = memoryStorage();
    noteExport(storage, now - 90 * day);
    expect(backupDue(storage, now, 0)).toBe(false);
  });
});
