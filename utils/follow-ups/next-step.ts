import { draftFollowUp, type FollowUpDraft, type FollowUpDraftKind } from '@/utils/outreach/follow-up-drafts';
import type { Me } from '@/utils/outreach/me';
import { followUpContext } from '@/utils/follow-ups/follow-up-context';
import type { ContactView } from '@/utils/store/contacts/contact-queries';
import { nextOpenFollowUp, type FollowUp } from '@/utils/store/schema/records';

/** What the dashboard offers next for a contact: the open follow-up, and the message drafted for it. */
export interface NextStep {
  followUp?: FollowUp;
  kind: FollowUpDraftKind;
  draft: FollowUpDraft;
}

/**
 * The earliest open follow-up with its draft; for a contact closed as a mismatch or a natural
 * end, the guide's gracious closing message instead. Nothing for other closed contacts.
 */
export function nextStep(view: ContactView, me: Me, now: number): NextStep | undefined {
  const followUp = nextOpenFollowUp(view.followUps);
  const closing = { 'closed-mismatch': 'mismatch', 'closed-natural-end': 'natural-end' } as const;
  const kind: FollowUpDraftKind | undefined =
    followUp?.kind ?? (view.contact.stage in closing ? closing[view.contact.stage as keyof typeof closing] : undefined);
  if (!kind) return undefined;
  const context = { ...followUpContext(view.contact, now, me.askMinutes), ...(followUp && { since: followUp.since }) };
  return { ...(followUp && { followUp }), kind, draft: draftFollowUp(kind, context, me) };
}
