import type { Profile } from '@/utils/linkedin/profile';
import { type Finding, type SavedMessage, check, explain } from './check';
import type { Me } from './me';
import { type DraftChoices, type WrittenDraft, writeDraft } from './write-draft';

export { assemble, type DraftChoices, type DraftParts } from './write-draft';

export interface Draft extends Omit<WrittenDraft, 'hook' | 'language' | 'notes'> {
  /** The checker's findings on this draft, and the composer's notes. */
  findings: Finding[];
  /** What only the composer knows (no specific hook, no "why them", no intro): shown beside the checker's findings on an edited draft too. */
  notes: Finding[];
}

/** Drafts a first message in the guide's five parts, fitted to the channel's limit, and checks it. */
export function compose(profile: Profile, me: Me, choices: DraftChoices): Draft {
  const draft = writeDraft(profile, me, choices);
  const { hook: _hook, language: _language, notes: _notes, ...written } = draft;
  const notes = explainNotes(draft);
  return { ...written, findings: checkWritten(draft, profile, me, choices.savedMessages, notes), notes };
}

/**
 * The checker's findings on a draft as written, with the composer's notes: the popup, which
 * shows the draft before the checker is loaded, asks this once it is.
 */
export function checkWritten(draft: WrittenDraft, profile: Profile, me: Me, savedMessages?: readonly SavedMessage[], notes = explainNotes(draft)): Finding[] {
  const findings = check(draft.body, draft.channel, {
    account: me.account,
    language: draft.language,
    ...(draft.subject !== undefined && { subject: draft.subject }),
    ...(draft.hook && { hook: draft.hook }),
    profile,
    ...(savedMessages && { savedMessages }),
  });
  return withNotes(findings, notes);
}

/** The composer's notes on a draft, in its language. */
export function explainNotes(draft: Pick<WrittenDraft, 'notes' | 'language'>): Finding[] {
  return draft.notes.map((note) => explain(note.id, note.detail, draft.language));
}

/**
 * The checker's findings on a draft as it stands, with the composer's notes on it. "Nothing
 * specific was found on their profile" says "no hook" better, so it replaces it.
 */
export function withNotes(findings: Finding[], notes: Finding[]): Finding[] {
  const saysNoHook = notes.some((note) => note.id === 'no-citable-hook');
  return [...findings.filter((finding) => !(saysNoHook && finding.id === 'no-hook')), ...notes];
}
