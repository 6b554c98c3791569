import type { Profile } from '@/utils/linkedin/profile';
import type { Clock } from '@/utils/relationship/clock';
import { interactionForStage, stageAfter } from '@/utils/relationship/stage-after';
import type { InteractionKind, Stage } from '@/utils/relationship/stages';
import { advanceContact, type Step } from '../follow-ups/advance-contact';
import { keepSnapshots } from '../schema/contact-snapshot';
import type { Database } from '../schema/database';
import { findContact } from '../schema/find-contact';
import { inTransaction } from '../schema/in-transaction';
import { fail, succeed, type Outcome } from '../schema/outcome';
import type { Contact, CitedHook, SentMessage } from '../schema/records';
import { moveFollowUps } from '../follow-ups/reset-follow-ups';
import { settingsIn } from '../schema/settings';
import { storeText } from '../schema/store-text';
import { removeContact, writeContact } from '../schema/write-contact';

/** What a page saves about a contact: the profile as read, and whichever fields it changes. */
export interface ContactInput {
  profile: Profile;
  stage?: Stage;
  meetingAt?: number;
  notes?: string;
  takeaways?: string;
  adviceReceived?: string;
  whatITried?: string;
  toldThem?: string;
  hook?: CitedHook;
  message?: SentMessage;
}

export interface InteractionInput {
  url: string;
  kind: InteractionKind;
  /** When it happened; now when absent ("we met yesterday" is logged with yesterday). */
  at?: number;
  note?: string;
  meetingAt?: number;
  /** "Not now": the day they named. */
  pausedUntil?: number;
}

export interface StageInput {
  url: string;
  stage: Stage;
  meetingAt?: number;
  /** "Not now": the day they named. */
  pausedUntil?: number;
}

const editableFields = ['notes', 'takeaways', 'adviceReceived', 'whatITried', 'toldThem', 'hook', 'message'] as const;

/** A contact as it starts: reached out, nothing noted yet. */
export function newContact(profile: Profile, now: number): Contact {
  return {
    url: profile.url,
    formerUrls: [],
    profile,
    stage: 'reached-out',
    notes: '',
    takeaways: '',
    adviceReceived: '',
    whatITried: '',
    toldThem: '',
    history: [],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Saves a contact: new, or merged into the saved one field by field inside one transaction,
 * so two pages saving different fields at once both land. A slug change is followed through
 * the member id. A new stage (or a new chat time) plans the follow-ups for it.
 */
export function saveContact(db: Database, input: ContactInput, clock: Clock): Promise<Outcome<Contact>> {
  return inTransaction(db, async (tx) => {
    const { plan } = await settingsIn(tx);
    const { profile } = input;
    const existing = await findContact(tx, { url: profile.url, memberId: profile.memberId });
    const base = existing ?? newContact(profile, clock.now);
    let contact: Contact = { ...base, url: profile.url, profile, updatedAt: clock.now };
    const memberId = profile.memberId ?? base.memberId;
    if (memberId !== undefined) contact.memberId = memberId;
    for (const field of editableFields) {
      if (input[field] !== undefined) Object.assign(contact, { [field]: input[field] });
    }
    const sameAddress = existing?.url === profile.url;
    if (existing && !sameAddress) {
      // LinkedIn let them change their vanity slug: same person, new key.
      contact.formerUrls = [...new Set([...existing.formerUrls, existing.url])].filter((url) => url !== profile.url);
      await removeContact(tx, existing);
      await moveFollowUps(tx, existing.url, profile.url);
    }
    const stored = sameAddress ? existing : undefined;
    const stage = input.stage ?? base.stage;
    const moved = !existing || stage !== existing.stage || (input.meetingAt !== undefined && input.meetingAt !== existing.meetingAt);
    if (!moved) {
      // Their name may read differently now: the nudges waiting for them say it the new way.
      await writeContact(tx, contact, stored);
      await keepSnapshots(tx, contact);
      return succeed(contact);
    }
    const step = { stage, at: clock.now, meetingAt: input.meetingAt, interaction: interactionForStage[stage] };
    contact = await advanceContact(tx, contact, step, clock, plan, stored);
    return succeed(contact);
  });
}

/** A step taken by hand on a saved contact (something logged, a stage changed): the plan is reset from it. */
function stepByHand(db: Database, url: string, clock: Clock, stepFor: (contact: Contact) => Step): Promise<Outcome<Contact>> {
  return inTransaction(db, async (tx) => {
    const { plan } = await settingsIn(tx);
    const contact = await findContact(tx, { url });
    if (!contact) return fail(storeText.noContact(url));
    return succeed(await advanceContact(tx, contact, stepFor(contact), clock, plan, contact));
  });
}

/** Logs something that happened; it moves the stage where it should and resets the plan. */
export function logInteraction(db: Database, input: InteractionInput, clock: Clock): Promise<Outcome<Contact>> {
  return stepByHand(db, input.url, clock, (contact) => ({
    stage: stageAfter(input.kind, contact.stage),
    at: input.at ?? clock.now,
    meetingAt: input.meetingAt,
    pausedUntil: input.pausedUntil,
    interaction: input.kind,
    note: input.note,
  }));
}

/** Moves a contact to a stage by hand, with the chat's time when one is scheduled. */
export function changeStage(db: Database, input: StageInput, clock: Clock): Promise<Outcome<Contact>> {
  return stepByHand(db, input.url, clock, () => ({
    stage: input.stage,
    at: clock.now,
    meetingAt: input.meetingAt,
    pausedUntil: input.pausedUntil,
    interaction: interactionForStage[input.stage],
  }));
}
