/** What the user does on the dashboard, sent to the worker, then the page brought up to date. */
import { signal } from '@preact/signals';
import { askWorker } from '@/utils/ask-worker';
import { dashboardText as text } from '@/components/dashboard/dashboard-text';
import type { NoteField } from '@/components/dashboard/NotesFields';
import { downloadFile } from '@/components/data/download-file';
import { stageLabels } from '@/components/stage-labels';
import { debounce } from '@/utils/dashboard/debounce';
import { dueAtFromDateField, timeFromDateTimeField } from '@/utils/dashboard/field-times';
import { pageSize } from '@/utils/dashboard/stage-query';
import { meetingCalendarFile } from '@/utils/meeting/calendar-file';
import { prepQuestions } from '@/utils/outreach/follow-up-drafts';
import { whenAhead } from '@/utils/relationship/nudge-text';
import { dueWhen } from '@/utils/dashboard/due-when';
import type { SnoozeChoice } from '@/utils/relationship/snooze-until';
import type { Stage } from '@/utils/relationship/stages';
import * as state from './state';
import { openStates } from '@/utils/store/records';
import { copyText } from '@/utils/copy-text';

export const copyStatus = signal('');
export const notesStatus = signal('');
export const meetingStatus = signal('');
/** The chat being planned: the field's text in my zone, and their zone as chosen. */
export const meetingField = signal('');
export const theirZone = signal('');

const contactHash = (url: string) => `#contact=${encodeURIComponent(url)}`;

/** The contact named in the address (#contact=…), as notifications open it. */
export function contactInHash(hash: string): string | undefined {
  const match = /^#contact=(.+)$/.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

function clearPerContact() {
  copyStatus.value = '';
  notesStatus.value = '';
  meetingStatus.value = '';
  meetingField.value = '';
  theirZone.value = '';
}

export async function openContact(url: string): Promise<void> {
  saveNotes.flush();
  if (location.hash !== contactHash(url)) history.replaceState(null, '', contactHash(url));
  clearPerContact();
  await state.loadContact(url);
  document.getElementById('contact-detail')?.focus();
}

export function closeContact() {
  saveNotes.flush();
  history.replaceState(null, '', location.pathname);
  state.selected.value = undefined;
}

const searchLater = debounce(() => {
  state.limits.value = {};
  void state.loadGroups();
}, 250);

export function setSearch(value: string) {
  state.search.value = value;
  searchLater();
}

export function showMore(stage: Stage) {
  state.limits.value = { ...state.limits.value, [stage]: (state.limits.value[stage] ?? pageSize) + pageSize };
  void state.loadGroups();
}

async function act<T>(reply: Promise<{ ok: true; value: T } | { ok: false; error: string }>, done: (value: T) => string) {
  const outcome = await reply;
  state.error.value = outcome.ok ? '' : outcome.error;
  state.status.value = outcome.ok ? done(outcome.value) : '';
  await state.refresh();
}

const clock = () => ({ now: Date.now(), timeZone: state.timeZone.value });

export async function copy(value: string) {
  copyStatus.value = (await copyText(value)) ? text.next.copied : text.next.copyFailed;
}

// getContact answers follow-ups soonest first: the next one is the first still open.
const nextId = () => state.selected.value?.followUps.find((item) => openStates.includes(item.state))?.id;

export function done(id = nextId()) {
  if (id !== undefined) void act(askWorker('finishFollowUp', { id }), () => text.next.marked);
}

export function snooze(choice: SnoozeChoice | { date: string }, id = nextId()) {
  if (id === undefined) return;
  let picked: SnoozeChoice;
  if (typeof choice === 'object' && 'date' in choice) {
    const until = dueAtFromDateField(choice.date, Date.now(), state.timeZone.value);
    if (until === undefined) return;
    picked = { until };
  } else picked = choice;
  void act(askWorker('snoozeFollowUp', { id, choice: picked }), (followUp) => text.next.snoozed(whenAhead(followUp.dueAt, clock())));
}

/** Said as the list says it: a date in the past is overdue ("due 2 days ago"), not "today". */
function movedText(dueAt: number): string {
  const now = clock();
  return (dueAt <= now.now ? text.next.movedPast : text.next.moved)(dueWhen(dueAt, now));
}

export function setDueDate(date: string) {
  const followUp = state.selected.value?.followUps.find((item) => item.id === nextId());
  if (!followUp) return;
  const dueAt = dueAtFromDateField(date, followUp.dueAt, state.timeZone.value);
  if (dueAt === undefined) return;
  void act(askWorker('setFollowUpDue', { id: followUp.id, dueAt }), (moved) => movedText(moved.dueAt));
}

export function changeStage(stage: Stage) {
  const url = state.selected.value?.contact.url;
  if (url) void act(askWorker('changeStage', { url, stage }), () => text.stage.changed(stageLabels[stage]));
}

const pendingNotes: Partial<Record<NoteField, string>> = {};
/** The last failed notes save's error, cleared from the page once a save goes through. */
let notesError = '';
const saveNotes = debounce(async () => {
  const view = state.selected.value;
  const changes = { ...pendingNotes };
  for (const key of Object.keys(pendingNotes) as NoteField[]) delete pendingNotes[key];
  if (!view) return;
  const reply = await askWorker('saveContact', { profile: view.contact.profile, ...changes });
  if (!reply.ok) {
    // Keep what was typed for the next save (unless typed over since): the box still shows it.
    for (const [field, value] of Object.entries(changes) as [NoteField, string][]) pendingNotes[field] ??= value;
    state.error.value = notesError = reply.error;
    notesStatus.value = '';
    return;
  }
  if (state.error.value === notesError) state.error.value = '';
  notesStatus.value = text.notes.saved;
  if (state.selected.value?.contact.url === reply.value.url) state.selected.value = { ...state.selected.value, contact: reply.value };
}, 500);

export function editNote(field: NoteField, value: string) {
  pendingNotes[field] = value;
  notesStatus.value = text.notes.saving;
  saveNotes();
}

export const saveNow = () => saveNotes.flush();

const meetingAt = () => timeFromDateTimeField(meetingField.value, state.timeZone.value);

export function saveMeeting() {
  const url = state.selected.value?.contact.url;
  const at = meetingAt();
  if (!url || at === undefined) return;
  void act(askWorker('logInteraction', { url, kind: 'meeting-scheduled', meetingAt: at }), () => text.meeting.saved).then(() => {
    meetingStatus.value = state.error.value ? '' : text.meeting.saved;
  });
}

export function downloadMeeting(zone: string | undefined) {
  const view = state.selected.value;
  const start = meetingAt();
  if (!view || start === undefined) return;
  const me = state.me.value;
  const name = view.contact.profile.name ?? view.contact.profile.slug;
  const questions = prepQuestions(view.contact.profile, undefined, me);
  const file = meetingCalendarFile({
    start,
    minutes: me.askMinutes,
    withName: name,
    myZone: me.timeZone,
    ...(zone && { theirZone: zone }),
    notes: [text.meeting.questions, ...questions.map((question) => `- ${question}`)].join('\n'),
    profileUrl: view.contact.url,
  });
  downloadFile(`chat-with-${view.contact.profile.slug}.ics`, file, 'text/calendar');
}
