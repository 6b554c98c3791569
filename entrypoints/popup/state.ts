/**
 * The popup's state: what the tab shows, what "Me" says, and the draft derived from both.
 * Derivations are computed signals over pure functions in utils/; only reading the tab and
 * talking to the worker happen here.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import type { NotProfileReason, Profile, ProfileField } from '@/utils/linkedin/profile';
import { channelHasSubject, limitFor } from '@/utils/outreach/channels';
import { assemble, writeDraft, type DraftParts } from '@/utils/outreach/write-draft';
import { findHooks } from '@/utils/outreach/hooks';
import { draftChoices, firstChoices, ownHookId, pickedHook as hookPicked } from '@/utils/drafting/chosen-draft';
import { defaultMe, meetsDraftNeeds, type Me } from '@/utils/outreach/me';
import { asksForMyWordsIn } from '@/utils/outreach/my-words';
import type { SavedMessage } from '@/utils/outreach/check';
import { matchPersona } from '@/utils/sizing-up/persona-match';
import { noteAllowance } from '@/utils/relationship/note-allowance';
import { theirClock } from './their-clock';
import { withTypedFields, type TypedField, type TypedFields } from '@/utils/sizing-up/typed-fields';
import type { ContactView } from '@/utils/store/contacts/contact-queries';
import { nextOpenFollowUp } from '@/utils/store/schema/records';
import type { Choices, KeptDraft } from '@/utils/drafting/kept-drafts';
import { languageToOffer } from '@/utils/drafting/draft-language';
import { type DraftLanguage, profileLanguage } from '@/utils/outreach/their-language';
import { loadChecks, loadWording } from '@/utils/outreach/languages';

export type { Choices } from '@/utils/drafting/kept-drafts';

export type Screen =
  | { kind: 'loading' }
  /** No profile here; `seen` says what a profile address shows instead (a sign-in wall …). */
  | { kind: 'not-profile'; seen?: NotProfileReason }
  /** A LinkedIn profile address that cannot be read (/in/me/, broken encoding …): said at once, never waited on. */
  | { kind: 'unreadable-address'; reason: string }
  | { kind: 'waiting' }
  | { kind: 'first-run' }
  | { kind: 'error'; message: string }
  | { kind: 'profile' };

export { ownHookId } from '@/utils/drafting/chosen-draft';

export const screen = signal<Screen>({ kind: 'loading' });
/** The tab being read: the one the popup was opened on, or the side panel's active tab. */
export const tabId = signal<number | undefined>(undefined);
export const me = signal<Me>(defaultMe);
export const pageProfile = signal<Profile | undefined>(undefined);
/** Sections LinkedIn is still filling in on the page shown: the view reads the tab again until they come (actions.ts). */
export const lateSections = signal<ProfileField[]>([]);
export const typed = signal<TypedFields>({});
export const chosenZone = signal<string | undefined>(undefined);
export const choosingZone = signal(false);
export const choices = signal<Choices>(firstChoices(undefined, defaultMe));
/** The user changed the draft (a choice, a part, the message, a field): it is worth keeping. */
export const touched = signal(false);
/** The saved contact for this profile: undefined while asking, null when not saved. */
export const known = signal<ContactView | null | undefined>(undefined);
/** On a saved contact, the user asked for a new first message instead of the follow-up. */
export const showFirstMessage = signal(false);
export const save = signal<{ state: 'idle' | 'saving' | 'saved' | 'failed'; error?: string }>({ state: 'idle' });
/** First messages saved for other contacts: the checker warns before the same words go out twice. */
export const savedMessages = signal<SavedMessage[]>([]);

/** Invitation notes saved as sent this calendar month (in Me's zone); undefined until counted. */
export const notesThisMonth = signal<number | undefined>(undefined);
/** Where the next note stands against the free account's monthly cap, while a note is drafted. */
export const noteWarning = computed(() => {
  if (notesThisMonth.value === undefined || choices.value.channel !== 'connection-note') return undefined;
  return noteAllowance(notesThisMonth.value, me.value.notesPerMonth, me.value.account);
});

/** The contact's next open follow-up, soonest first. */
export const nextFollowUp = computed(() => nextOpenFollowUp(known.value?.followUps ?? []));

/** What the user changed by hand: a part, or the whole message. Reset when the draft is redone. */
const partEdits = signal<Partial<DraftParts>>({});
const messageEdits = signal<{ subject?: string; body?: string }>({});

/** The profile as drafted for: the page, the name to greet them by saved with the contact, and what the user typed. */
export const profile = computed(() => {
  const page = pageProfile.value;
  const saved = known.value?.contact.profile.greetAs;
  return page && withTypedFields(saved ? { ...page, greetAs: saved } : page, typed.value);
});
export const theirZone = computed(() => chosenZone.value ?? theirClock.value?.guessTimeZone(profile.value?.location));
export const personaMatch = computed(() => profile.value && matchPersona(profile.value, me.value.persona));
export const hooks = computed(() => (profile.value ? findHooks(profile.value, me.value) : []));
/** The hook the user picked (one found, or their own words); undefined leaves the choice to the composer. */
const pickedHook = computed(() => hookPicked(choices.value, hooks.value));
/** The hook the draft cites: the one picked, else the best the message has room to name (see writeDraft). */
export const chosenHook = computed(() => (choices.value.hookId === ownHookId ? pickedHook.value : (pickedHook.value ?? draft.value?.hook ?? hooks.value[0])));
export const chosenHookId = computed(() => (choices.value.hookId === ownHookId ? ownHookId : (chosenHook.value?.id ?? ownHookId)));
/** The language this draft is written in: the one chosen for it, else Me's. */
export const draftLanguage = computed(() => choices.value.language ?? me.value.language);
/** Their profile's language, offered when the draft is in another ("This profile is in French: draft in French?"). */
export const languageOffer = computed(() => profile.value && languageToOffer(profileLanguage(profile.value), draftLanguage.value));

/** Languages whose words are here (English always; another loads on demand, see utils/outreach/languages.ts). */
const wordsLoaded = signal<ReadonlySet<DraftLanguage>>(new Set(['en']));
/** Loads the words of these languages (once each); drafts and follow-ups in them can then be written. */
export async function loadWordsOf(...languages: DraftLanguage[]): Promise<void> {
  await Promise.all(languages.map(loadWording));
  wordsLoaded.value = new Set([...wordsLoaded.value, ...languages]);
}
/** The draft is in the draft's language and a follow-up in Me's: both must be loaded to write them. */
export const wordsReady = computed(() => wordsLoaded.value.has(draftLanguage.value) && wordsLoaded.value.has(me.value.language));
// Whatever changed a language, its words are fetched; the popup loads them before showing a draft.
effect(() => {
  if (!wordsReady.value) void loadWordsOf(draftLanguage.value, me.value.language);
});

/** A draft in another language than Me's waits for my words in it (asked once, my-words-view.tsx) rather than mixing in Me's. */
export const wordsAsked = computed(() => asksForMyWordsIn(me.value, draftLanguage.value));

export const draft = computed(() => {
  if (!profile.value || !wordsReady.value) return undefined;
  // The same choices as `npm run draft` reads them (utils/drafting/chosen-draft.ts); writeDraft
  // uses my words in the draft's language (meIn) where I gave them.
  return writeDraft(profile.value, me.value, draftChoices(choices.value, me.value, hooks.value));
});
export const parts = computed(() => draft.value && { ...draft.value.parts, ...partEdits.value });
const assembled = computed(() => parts.value && assemble(parts.value, choices.value.channel, me.value.account));
export const message = computed(() => ({
  subject: messageEdits.value.subject ?? assembled.value?.subject ?? '',
  body: messageEdits.value.body ?? assembled.value?.body ?? '',
}));
export const hasSubject = computed(() => channelHasSubject(choices.value.channel));
export const limit = computed(() => limitFor(choices.value.channel, me.value.account));

/**
 * The checker and its words (a third of the drafting view's code) load just after the draft is
 * shown: its findings follow a moment later. `checksLoaded`: the languages whose checks are here.
 */
const checker = signal<typeof import('./checker') | undefined>(undefined);
const checksLoaded = signal<ReadonlySet<DraftLanguage>>(new Set());
async function loadChecker(language: DraftLanguage): Promise<void> {
  const [loaded] = await Promise.all([import('./checker'), loadChecks(language)]);
  batch(() => {
    checker.value = loaded;
    checksLoaded.value = new Set([...checksLoaded.value, language]);
  });
}
effect(() => {
  if (draft.value && !checksLoaded.value.has(draftLanguage.value)) void loadChecker(draftLanguage.value);
});

/** The checker's findings on the message as it stands; undefined until the checker is loaded. */
export const findings = computed(() => {
  const composed = draft.value;
  const checks = checker.value;
  if (!checks || !checksLoaded.value.has(draftLanguage.value) || !wordsReady.value || !profile.value) return undefined;
  const { subject, body } = message.value;
  // The draft as written is checked as compose checks it: the message is checked again only once
  // edited (or when compose cited the best hook for want of a chosen one, which this check would not).
  const asComposed = composed && body === composed.body && (subject || undefined) === composed.subject;
  if (asComposed && (chosenHook.value || hooks.value.length === 0)) return checks.checkWritten(composed, profile.value, me.value, savedMessages.value);
  const found = checks.check(message.value.body, choices.value.channel, {
    account: me.value.account,
    ...(hasSubject.value && { subject: message.value.subject }),
    ...(chosenHook.value && { hook: chosenHook.value }),
    profile: profile.value,
    savedMessages: savedMessages.value,
    language: draftLanguage.value,
  });
  // What only the composer knows stays said after an edit.
  return checks.withNotes(found, composed ? checks.explainNotes(composed) : []);
});

/** What to keep of the draft until it is saved or discarded (see utils/drafting/kept-drafts.ts). */
export const kept = computed<Omit<KeptDraft, 'keptAt'>>(() => ({
  choices: choices.value,
  partEdits: partEdits.value,
  messageEdits: messageEdits.value,
  typed: typed.value,
}));

/** A new choice redoes the draft: hand edits of the old one no longer apply. */
export function choose(change: Partial<Choices>): void {
  batch(() => {
    touched.value = true;
    choices.value = { ...choices.value, ...change };
    partEdits.value = {};
    messageEdits.value = {};
  });
}

/** A draft in another language: its words are loaded first, so the draft never goes blank. */
export async function chooseLanguage(language: DraftLanguage): Promise<void> {
  await loadWordsOf(language);
  choose({ language });
}

export function anotherWording(): void {
  choose({ wording: choices.value.wording + 1 });
}

export function editPart(part: keyof DraftParts, value: string): void {
  batch(() => {
    touched.value = true;
    partEdits.value = { ...partEdits.value, [part]: value };
    messageEdits.value = {};
  });
}

export function editMessage(change: { subject?: string; body?: string }): void {
  batch(() => {
    touched.value = true;
    messageEdits.value = { ...messageEdits.value, ...change };
  });
}

export function typeField(field: TypedField, value: string): void {
  batch(() => {
    touched.value = true;
    typed.value = { ...typed.value, [field]: value };
    partEdits.value = {};
    messageEdits.value = {};
  });
}

/**
 * Shows the profile, or first asks for who I am and my questions' topic when Me lacks them
 * (unless skipped), with the draft kept for this profile if there is one; otherwise a fresh draft.
 */
export function showProfile(read: Profile, settings: Me, skipFirstRun = false, keptDraft?: KeptDraft): void {
  const needs = meetsDraftNeeds(settings);
  batch(() => {
    pageProfile.value = read;
    lateSections.value = read.loading ?? [];
    me.value = settings;
    choices.value = keptDraft?.choices ?? firstChoices(read, settings);
    partEdits.value = keptDraft?.partEdits ?? {};
    messageEdits.value = keptDraft?.messageEdits ?? {};
    typed.value = keptDraft?.typed ?? {};
    touched.value = !!keptDraft;
    chosenZone.value = undefined;
    choosingZone.value = false;
    known.value = undefined;
    showFirstMessage.value = false;
    save.value = { state: 'idle' };
    screen.value = !(needs.intro && needs.askAbout) && !skipFirstRun ? { kind: 'first-run' } : { kind: 'profile' };
  });
}

/** Whether the user has written words of their own into this draft: a part, the message, a field. */
function wordsTyped(): boolean {
  return Object.keys(partEdits.value).length > 0 || Object.keys(messageEdits.value).length > 0 || Object.values(typed.value).some((value) => !!value?.trim());
}

/**
 * The same profile read again once LinkedIn filled in sections it was still loading. While the
 * user has written nothing of their own, the draft follows the fuller profile (new hooks, roles)
 * and keeps every choice made (channel, tone, hook picked, language). Once they have edited a
 * part or the message, or typed a field, their draft stays exactly as they see it: a message
 * rewriting itself around their words is not what anyone expects, so the fuller reading is
 * left unapplied and the view stops waiting. Returns whether it was applied.
 */
export function readAgain(read: Profile): boolean {
  if (read.url !== pageProfile.value?.url) return false;
  if (wordsTyped()) {
    lateSections.value = [];
    return false;
  }
  batch(() => {
    pageProfile.value = read;
    lateSections.value = read.loading ?? [];
  });
  return true;
}

/** "Start again": the suggested draft, without the edits. */
export function discardEdits(): void {
  batch(() => {
    choices.value = firstChoices(pageProfile.value, me.value);
    partEdits.value = {};
    messageEdits.value = {};
    typed.value = {};
    touched.value = false;
  });
}
