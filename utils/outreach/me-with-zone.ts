import { readMe, type Me } from '@/utils/outreach/me';

/** The stored "Me"; one saved without a time zone (or never saved) takes the browser's, not UTC. */
export function meWithZone(stored: unknown, browserZone: string): Me {
  const hasZone = typeof stored === 'object' && stored !== null && 'timeZone' in stored;
  return readMe(hasZone ? stored : { ...(stored as object | null), timeZone: browserZone });
}
