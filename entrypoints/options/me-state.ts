/**
 * "Me" on the options page: the fields as typed, saved to the worker as you type (debounced),
 * and gentle hints computed from them.
 */
import { computed, signal } from '@preact/signals';
import { askWorker } from '@/utils/messaging/ask-worker';
import { meWithZone } from '@/utils/outreach/me-with-zone';
import { browserDraftLanguage } from '@/utils/drafting/draft-language';
import { meValues, type MeValues } from '@/components/me/me-values';
import { debounce } from '@/utils/debounce';
import { defaultMe, isMeEmpty, readMe, type Me } from '@/utils/outreach/me';
import { meHints } from '@/utils/outreach/me-hints';
import { hintWords } from '@/components/me/me-fields';
import { text } from './text';
import { timeZoneList } from '@/utils/time-zones';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const browserLanguage = browserDraftLanguage(navigator.language);

export const values = signal<MeValues>(meValues({ ...defaultMe, timeZone: browserZone, language: browserLanguage }));
export const status = signal<string>(text.loading);
export const error = signal('');
export const loaded = signal(false);
/** Set when "Me" was empty on arrival: the popup's first-run screen sends people here. */
export const firstRun = signal(false);

export const me = computed(() => readMe(values.value));
/** The hints under the fields, in the interface's language. */
export const hints = computed(() =>
  isMeEmpty(me.value) ? {} : Object.fromEntries(Object.entries(meHints(me.value)).map(([field, hint]) => [field, hintWords[hint]])),
);

export const timeZones = timeZoneList();

export async function loadMe(): Promise<void> {
  const reply = await askWorker('getSettings', undefined);
  if (!reply.ok) {
    error.value = reply.error;
    status.value = '';
    return;
  }
  const stored = meWithZone(reply.value.me, browserZone, browserLanguage);
  values.value = meValues(stored);
  firstRun.value = isMeEmpty(stored);
  status.value = '';
  loaded.value = true;
}

const save = debounce(async (next: Me) => {
  const reply = await askWorker('saveSettings', { me: next });
  error.value = reply.ok ? '' : reply.error;
  status.value = reply.ok ? text.saved : '';
}, 300);

export function change(key: keyof MeValues, value: string): void {
  values.value = { ...values.value, [key]: value };
  status.value = text.saving;
  save(me.value);
}

/** Closing the page right after typing still saves the last keystrokes. */
export const saveNow = () => save.flush();
