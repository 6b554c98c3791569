import { defaultPlanSettings } from '@/utils/relationship/plan-settings';
import { isTimeZone } from '@/utils/time-zones';
import { allStores, type Database, type ReadTransaction } from './database';
import { failureOf, succeed, type Outcome } from './outcome';
import type { StoredSettings } from './records';

export const defaultSettings: StoredSettings = { me: null, plan: defaultPlanSettings };

/** The settings inside a transaction already open, defaults filled in for anything never saved. */
export async function settingsIn(tx: ReadTransaction): Promise<StoredSettings> {
  const stored = await tx.objectStore('settings').get('settings');
  // Settings saved before a plan setting existed keep working: the new one takes its default.
  return { me: stored?.me ?? null, plan: { ...defaultPlanSettings, ...stored?.plan } };
}

export async function readSettings(db: Database): Promise<Outcome<StoredSettings>> {
  try {
    return succeed(await settingsIn(db.transaction(allStores, 'readonly')));
  } catch (error) {
    return failureOf(error);
  }
}

/** Saves what is given and keeps the rest; replies only once the write has landed. */
export async function saveSettings(
  db: Database,
  change: Partial<StoredSettings>,
): Promise<Outcome<StoredSettings>> {
  try {
    const tx = db.transaction(allStores, 'readwrite');
    const current = await settingsIn(tx);
    const next: StoredSettings = {
      me: change.me !== undefined ? change.me : current.me,
      plan: { ...current.plan, ...change.plan },
    };
    await tx.objectStore('settings').put(next, 'settings');
    await tx.done;
    return succeed(next);
  } catch (error) {
    return failureOf(error);
  }
}

/** The time zone chosen in Me (stored opaque, so checked here), else `fallback`. */
export function zoneOfMe(me: unknown, fallback: string): string {
  const zone = typeof me === 'object' && me !== null ? (me as { timeZone?: unknown }).timeZone : undefined;
  return isTimeZone(zone) ? zone : fallback;
}
