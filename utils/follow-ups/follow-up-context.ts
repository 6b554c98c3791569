import type { FollowUpContext } from '@/utils/outreach/follow-up-drafts';
import { guessTimeZone } from '@/utils/sizing-up/their-time';
import type { Contact } from '@/utils/store/schema/records';

/** Notes fields hold one takeaway a line; the thank-you names one or two of them. */
function lines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/^[-•*\d.)\s]+/, '').trim())
    .filter(Boolean);
}

/**
 * What a follow-up draft needs to know about a saved contact: the profile, the hook and
 * message of the first outreach, the chat's time, and the notes the user kept.
 * Used by the popup and the dashboard alike.
 */
export function followUpContext(contact: Contact, now: number, askMinutes?: 15 | 20): FollowUpContext {
  const theirTimeZone = guessTimeZone(contact.profile.location);
  const takeaways = lines(contact.takeaways);
  return {
    profile: contact.profile,
    now,
    since: contact.createdAt,
    ...(askMinutes && { askMinutes }),
    ...(contact.hook && { hook: contact.hook }),
    ...(contact.message && { outreach: contact.message.body }),
    ...(contact.meetingAt !== undefined && { meetingAt: contact.meetingAt }),
    ...(theirTimeZone && { theirTimeZone }),
    ...(takeaways.length > 0 && { takeaways }),
    ...(contact.adviceReceived.trim() && { advice: contact.adviceReceived.trim() }),
    ...(contact.whatITried.trim() && { whatITried: contact.whatITried.trim() }),
  };
}
