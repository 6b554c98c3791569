import { type Tone, tones } from '@/utils/outreach/write-draft';
/**
 * What the user typed, kept per profile until they save or discard it (journey 9, "nothing
 * typed is lost"). The drafting view writes it to the extension's own localStorage:
 * - it is written synchronously, so the keystroke just before a popup closes (a click into
 *   LinkedIn to paste closes it at once) is kept; a message to the worker could be cut off;
 * - it lives in the extension's pages, not in the worker, so a stopped worker loses nothing;
 * - it needs no permission (storage.session would need `storage`, and forgets at restart).
 * The storage is passed in, so tests give their own.
 */
import { isChannel, type Channel } from '@/utils/outreach/channels';
import type { DraftParts } from '@/utils/outreach/compose';
import type { TypedFields } from '@/utils/sizing-up/typed-fields';
import { type DraftLanguage, draftLanguages } from '@/utils/outreach/their-language';

export interface Choices {
  channel: Channel;
  hookId?: string;
  ownHook: string;
  minutes: 15 | 20;
  tone: Tone;
  wording: number;
  /** The language chosen for this draft; without one, Me's. */
  language?: DraftLanguage;
}

export interface KeptDraft {
  choices: Choices;
  partEdits: Partial<DraftParts>;
  messageEdits: { subject?: string; body?: string };
  typed: TypedFields;
  keptAt: number;
}

/** A draft left this long is forgotten: profile text is not kept for ever without a save. */
export const keepDraftsForMs = 30 * 24 * 60 * 60 * 1000;

const prefix = 'mentor-outreach:';
const draftPrefix = `${prefix}draft:`;
const draftWithoutMeKey = `${prefix}draft-without-me`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const onlyStrings = (value: unknown): boolean => isRecord(value) && Object.values(value).every((item) => typeof item === 'string');

function isChoices(value: unknown): value is Choices {
  if (!isRecord(value)) return false;
  const { channel, hookId, ownHook, minutes, tone, wording, language } = value;
  return (
    isChannel(channel) &&
    (hookId === undefined || typeof hookId === 'string') &&
    typeof ownHook === 'string' &&
    (minutes === 15 || minutes === 20) &&
    tones.includes(tone as Tone) &&
    typeof wording === 'number' &&
    (language === undefined || draftLanguages.includes(language as DraftLanguage))
  );
}

/** The kept draft for a profile, if there is one, it reads back whole, and it is not too old. */
export function keptDraftFor(storage: Storage, profileUrl: string, now: number): KeptDraft | undefined {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(draftPrefix + profileUrl) ?? 'null');
  } catch {
    return undefined;
  }
  if (!isRecord(value) || typeof value.keptAt !== 'number' || now - value.keptAt > keepDraftsForMs) return undefined;
  const { choices, partEdits, messageEdits, typed } = value;
  if (!isChoices(choices) || !onlyStrings(partEdits) || !onlyStrings(messageEdits) || !onlyStrings(typed)) return undefined;
  return value as unknown as KeptDraft;
}

/** Keeps the draft; a full or refused storage leaves the draft on screen, as before. */
export function keepDraft(storage: Storage, profileUrl: string, draft: KeptDraft): void {
  try {
    storage.setItem(draftPrefix + profileUrl, JSON.stringify(draft));
  } catch {
    // Nothing more to do: the draft is still on screen.
  }
}

export function forgetDraft(storage: Storage, profileUrl: string): void {
  storage.removeItem(draftPrefix + profileUrl);
}

/** Forgets drafts kept longer than keepDraftsForMs. */
export function forgetOldDrafts(storage: Storage, now: number): void {
  for (const key of keysOf(storage)) {
    if (key.startsWith(draftPrefix) && !keptDraftFor(storage, key.slice(draftPrefix.length), now)) storage.removeItem(key);
  }
}

/** "Erase everything" also forgets what was kept here. */
export function forgetEverythingKept(storage: Storage): void {
  for (const key of keysOf(storage)) if (key.startsWith(prefix)) storage.removeItem(key);
}

/** The first-run choice "Draft anyway", remembered so it is not asked on every profile. */
export function rememberDraftWithoutMe(storage: Storage): void {
  storage.setItem(draftWithoutMeKey, 'yes');
}

export function draftsWithoutMe(storage: Storage): boolean {
  return storage.getItem(draftWithoutMeKey) === 'yes';
}

function keysOf(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key !== null);
}
