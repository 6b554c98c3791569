/** What the user does on the dashboard, sent to the worker, then the page brought up to date. */
import { signal } from '@preact/signals';
import { askWorker } from '@/utils/messaging/ask-worker';
import { dashboardText as text } from '@/components/dashboard/dashboard-text';
import type { NoteField } from '@/components/dashboard/NotesFields';
import { stageLabels } from '@/components/stage-labels';
import { debounce } from '@/utils/debounce';
import { dueAtFromDateField, timeFromDateTimeField } from '@/utils/follow-ups/field-times';
import { pageSize } from '@/utils/dashboard/stage-query';
import { whenAhead } from '@/utils/relationship/nudge-text';
import { nudgeWords } from '@/utils/relationship/nudge-words';
import { dueWhen } from '@/utils/follow-ups/due-when';
import type { SnoozeChoice } from '@/utils/relationship/snooze-until';
import type { Stage } from '@/utils/relationship/stages';
import * as state from './state';
import { nextOpenFollowUp, wordFields, type Contact } from '@/utils/store/schema/records';
import type { StoreChange } from '@/utils/messaging/messages';
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
  followStored(state.selected.value?.contact);
  document.getElementById('contact-detail')?.focus();
}

export function closeContact() {
  saveNotes.flush();
  history.replaceState(null, '', location.pathname);
  state.selected.value = undefined;
  followStored(undefined);
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

const nextId = () => nextOpenFollowUp(state.selected.value?.followUps ?? [])?.id;

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
  void act(askWorker('snoozeFollowUp', { id, choice: picked }), (followUp) => text.next.snoozed(whenAhead(followUp.dueAt, clock(), nudgeWords)));
}

/** Said as the list says it: a date in the past is overdue ("due 2 days ago"), not "today". */
function movedText(dueAt: number): string {
  const now = clock();
  return (dueAt <= now.now ? text.next.movedPast : text.next.moved)(dueWhen(dueAt, now, nudgeWords));
}

export function setDueDate(date: string) {
  const followUp = state.selected.value?.followUps.find((item) => item.id === nextId());
  if (!followUp) return;
  const dueAt = dueAtFromDateField(date, followUp.dueAt, state.timeZone.value);
  if (dueAt === undefined) return;
  void act(askWorker('setFollowUpDue', { id: followUp.id, dueAt }), (moved) => movedText(moved.dueAt));
}

/** A new stage; "not now" until the day they named, in the morning of Me's zone (as in the popup). */
export function changeStage(stage: Stage, until?: string) {
  const url = state.selected.value?.contact.url;
  const pausedUntil = until === undefined ? undefined : timeFromDateTimeField(`${until}T09:00`, state.timeZone.value);
  if (url) void act(askWorker('changeStage', { url, stage, ...(pausedUntil !== undefined && { pausedUntil }) }), () => text.stage.changed(stageLabels[stage]));
}

const pendingNotes: Partial<Record<NoteField, string>> = {};
/**
 * The contact whose words the boxes show, the version those words came from, and each box's
 * words as last in step with the store: a save sends them as `was`, so the worker can tell
 * an edit of what is stored from one of words changed elsewhere since.
 */
let shown: { url: string; basedOn: number; words: Record<NoteField, string> } | undefined;
/** Bumped for a box whose words changed elsewhere, so it shows them (its text is not being edited). */
export const notesRevision = signal<Partial<Record<NoteField, number>>>({});
/** The last failed notes save's error, cleared from the page once a save goes through. */
let notesError = '';

/** Brings the boxes in step with the contact as stored, except those with words not yet saved. */
function followStored(contact: Contact | undefined) {
  if (!contact || contact.url !== shown?.url) {
    for (const key of Object.keys(pendingNotes) as NoteField[]) delete pendingNotes[key];
    shown = contact && { url: contact.url, basedOn: contact.updatedAt, words: pickWords(contact) };
    return;
  }
  let behind = false;
  const revision = { ...notesRevision.value };
  for (const field of wordFields) {
    if (contact[field] === shown.words[field]) continue;
    if (field in pendingNotes) behind = true;
    else {
      shown.words[field] = contact[field];
      revision[field] = (revision[field] ?? 0) + 1;
    }
  }
  notesRevision.value = revision;
  // A box still holding words based on older ones keeps the older version: its save is checked field by field.
  if (!behind) shown.basedOn = contact.updatedAt;
}

const pickWords = (contact: Contact) => Object.fromEntries(wordFields.map((field) => [field, contact[field]])) as Record<NoteField, string>;

async function saveWordsNow(base: typeof shown, typed: Partial<Record<NoteField, string>>) {
  const fields = Object.keys(typed) as NoteField[];
  if (!base || fields.length === 0) return;
  const changes = Object.fromEntries(fields.map((field) => [field, { was: base.words[field], now: typed[field]! }]));
  const reply = await askWorker('saveWords', { url: base.url, basedOn: base.basedOn, changes });
  if (!reply.ok) {
    // Keep what was typed for the next save (unless typed over since): the box still shows it.
    for (const field of fields) pendingNotes[field] ??= changes[field]!.now;
    state.error.value = notesError = reply.error;
    notesStatus.value = '';
    return;
  }
  if (state.error.value === notesError) state.error.value = '';
  notesStatus.value = text.notes.saved;
  if (shown !== base) return; // another contact was opened meanwhile
  for (const field of fields) base.words[field] = changes[field]!.now;
  if (state.selected.value?.contact.url === base.url) state.selected.value = { ...state.selected.value, contact: reply.value };
  followStored(reply.value);
}

// Saves run one after another: each is based on the version the one before it left.
let saving = Promise.resolve();
const saveNotes = debounce(() => {
  const base = shown;
  const typed = { ...pendingNotes };
  for (const key of Object.keys(pendingNotes) as NoteField[]) delete pendingNotes[key];
  saving = saving.then(() => saveWordsNow(base, typed));
}, 500);

export function editNote(field: NoteField, value: string) {
  pendingNotes[field] = value;
  notesStatus.value = text.notes.saving;
  saveNotes();
}

/** Whether the store changed while the page was hidden. */
let behindStore = false;

/**
 * Another page changed the store: after an erase, unsaved words go at once; the page shows
 * what is stored now, or, when hidden, as soon as it is shown (a hidden tab re-reading 10,000
 * contacts on every save would slow every other page).
 */
export async function storeChanged(change: StoreChange): Promise<void> {
  if (change.request === 'eraseAll') {
    for (const key of Object.keys(pendingNotes) as NoteField[]) delete pendingNotes[key];
    shown = undefined;
    notesStatus.value = '';
  }
  behindStore = true;
  if (document.visibilityState === 'visible') await catchUp();
}

/** The page is shown (or the store changed while it is): bring it up to date. */
export async function catchUp(): Promise<void> {
  if (!behindStore) return state.loadDue(); // follow-ups come due while the page stays open
  behindStore = false;
  await state.refresh();
  followStored(state.selected.value?.contact);
}

export const saveNow = () => saveNotes.flush();

/** The chat's time as the field holds it, in Me's zone. */
export const meetingAt = () => timeFromDateTimeField(meetingField.value, state.timeZone.value);

export function saveMeeting() {
  const url = state.selected.value?.contact.url;
  const at = meetingAt();
  if (!url || at === undefined) return;
  void act(askWorker('logInteraction', { url, kind: 'meeting-scheduled', meetingAt: at }), () => text.meeting.saved).then(() => {
    meetingStatus.value = state.error.value ? '' : text.meeting.saved;
  });
}
