import { IDBFactory } from 'fake-indexeddb';
import type { Profile } from '@/utils/linkedin/profile';
import { openDatabase, type Database } from '@/utils/store/database';

/** Made-up people for the store's tests. */
export function profileOf(slug: string, extra: Partial<Profile> = {}): Profile {
  const first = slug.split('-')[0]!;
  const firstName = first[0]!.toUpperCase() + first.slice(1);
  return {
    url: `https://www.linkedin.com/in/${slug}/`,
    slug,
    firstName,
    name: `${firstName} Example`,
    headline: 'Head of Product at Example Labs',
    current: { title: 'Head of Product', company: 'Example Labs' },
    experience: [],
    education: [],
    featured: [],
    activity: [],
    skills: [],
    layout: 'sdui',
    missing: [],
    ...extra,
  };
}

/** A fresh, empty database in a fresh fake IndexedDB, as if on a new browser profile. */
export async function freshDatabase(): Promise<Database> {
  globalThis.indexedDB = new IDBFactory();
  return openDatabase();
}

export const berlin = 'Europe/Berlin';
export const day = 86_400_000;
export const hour = 3_600_000;
/** Monday 4 May 2026, 10:00 in Berlin. */
export const monday = Date.UTC(2026, 4, 4, 8);
export const clockAt = (now: number) => ({ now, timeZone: berlin });
