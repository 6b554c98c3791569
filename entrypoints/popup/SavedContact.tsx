/**
 * The popup for a contact already saved: where we stand, the next step and its drafted
 * follow-up. Loaded only when the profile is a saved contact (or has just been saved), so a
 * first message does not wait for the follow-up drafts and the date libraries.
 */
import { FollowUpView } from '@/components/popup/FollowUpView';
import { signal } from '@preact/signals';
import { laterText } from '@/components/popup/later-text';
import { WhereWeStand, type Answer } from '@/components/popup/WhereWeStand';
import { interactionLabels, stageLabels } from '@/components/stage-labels';
import { askWorker } from '@/utils/messaging/ask-worker';
import { nextStep } from '@/utils/follow-ups/next-step';
import { dateFieldValue, dueAtFromDateField, timeFromDateTimeField } from '@/utils/follow-ups/field-times';
import { agoText } from '@/utils/relationship/ago';
import { acceptedSinceLastLook } from '@/utils/relationship/invitation';
import { answeredNoStages, closedStages, type InteractionKind } from '@/utils/relationship/stages';
import { howLongAgo } from '@/utils/relationship/nudge-text';
import { nudgeWords, recentWords } from '@/utils/relationship/nudge-words';
import { whatToDo } from '@/utils/follow-ups/what-to-do';
import { uiLocale } from '@/utils/ui-text';
import { contactName } from '@/utils/store/schema/contact-snapshot';
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
  return laterText.followUp.due(whatToDo(contactName(view.contact), next, view.contact.meetingAt, clock, nudgeWords), dayText(next.dueAt, clock.timeZone));
}

/** What was just logged from "where we stand", or why it could not be. */
const standStatus = signal<{ url: string; text: string } | undefined>(undefined);

/** Logs what the user saw or heard (they accepted, they said no …); the plan follows in the worker. */
async function logStep(kind: InteractionKind, done: string, pausedUntil?: number, at?: number): Promise<void> {
  const known = state.known.value;
  if (!known) return;
  const answer = await askWorker('logInteraction', {
    url: known.contact.url,
    kind,
    ...(pausedUntil !== undefined && { pausedUntil }),
    ...(at !== undefined && { at }),
  });
  standStatus.value = { url: known.contact.url, text: answer.ok ? done : `${laterText.stand.failed} ${answer.error}` };
  await actions.refreshKnown(known.contact.url);
}

function logAnswer(answer: Answer, timeZone: string): void {
  if (answer.kind !== 'not-now') {
    void logStep(answer.kind, laterText.stand.ended);
    return;
  }
  // The day they named, in the morning of the user's zone.
  const until = timeFromDateTimeField(`${answer.until}T09:00`, timeZone);
  if (until !== undefined) void logStep('not-now', laterText.stand.pausedUntil(dayText(until, timeZone)), until);
}

/** A saved contact: where we stand, and the next step with its drafted follow-up. */
export function SavedContact() {
  const view = state.known.value;
  if (!view) return null;
  const now = Date.now();
  const me = state.me.value;
  const next = state.nextFollowUp.value;
  const last = view.contact.history.at(-1);
  const { stage } = view.contact;
  const accepted = acceptedSinceLastLook(view.contact, state.pageProfile.value?.connection);
  // A conversation on screen showed their reply: one click logs it.
  const reply = next?.kind === 'log-reply' ? next : undefined;
  const open = !closedStages.includes(stage) && !answeredNoStages.includes(stage);
  // The same next step as the dashboard: the open follow-up's draft, or a closing message.
  const draft = nextStep(view, me, now)?.draft;
  const nextText = nextStepText(now);
  return (
    <>
      <WhereWeStand
        stage={stageLabels[view.contact.stage]}
        {...(last && { last: laterText.stand.lastWhen(interactionLabels[last.kind], howLongAgo(last.at, { now, timeZone: me.timeZone }, nudgeWords)) })}
        {...(next && { next: dayText(next.dueAt, me.timeZone) })}
        {...(accepted && { accepted: contactName(view.contact) })}
        {...(reply && {
          replied: laterText.replies.replied(contactName(view.contact), agoText(reply.since, now, recentWords, () => howLongAgo(reply.since, { now, timeZone: me.timeZone }, nudgeWords))),
        })}
        onLogReply={() => reply && void logStep('replied', laterText.replies.logged(contactName(view.contact)), undefined, reply.since)}
        {...(standStatus.value?.url === view.contact.url && { status: standStatus.value.text })}
        canAnswer={open}
        today={dateFieldValue(now, me.timeZone)}
        onLogAccepted={() => void logStep('accepted', laterText.stand.loggedAccepted)}
        onAnswer={(answer) => logAnswer(answer, me.timeZone)}
      />
      <FollowUpView
        {...(nextText && { todo: nextText })}
        {...(draft && { body: draft.body, checklist: draft.checklist ?? [] })}
        {...(draft?.subject && { subject: draft.subject })}
        copyStatus={actions.copyStatus.value}
        onCopy={(words) => void actions.copyShown(words)}
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
