/**
 * When the user last saved an export to their downloads, kept in the extension's own
 * localStorage (shared by the options page and the dashboard, no permission needed). The
 * storage is passed in, so tests give their own.
 */
const exportedKey = 'mentor-outreach:last-export';
const firstSeenKey = 'mentor-outreach:first-seen';
/** A month without a copy: the dashboard offers one. */
export const backupAfter = 30 * 86_400_000;

const timeIn = (storage: Storage, key: string) => {
  const time = Number(storage.getItem(key));
  return Number.isFinite(time) && time > 0 ? time : undefined;
};

export function lastExportAt(storage: Storage): number | undefined {
  return timeIn(storage, exportedKey);
}

export function noteExport(storage: Storage, at: number): void {
  try {
    storage.setItem(exportedKey, String(at));
  } catch {
    // A full storage only costs the reminder its date; the file is saved.
  }
}

/**
 * Whether the dashboard should offer a backup: contacts are saved and no export was made
 * for a month (counted from the first time the dashboard was seen, for someone who never
 * exported), so a new user is not asked on day one.
 */
export function backupDue(storage: Storage, now: number, contacts: number): boolean {
  if (contacts === 0) return false;
  let since = lastExportAt(storage) ?? timeIn(storage, firstSeenKey);
  if (since === undefined) {
    since = now;
    try {
      storage.setItem(firstSeenKey, String(now));
    } catch {
      // Without storage the reminder waits: better than asking every time.
    }
  }
  return now - since >= backupAfter;
}
