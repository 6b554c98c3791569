import type { Clock } from '@/utils/relationship/clock';
import type { Database } from '@/utils/store/schema/database';
import { zoneOfMe } from '@/utils/store/schema/settings';

/**
 * Now, in the user's time zone: the one chosen in Me (what the pages show dates in), else the
 * browser's. Without a database to ask (lost, or not open), the browser's.
 */
export async function clockFor(db: Database | undefined): Promise<Clock> {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const settings = await db?.get('settings', 'settings').catch(() => undefined);
  return { now: Date.now(), timeZone: zoneOfMe(settings?.me, browserZone) };
}
