import { TZDateMini as TZDate } from '@date-fns/tz';
import { startOfMonth } from 'date-fns';
import type { Clock } from './clock';
import { sentAt } from './invitation';

/**
 * How many personalized invitation notes a free account may send a month. LinkedIn Help
 * a550555 ("Invitation limit reached"): "Basic and free LinkedIn members can include a
 * personalized message to five connection requests per month." Other guides say 3 or 10,
 * so it is a setting in Me.
 */
export const defaultNotesPerMonth = 5;

/** The first moment of this calendar month in the user's zone (epoch ms). */
export function monthStart(clock: Clock): number {
  return startOfMonth(new TZDate(clock.now, clock.timeZone)).getTime();
}

/** When a contact's first message went as an invitation note (the logged send, else when they were saved). */
export function noteSentAt(contact: {
  message?: { channel: string };
  history: readonly { kind: string; at: number }[];
  createdAt: number;
}): number | undefined {
  if (contact.message?.channel !== 'connection-note') return undefined;
  return sentAt(contact);
}

/** Where this month's notes stand for the next one: room left, the last one, or none left. */
export type NoteAllowance =
  | { kind: 'room'; used: number; cap: number }
  | { kind: 'last'; used: number; cap: number }
  | { kind: 'none'; used: number; cap: number };

/**
 * What the next note would be: the last of the month (warn before it), one over the cap
 * (offer a message, InMail or email instead), or nothing to say. Premium has no cap.
 */
export function noteAllowance(used: number, cap: number, account: 'free' | 'premium'): NoteAllowance | undefined {
  if (account !== 'free') return undefined;
  if (used >= cap) return { kind: 'none', used, cap };
  if (used === cap - 1) return { kind: 'last', used, cap };
  return { kind: 'room', used, cap };
}
