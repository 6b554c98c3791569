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
