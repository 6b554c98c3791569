/**
 * The dashboard's state: "Me", what is due, each stage's page of contacts, and the contact
 * open on the right. Derivations are pure functions from utils/; loading talks to the worker.
 */
import { computed, signal } from '@preact/signals';
import { onDemand } from '@/utils/on-demand';
import { askWorker } from '@/utils/messaging/ask-worker';
import { meWithZone } from '@/utils/outreach/me-with-zone';
import { browserDraftLanguage } from '@/utils/drafting/draft-language';
import type { StageGroup } from '@/components/dashboard/StageGroups';
import { stageLabels } from '@/components/stage-labels';
import { dueFirstShown, dueGroups, dueRanges, type DueGroup } from '@/utils/follow-ups/split-due';
import { pageSize, stageQuery } from '@/utils/dashboard/stage-query';
import { defaultMe, type Me } from '@/utils/outreach/me';
import { stages, type Stage } from '@/utils/relationship/stages';
import { isTimeZone } from '@/utils/time-zones';
import type { ContactView } from '@/utils/store/contacts/contact-queries';
import type { DuePart, DueRange } from '@/utils/store/follow-ups/due-follow-ups';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export const me = signal<Me>({ ...defaultMe, timeZone: browserZone });
export const search = signal('');
export const limits = signal<Partial<Record<Stage, number>>>({});
export const groups = signal<StageGroup[]>([]);
const nothingDue: DuePart = { shown: [], total: 0 };
/** Each group of Coming up: its first follow-ups (all, when asked), and how many it holds. */
export const due = signal<Record<DueGroup, DuePart>>({ overdue: nothingDue, today: nothingDue, thisWeek: nothingDue, later: nothingDue });
/** The groups of Coming up the user asked to see whole, not only their first few. */
export const allDueShown = signal<ReadonlySet<DueGroup>>(new Set());
export const selected = signal<ContactView | null | undefined>(undefined);
export const loading = signal(true);
export const error = signal('');
/** The last action's result in words, announced to screen readers. */
export const status = signal('');

export const timeZone = computed(() => me.value.timeZone);

let meLoading: Promise<void> = Promise.resolve();
let meKnown = false;

/** Me's zone as last read, kept by the page: Coming up is asked in it before "Me" is read again. */
const zoneKey = 'mentor-outreach:me-zone';

export function loadMe(): Promise<void> {
  meLoading = (async () => {
    const reply = await askWorker('getSettings', undefined);
    if (!reply.ok) {
      error.value = reply.error;
      return;
    }
    me.value = meWithZone(reply.value.me, browserZone, browserDraftLanguage(navigator.language));
    meKnown = true;
    localStorage.setItem(zoneKey, me.value.timeZone);
  })();
  return meLoading;
}

/**
 * A contact's open view, and the words of Me's language for its follow-up drafts (English is
 * always here): loaded with the first contact opened; the first screen does without them.
 */
export const contactView = onDemand(async () => {
  const [view] = await Promise.all([import('./ContactView'), meLoading]);
  await view.loadWording(me.value.language);
  return view;
});

/**
 * Some of Coming up's groups, in Me's zone once it is known: each one's count and its first
 * follow-ups, or all of a group the user asked to see whole; false when the worker said no (the error is shown).
 */
async function loadDueGroups(groups: readonly DueGroup[], meLoaded: Promise<unknown> = Promise.resolve()): Promise<boolean> {
  const now = Date.now();
  const ask = (ranges: Record<DueGroup, DueRange>) =>
    askWorker('listDueIn', { ranges: groups.map((group) => ({ ...ranges[group], ...(allDueShown.value.has(group) && { whole: true }) })), first: dueFirstShown });
  // Asked at once, not after "Me": in Me's zone as last read (else the browser's, most people's
  // Me's), and asked again only should Me's zone now draw other days.
  const lastZone = localStorage.getItem(zoneKey);
  const asked = dueRanges(now, !meKnown && lastZone && isTimeZone(lastZone) ? lastZone : timeZone.value);
  const early = ask(asked);
  await meLoaded;
  const ranges = dueRanges(now, timeZone.value);
  const same = groups.every((group) => ranges[group].from === asked[group].from && ranges[group].to === asked[group].to);
  const reply = same ? await early : await ask(ranges);
  if (!reply.ok) {
    error.value = reply.error;
    return false;
  }
  due.value = { ...due.value, ...Object.fromEntries(groups.map((group, index) => [group, reply.value[index]!])) };
  return true;
}

/** What is due and planned this week: the top of Coming up, part of the first screen. */
export const loadDueThisWeek = (meLoaded?: Promise<unknown>) => loadDueGroups(['overdue', 'today', 'thisWeek'], meLoaded);

/** What is planned after this week: counted over thousands at 10,000 contacts, so it comes after the first screen. */
export const loadDueLater = () => loadDueGroups(['later']);

/** "Show all" for a group of Coming up: every follow-up in it, asked for then. */
export function showAllDue(group: DueGroup): Promise<boolean> {
  allDueShown.value = new Set([...allDueShown.value, group]);
  return loadDueGroups([group]);
}

/** Coming up whole, in one request, so no follow-up shows in two groups at once (snoozed from later into this week, say). */
export async function loadDue(): Promise<void> {
  await loadDueGroups(dueGroups);
}

/** Parts shown after the first screen (the backup reminder) or seldom (the notice of a lost database): their code loads then. */
export const backupPart = onDemand(() => import('./BackupPart'));
export const noticePart = onDemand(() => import('./NoticePart'));

/** One page per stage, all in one request: each stage's count is exact, and only pages are read. */
export async function loadGroups(): Promise<void> {
  const text = search.value;
  const queries = stages.map((stage) => stageQuery(stage, stageLabels[stage], text, limits.value[stage] ?? pageSize));
  const reply = await askWorker('listGroups', { queries });
  if (text !== search.value) return; // a newer search is on its way
  if (!reply.ok) error.value = reply.error;
  groups.value = stages.map((stage, index) => {
    const page = (reply.ok && reply.value[index]) || { contacts: [], total: 0 };
    return { stage, label: stageLabels[stage], ...page };
  });
  loading.value = false;
}

/** Opens a contact: asked beside its view's code, shown when both are here (the open view stays until then). */
export async function loadContact(url: string): Promise<void> {
  const [reply, view] = await Promise.all([askWorker('getContact', { url }), contactView.want().catch((failed: unknown) => String(failed))]);
  // Set only with the view's code here: never an empty panel.
  if (typeof view === 'string') error.value = view;
  else if (!reply.ok) error.value = reply.error;
  else selected.value = reply.value;
}

export async function refresh(): Promise<void> {
  const url = selected.value?.contact.url;
  await Promise.all([loadDue(), loadGroups(), url ? loadContact(url) : Promise.resolve()]);
}
