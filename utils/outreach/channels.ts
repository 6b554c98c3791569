import type { ConnectionState } from '@/utils/linkedin/profile';

/** Where a draft will be sent. */
export type Channel = 'connection-note' | 'message' | 'inmail' | 'email';

/** The sender's LinkedIn account: it sets how long a connection note may be. */
export type Account = 'free' | 'premium';

export const channels: readonly Channel[] = ['connection-note', 'message', 'inmail', 'email'];

export interface Limit {
  subject?: number;
  body: number;
}

interface ChannelRule {
  /** 'none': the channel has no subject field; 'optional': it has one that may stay empty. */
  subject: 'none' | 'optional' | 'required';
  limits: Record<Account, Limit>;
}

/**
 * The one table of limits, in characters (JavaScript string length, which counts an emoji
 * as two and so never under-counts). Update here when LinkedIn changes them.
 * - Connection note: 200 on a free account, 300 on Premium (LinkedIn help, seen 2025).
 * - Message to a connection: up to 8,000; LinkedIn shows a subject field on some layouts only.
 * - InMail: subject 200, body 1,900. Sources disagree (1,900 to 2,000); we use the lower.
 * - Email: no platform limit. 78 keeps the subject on one line in most inboxes (RFC 5322's
 *   line advice); the body bound only keeps a first message brief.
 */
export const channelRules: Record<Channel, ChannelRule> = {
  'connection-note': {
    subject: 'none',
    limits: { free: { body: 200 }, premium: { body: 300 } },
  },
  message: {
    subject: 'optional',
    limits: { free: { subject: 200, body: 8000 }, premium: { subject: 200, body: 8000 } },
  },
  inmail: {
    subject: 'required',
    limits: { free: { subject: 200, body: 1900 }, premium: { subject: 200, body: 1900 } },
  },
  email: {
    subject: 'required',
    limits: { free: { subject: 78, body: 8000 }, premium: { subject: 78, body: 8000 } },
  },
};

export function limitFor(channel: Channel, account: Account): Limit {
  return channelRules[channel].limits[account];
}

export function channelHasSubject(channel: Channel): boolean {
  return channelRules[channel].subject !== 'none';
}

/**
 * Where a first message goes, as the profile says where we stand: a 1st-degree connection
 * can be messaged (no invitation, no InMail credit spent); anyone else gets an invitation note.
 */
export function firstChannel(connection: ConnectionState | undefined): Channel {
  return connection === 'first-degree' ? 'message' : 'connection-note';
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (channels as readonly string[]).includes(value);
}

/** The length a limit is measured in (see the table's note). */
export function lengthOf(text: string): number {
  return text.length;
}
