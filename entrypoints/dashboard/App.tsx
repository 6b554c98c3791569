import { useComputed } from '@preact/signals';
import { dashboardText as text } from '@/components/dashboard/dashboard-text';
import { ComingUp, type DueItem } from '@/components/dashboard/ComingUp';
import { StageGroups } from '@/components/dashboard/StageGroups';
import type { DueGroup } from '@/utils/follow-ups/split-due';
import { dueWhen } from '@/utils/follow-ups/due-when';
import type { NudgeClock } from '@/utils/relationship/nudge-text';
import { nudgeWords } from '@/utils/relationship/nudge-words';
import { whatToDo } from '@/utils/follow-ups/what-to-do';
import { storeNotice } from '@/utils/messaging/store-notice';
import type { DueFollowUp } from '@/utils/store/follow-ups/due-follow-ups';
import * as actions from './actions';
import * as state from './state';
import { PageHeader } from '@/components/PageHeader';

function dueItem({ followUp, contact }: DueFollowUp, clock: NudgeClock): DueItem {
  return {
    id: followUp.id,
    url: contact.url,
    name: contact.name,
    what: whatToDo(contact.name, followUp, contact.meetingAt, clock, nudgeWords),
    when: text.next.dueAt(dueWhen(followUp.dueAt, clock, nudgeWords)),
  };
}

export function App() {
  const clock: NudgeClock = { now: Date.now(), timeZone: state.timeZone.value };
  // Each line's wording is worked out in the user's zone, which is not free: only when the
  // list changes (not at every keystroke in the search), and only for the lines shown.
  const dueShown = useComputed(() => {
    const at: NudgeClock = { now: Date.now(), timeZone: state.timeZone.value };
    const words = (group: DueGroup) => state.due.value[group].shown.map((item) => dueItem(item, at));
    return { overdue: words('overdue'), today: words('today'), thisWeek: words('thisWeek'), later: words('later') };
  });
  const due = state.due.value;
  const dueTotals = { overdue: due.overdue.total, today: due.today.total, thisWeek: due.thisWeek.total, later: due.later.total };
  const view = state.selected.value;
  // A contact is set only once its view's code is here (state.loadContact waits for it).
  const ContactView = state.contactView.loaded.value?.ContactView;
  const NoticePart = state.noticePart.loaded.value?.NoticePart;
  const BackupPart = state.backupPart.loaded.value?.BackupPart;
  const selectedUrl = view?.contact.url;
  return (
    <main class="page dashboard">
      <PageHeader title={text.title} to="me" linkText={text.editMe} />
      {storeNotice.value && NoticePart && <NoticePart notice={storeNotice.value} timeZone={state.timeZone.value} />}
      {BackupPart && <BackupPart timeZone={state.timeZone.value} />}
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
        onShowAll={(group: DueGroup) => void state.showAllDue(group)}
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
          {view && ContactView && (
            <>
              <button type="button" class="secondary close" onClick={actions.closeContact}>
                {text.contact.close}
              </button>
              <ContactView key={view.contact.url} view={view} clock={clock} />
            </>
          )}
        </section>
      </div>
    </main>
  );
}
