/**
 * The popup for a contact already saved: where we stand, the next step and its drafted
 * follow-up. Loaded only when the profile is a saved contact (or has just been saved), so a
 * first message does not wait for the follow-up drafts and the date libraries.
 */
import { FollowUpView } from '@/components/popup/FollowUpView';
import { WhereWeStand } from '@/components/popup/WhereWeStand';
import { interactionLabels, stageLabels } from '@/components/stage-labels';
import { text } from '@/components/popup/text';
import { askWorker } from '@/utils/ask-worker';
import { nextStep } from '@/utils/dashboard/next-step';
import { dateFieldValue, dueAtFromDateField } from '@/utils/dashboard/field-times';
import { howLongAgo, nudgeFor, nudgeText } from '@/utils/relationship/nudge-text';
import { nudgeWords } from '@/utils/relationship/nudge-words';
import { uiLocale } from '@/utils/ui-text';
import { contactName } from '@/utils/store/contact-snapshot';
import * as actions from './actions';
import * as state from './state';

function dayText(time: number, timeZone: string): string {
  return new Intl.DateTimeFormat(uiLocale(), { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(time);
}

/** The next follow-up in words: "Send Amara a gentle, no-pressure check-in: … (due Tue 1 Dec)". */
function nextStepText(now: number): string | undefined {
  const view = state.known.value;
  const next = state.nextFollowUp.value;
  if (!view || !next) return undefined;
  const clock = { now, timeZone: state.me.value.timeZone };
  const todo = nudgeText([nudgeFor(contactName(view.contact), next, view.contact.meetingAt)], clock, nudgeWords);
  return text.followUp.due(todo.message, dayText(next.dueAt, clock.timeZone));
}

/** A saved contact: where we stand, and the next step with its drafted follow-up. */
export function SavedContact() {
  const view = state.known.value;
  if (!view) return null;
  const now = Date.now();
  const me = state.me.value;
  const next = state.nextFollowUp.value;
  const last = view.contact.history.at(-1);
  // The same next step as the dashboard: the open follow-up's draft, or a closing message.
  const draft = nextStep(view, me, now)?.draft;
  const nextText = nextStepText(now);
  return (
    <>
      <WhereWeStand
        stage={stageLabels[view.contact.stage]}
        {...(last && { last: text.stand.lastWhen(interactionLabels[last.kind], howLongAgo(last.at, { now, timeZone: me.timeZone }, nudgeWords)) })}
        {...(next && { next: dayText(next.dueAt, me.timeZone) })}
      />
      <FollowUpView
        {...(nextText && { todo: nextText })}
        {...(draft && { body: draft.body, checklist: draft.checklist ?? [] })}
        {...(draft?.subject && { subject: draft.subject })}
        copyStatus={actions.copyStatus.value}
        onCopy={(what) => void actions.copyShown((what === 'subject' ? draft?.subject : draft?.body) ?? '')}
        onNewMessage={() => (state.showFirstMessage.value = true)}
      />
    </>
  );
}


/** What "Save & remind me" shows once saved: the next follow-up and its date, to change. */
export function reminder(now: number): { nextText?: string; dueDate?: string } {
  const next = state.nextFollowUp.value;
  const nextText = nextStepText(now);
  return {
    ...(nextText && { nextText }),
    ...(next && { dueDate: dateFieldValue(next.dueAt, state.me.value.timeZone) }),
  };
}

/** Moves the next follow-up to another day (the "Due date" field). */
export async function changeDueDate(value: string): Promise<void> {
  const followUp = state.nextFollowUp.value;
  const known = state.known.value;
  if (!followUp || !known) return;
  // As on the dashboard: the follow-up moves to that day and keeps its time of day.
  const dueAt = dueAtFromDateField(value, followUp.dueAt, state.me.value.timeZone);
  if (dueAt === undefined) return;
  const answer = await askWorker('setFollowUpDue', { id: followUp.id, dueAt });
  if (!answer.ok) state.save.value = { state: 'failed', error: answer.error };
  await actions.refreshKnown(known.contact.url);
}
