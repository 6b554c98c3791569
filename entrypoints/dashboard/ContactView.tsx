/**
 * A contact's open view: profile, stage, next follow-up with its draft, the chat's planner, notes
 * and history. Loaded with import() when the first contact is opened (with the draft language's
 * words), not with the dashboard's first screen: stage counts and Coming up need none of it.
 */
import { dashboardText as text } from '@/components/dashboard/dashboard-text';
import { HistoryList } from '@/components/dashboard/HistoryList';
import { MeetingPlanner } from '@/components/dashboard/MeetingPlanner';
import { NextFollowUp } from '@/components/dashboard/NextFollowUp';
import { NotesFields } from '@/components/dashboard/NotesFields';
import { ProfileSnapshot } from '@/components/dashboard/ProfileSnapshot';
import { StageChanger } from '@/components/dashboard/StageChanger';
import { stageLabels } from '@/components/stage-labels';
import { notNowDefault } from '@/utils/relationship/snooze-until';
import { dateFieldValue, dateTimeFieldValue, timeFromDateTimeField } from '@/utils/follow-ups/field-times';
import { dueWhen } from '@/utils/follow-ups/due-when';
import { nextStep } from '@/utils/follow-ups/next-step';
import { meetingTimesText } from '@/utils/meeting/meeting-times';
import type { NudgeClock } from '@/utils/relationship/nudge-text';
import { nudgeWords } from '@/utils/relationship/nudge-words';
import { whatToDo } from '@/utils/follow-ups/what-to-do';
import { uiLocale } from '@/utils/ui-text';
import { guessTimeZone } from '@/utils/sizing-up/their-time';
import type { ContactView as View } from '@/utils/store/contacts/contact-queries';
import { contactName } from '@/utils/store/schema/contact-snapshot';
import { timeZoneList } from '@/utils/time-zones';
import * as actions from './actions';
import { downloadMeeting } from './meeting-file';
import * as state from './state';

// The dashboard only writes follow-ups: a language's wording, never its checks.
export { loadWording } from '@/utils/outreach/languages';

const timeZones = timeZoneList();

export function ContactView({ view, clock }: { view: View; clock: NudgeClock }) {
  const { contact } = view;
  const me = state.me.value;
  const step = nextStep(view, me, clock.now);
  const name = contactName(contact);
  const followUp = step?.followUp;
  const theirZone = actions.theirZone.value || guessTimeZone(contact.profile.location) || '';
  const field = actions.meetingField.value || (contact.meetingAt !== undefined ? dateTimeFieldValue(contact.meetingAt, me.timeZone) : '');
  const start = timeFromDateTimeField(field, me.timeZone);
  const dateText = (time: number) => new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: me.timeZone }).format(time);
  return (
    <>
      <ProfileSnapshot contact={contact} stageLabel={stageLabels[contact.stage]} />
      <StageChanger
        key={`${contact.url}-${contact.stage}`}
        current={contact.stage}
        today={dateFieldValue(clock.now, me.timeZone)}
        inAMonth={dateFieldValue(notNowDefault(clock.now, me.timeZone), me.timeZone)}
        onChange={actions.changeStage}
      />
      <NextFollowUp
        key={followUp?.id ?? contact.url}
        {...(step && { step })}
        {...(followUp && {
          todo: whatToDo(name, followUp, contact.meetingAt, clock, nudgeWords),
          dueText: dueWhen(followUp.dueAt, clock, nudgeWords),
          dueDate: dateFieldValue(followUp.dueAt, me.timeZone),
        })}
        copyStatus={actions.copyStatus.value}
        onCopy={actions.copy}
        onDone={() => actions.done()}
        onSnooze={(choice) => actions.snooze(choice)}
        onDueDate={actions.setDueDate}
      />
      <MeetingPlanner
        myZone={me.timeZone}
        value={field}
        theirZone={theirZone}
        timeZones={timeZones}
        times={start === undefined ? [] : meetingTimesText({ start, myZone: me.timeZone, ...(theirZone && { theirZone }) }, text.meeting.times)}
        status={actions.meetingStatus.value}
        onValue={(value) => (actions.meetingField.value = value)}
        onTheirZone={(zone) => (actions.theirZone.value = zone)}
        onSave={actions.saveMeeting}
        onDownload={() => downloadMeeting(theirZone)}
      />
      <NotesFields contact={contact} status={actions.notesStatus.value} revision={actions.notesRevision.value} onChange={actions.editNote} />
      <HistoryList
        history={contact.history}
        dateText={dateText}
        {...(contact.connectedAt !== undefined && { connectedOn: new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: me.timeZone }).format(contact.connectedAt) })}
      />
    </>
  );
}
