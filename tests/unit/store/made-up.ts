import type { Outcome } from '@/utils/store/schema/outcome';
import { IDBFactory } from 'fake-indexeddb';
import type { Profile } from '@/utils/linkedin/profile';
import { profileOf as madeUpProfile } from '../outreach/people';
import { defaultPlanSettings } from '@/utils/relationship/plan-settings';
import type { ExportFile } from '@/utils/store/transfer/export-file';
import { openDatabase, type Database } from '@/utils/store/schema/database';
import { newContact } from '@/utils/store/contacts/contacts';

/** Made-up people for the store's tests: a first name, a role and a company, as the reader gives. */
export function profileOf(slug: string, extra: Partial<Profile> = {}): Profile {
  const first = slug.split('-')[0]!;
  const firstName = first[0]!.toUpperCase() + first.slice(1);
  return madeUpProfile(slug, {
    firstName,
    name: `${firstName} Example`,
    headline: 'Head of Product at Example Labs',
    current: { title: 'Head of Product', company: 'Example Labs' },
    ...extra,
  });
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

/** An export file of `count` made-up contacts at mixed stages, each with a pending follow-up. */
export function manyContacts(count: number, now: number): ExportFile {
  const stagesInTurn = ['reached-out', 'checked-in', 'replied', 'thanked', 'ongoing'] as const;
  const kinds = { 'reached-out': 'check-in', 'checked-in': 'move-on', replied: 'schedule-chat', thanked: 'progress-update', ongoing: 'keep-in-touch' } as const;
  const contacts = Array.from({ length: count }, (_, index) => {
    const profile = profileOf(`person${index}-example`, { about: 'Builds data products. '.repeat(20) });
    const stage = stagesInTurn[index % stagesInTurn.length]!;
    const createdAt = now - (index % 90) * day;
    return {
      ...newContact(profile, createdAt),
      stage,
      notes: `Notes about person ${index}`,
      history: [{ kind: 'sent' as const, at: createdAt }],
      updatedAt: createdAt + index,
    };
  });
  // Due dates from yesterday to 98 days on: 2 in 100 are due now, as in a well-kept list.
  const followUps = contacts.map((contact, index) => ({
    contactUrl: contact.url, kind: kinds[contact.stage], dueAt: now + ((index % 100) - 1) * day, state: 'pending' as const, since: contact.createdAt,
  }));
  return { format: 'mentor-outreach', version: 1, exportedAt: now, settings: { me: null, plan: { ...defaultPlanSettings } }, contacts, followUps };
}

/** The value of an outcome the test expects to succeed (its error otherwise, as a failure). */
export function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

/**
 * A profile of about `characters` characters, every field within its limit (issue 15: two of
 * these at 35 million each made an export no message could carry). Its text has quotes,
 * backslashes and characters outside ASCII, which grow when written as JSON or sent.
 */
export function largeProfile(slug: string, characters: number): Profile {
  const block = (seed: number) => `${seed} “Zoë” said "ship\\it" ✓ ${'Builds data products. '.repeat(2_300)}`.slice(0, 50_000);
  const blocks = Math.ceil(characters / 50_000);
  const experience = Math.min(300, blocks);
  const featured = Math.min(200, Math.max(0, blocks - experience));
  const activity = Math.min(200, Math.max(0, blocks - experience - featured));
  return profileOf(slug, {
    experience: Array.from({ length: experience }, (_, index) => ({ title: `Role ${index}`, description: block(index) })),
    featured: Array.from({ length: featured }, (_, index) => ({ title: block(index) })),
    activity: Array.from({ length: activity }, (_, index) => ({ text: block(index) })),
  });
}
