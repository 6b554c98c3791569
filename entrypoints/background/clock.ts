import type { Clock } from '@/utils/relationship/clock';

/** Now, in the user's time zone as the browser reports it. */
export function clockNow(): Clock {
  return { now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
