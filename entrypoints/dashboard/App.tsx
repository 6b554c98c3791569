import { useComputed } from '@preact/signals';
import { dashboardText as text } from '@/components/dashboard/dashboard-text';
import { ComingUp, type DueItem } from '@/components/dashboard/ComingUp';
import { HistoryList } from '@/components/dashboard/HistoryList';
import { MeetingPlanner } from '@/components/dashboard/MeetingPlanner';
import { NextFollowUp } from '@/components/dashboard/NextFollowUp';
import { NotesFields } from '@/components/dashboard/NotesFields';
import { ProfileSnapshot } from '@/components/dashboard/ProfileSnapshot';
import { StageChanger } from '@/components/dashboard/StageChanger';
import { notNowDefault } from '@/utils/relationship/snooze-until';
import { StageGroups } from '@/components/dashboard/StageGroups';
import { stageLabels } from '@/components/stage-labels';
import { StoreNotice } from '@/components/StoreNotice';
import { BackupReminder } from '@/components/data/BackupReminder';
import * as backup from './backup-reminder';
import { dateFieldValue, dateTimeFieldValue, timeFromDateTimeField } from '@/utils/follow-ups/field-times';
import { dueFirstShown, firstOfDue, type DueGroup } from '@/utils/follow-ups/split-due';
import { dueWhen } from '@/utils/follow-ups/due-when';
import { nextStep } from '@/utils/follow-ups/next-step';
import { meetingTimesText } from '@/utils/meeting/meeting-times';
import type { NudgeClock } from '@/utils/relationship/nudge-text';
import { nudgeWords } from '@/utils/relationship/nudge-words';
import { whatToDo } from '@/utils/follow-ups/what-to-do';
import { uiLocale } from '@/utils/ui-text';
import { guessTimeZone } from '@/utils/sizing-up/their-time';
import type { ContactView } from '@/utils/store/contact-queries';
import { storeNoticeText } from '@/utils/store/store-text';
import { dismissStoreNotice, storeNotice } from '@/utils/messaging/store-notice';
import { contactName } from '@/utils/store/contact-snapshot';
import type { DueFollowUp } from '@/utils/store/due-follow-ups';
import * as actions from './actions';
import * as state from './state';
import { timeZoneList } from '@/utils/time-zones';

const timeZones = timeZoneList();

function dueItem({ followUp, contact }: DueFollowUp, clock: NudgeClock): DueItem {
  return {
    id: followUp.id,
    url: contact.url,
    name: contact.name,
    what: whatToDo(contact.name, followUp, contact.meetingAt, clock, nudgeWords),
    when: text.next.dueAt(dueWhen(followUp.dueAt, clock, nudgeWords)),
  };
}

function Contact({ view, clock }: { view: ContactView; clock: NudgeClock }) {
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
        onDownload={() => actions.downloadMeeting(theirZone)}
      />
      <NotesFields contact={contact} status={actions.notesStatus.value} revision={actions.notesRevision.value} onChange={actions.editNote} />
      <HistoryList history={contact.history} dateText={dateText} />
    </>
  );
}

export function App() {
  const clock: NudgeClock = { now: Date.now(), timeZone: state.timeZone.value };
  // Each line's wording is worked out in the user's zone, which is not free: only when the
  // list changes (not at every keystroke in the search), and only for the lines shown.
  const dueShown = useComputed(() => {
    const listed = firstOfDue(state.due.value, dueFirstShown, state.allDueShown.value);
    const at: NudgeClock = { now: Date.now(), timeZone: state.timeZone.value };
    const words = (items: DueFollowUp[]) => items.map((item) => dueItem(item, at));
    return { overdue: words(listed.overdue), today: words(listed.today), thisWeek: words(listed.thisWeek), later: words(listed.later) };
  });
  const due = state.due.value;
  const dueTotals = { overdue: due.overdue.length, today: due.today.length, thisWeek: due.thisWeek.length, later: due.later.length };
  const view = state.selected.value;
  const selectedUrl = view?.contact.url;
  return (
    <main class="page dashboard">
      <header class="page-header">
        <h1>{text.title}</h1>
        <a class="button secondary" href="/options.html">
          {text.editMe}
        </a>
      </header>
      {storeNotice.value && <StoreNotice {...storeNoticeText(storeNotice.value, state.timeZone.value)} onDismiss={dismissStoreNotice} />}
      <BackupReminder
        lastExportAt={backup.lastExport.value}
        timeZone={state.timeZone.value}
        due={backup.due.value}
        busy={backup.busy.value}
        progress={backup.progress.value}
        status={backup.status.value}
        error={backup.error.value}
        onBackUp={backup.backUpNow}
      />
      {state.error.value && (
        <p role="alert" class="error">
          {state.error.value}
        </p>
      )}
      <p role="status" class="status" data-testid="dashboard-status">
        {state.status.value}
      </p>
      <ComingUp
        shown={dueShown.value}
        totals={dueTotals}
        onOpen={actions.openContact}
        onSnooze={(id) => actions.snooze('1-day', id)}
        onDone={(id) => actions.done(id)}
        onShowAll={(group: DueGroup) => (state.allDueShown.value = new Set([...state.allDueShown.value, group]))}
      />
      <div class="board">
        <div class="list-side">
          <label class="stacked search">
            {text.search}
            <input
              type="search"
              value={state.search.value}
              placeholder={text.searchHint}
              onInput={(event) => actions.setSearch(event.currentTarget.value)}
            />
          </label>
          {state.loading.value ? (
            <p class="muted">{text.loading}</p>
          ) : (
            <StageGroups
              groups={state.groups.value}
              {...(selectedUrl && { selectedUrl })}
              searching={state.search.value.trim() !== ''}
              onOpen={actions.openContact}
              onShowMore={actions.showMore}
            />
          )}
        </div>
        <section id="contact-detail" class="detail-side" tabIndex={-1} aria-label={view ? (view.contact.profile.name ?? view.contact.profile.slug) : text.contact.pick} data-testid="contact-detail">
          {view === undefined && <p class="muted">{text.contact.pick}</p>}
          {view === null && <p class="muted">{text.contact.notFound}</p>}
          {view && (
            <>
              <button type="button" class="secondary close" onClick={actions.closeContact}>
                {text.contact.close}
              </button>
              <Contact key={view.contact.url} view={view} clock={clock} />
            </>
          )}
        </section>
      </div>
    </main>
  );
}
