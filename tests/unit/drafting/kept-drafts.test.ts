import { beforeEach, describe, expect, it } from 'vitest';
import {
  draftsWithoutMe,
  forgetDraft,
  forgetEverythingKept,
  forgetOldDrafts,
  keepDraft,
  keepDraftsForMs,
  keptDraftFor,
  rememberDraftWithoutMe,
  type KeptDraft,
} from '@/utils/drafting/kept-drafts';

const amara = 'https://www.linkedin.com/in/amara-okafor/';
const kenji = 'https://www.linkedin.com/in/kenji-watanabe/';
const now = Date.UTC(2026, 11, 2, 9);

const draft: KeptDraft = {
  choices: { channel: 'inmail', hookId: 'post-1', ownHook: '', minutes: 20, tone: 'concise', wording: 2 },
  partEdits: { opening: 'Your talk on on-call rotations changed how my team works.' },
  messageEdits: { body: 'Hi Amara, edited by hand.' },
  typed: { location: 'Lagos, Nigeria' },
  keptAt: now,
};

beforeEach(() => localStorage.clear());

describe('a draft kept per profile', () => {
  it('reads back what was kept for that profile only', () => {
    keepDraft(localStorage, amara, draft);
    expect(keptDraftFor(localStorage, amara, now)).toEqual(draft);
    expect(keptDraftFor(localStorage, kenji, now)).toBeUndefined();
  });

  it('is gone once saved or discarded', () => {
    keepDraft(localStorage, amara, draft);
    forgetDraft(localStorage, amara);
    expect(keptDraftFor(localStorage, amara, now)).toBeUndefined();
  });

  it('is forgotten after 30 days, and old ones are cleared away', () => {
    keepDraft(localStorage, amara, draft);
    keepDraft(localStorage, kenji, { ...draft, keptAt: now + keepDraftsForMs });
    const later = now + keepDraftsForMs + 1;
    expect(keptDraftFor(localStorage, amara, later)).toBeUndefined();
    forgetOldDrafts(localStorage, later);
    expect(localStorage.length).toBe(1);
    expect(keptDraftFor(localStorage, kenji, later)).toEqual({ ...draft, keptAt: now + keepDraftsForMs });
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown channel', JSON.stringify({ ...draft, choices: { ...draft.choices, channel: 'fax' } })],
    ['a part that is not text', JSON.stringify({ ...draft, partEdits: { opening: 3 } })],
    ['no date', JSON.stringify({ ...draft, keptAt: undefined })],
  ])('is ignored when damaged (%s)', (_what, stored) => {
    localStorage.setItem(`mentor-outreach:draft:${amara}`, stored);
    expect(keptDraftFor(localStorage, amara, now)).toBeUndefined();
  });
});

describe('the first-run choice and erasing', () => {
  it('remembers "Draft anyway", and erasing everything forgets it with every draft', () => {
    expect(draftsWithoutMe(localStorage)).toBe(false);
    rememberDraftWithoutMe(localStorage);
    keepDraft(localStorage, amara, draft);
    localStorage.setItem('someone-else', 'kept');
    expect(draftsWithoutMe(localStorage)).toBe(true);

    forgetEverythingKept(localStorage);
    expect(draftsWithoutMe(localStorage)).toBe(false);
    expect(keptDraftFor(localStorage, amara, now)).toBeUndefined();
    expect(localStorage.getItem('someone-else')).toBe('kept');
  });
});
