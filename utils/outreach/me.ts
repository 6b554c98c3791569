import type { Account } from './channels';
import { type DraftLanguage, draftLanguages } from './their-language';
import { questionTopicOf } from './wording/my-questions';
import { isTimeZone } from '@/utils/time-zones';

/**
 * The mentee's own settings (guide Step 1: self-reflection). Every field may be empty:
 * a draft leaves out what it does not know rather than showing a gap.
 */
export interface Me {
  /** Name for the sign-off and "I'm …". */
  name: string;
  /** A different sign-off than the name, e.g. "Sam Lee, Northwind Logistics". */
  signature?: string;
  /** One line: role, organization, current focus, as it would follow "I'm": "a junior analyst at Northwind, focused on …". */
  intro: string;
  /** Next 6-12 months, e.g. "get better at presenting data to non-technical stakeholders". */
  shortTermGoal: string;
  /** Next 3-5 years, e.g. "move from a technical role into product management". */
  longTermGoal: string;
  /** What I need to learn, e.g. "the financial side of project budgeting". */
  skillsMissing: string;
  /**
   * What my two or three questions are about, as it would follow "questions about":
   * "moving from analytics into product management". Every first message names it.
   */
  askAbout: string;
  /** The kind of guidance wanted: technical advice, career strategy, navigating the organization, encouragement. */
  guidance: string;
  askMinutes: 15 | 20;
  account: Account;
  /** Personalized invitation notes a free account may send a month (LinkedIn Help a550555: five). */
  notesPerMonth: number;
  /** IANA time zone, e.g. "Europe/Warsaw". */
  timeZone: string;
  /** Keywords of the experience, skills and traits I look for in a mentor. */
  persona: string[];
  /** Schools and organizations I have been part of: a shared one makes a good opening. */
  schools: string[];
  companies: string[];
  /** The language my messages are drafted in (issue 18); English until I choose another. */
  language: DraftLanguage;
  /**
   * A shorter intro for connection notes (at most a clause: "a junior analyst at Northwind"),
   * approved by me; when empty, a note cuts `intro` itself.
   */
  introShort?: string;
  /**
   * My few words that go into sentences, in another draft language than `language` (asked once,
   * then kept): a Spanish draft uses `wordsIn.es` instead of mixing in my English.
   */
  wordsIn?: Partial<Record<DraftLanguage, MyWords>>;
}

/** The Me fields whose words go into a draft's sentences: what a draft in another language needs again. */
export const myWordFields = ['intro', 'introShort', 'shortTermGoal', 'longTermGoal', 'skillsMissing', 'askAbout'] as const;
export type MyWords = Partial<Record<(typeof myWordFields)[number], string>>;

/**
 * Me as a draft in `language` sees it: my words in that language where I gave them. Fields I
 * did not give in that language stay empty rather than going in in another language.
 */
export function meIn(me: Me, language: DraftLanguage): Me {
  if (language === me.language) return me;
  const words = me.wordsIn?.[language];
  if (!words) return me;
  const mine: Record<string, string> = {};
  for (const field of myWordFields) mine[field] = words[field] ?? '';
  return { ...me, ...mine };
}

/** Whether a draft in `language` has my words in it, or would have to borrow them from Me's own language. */
export function hasMyWordsIn(me: Me, language: DraftLanguage): boolean {
  if (language === me.language) return true;
  const words = me.wordsIn?.[language];
  return Boolean(words && myWordFields.some((field) => (words[field] ?? '').trim() !== ''));
}

export const defaultMe: Me = {
  name: '',
  intro: '',
  shortTermGoal: '',
  longTermGoal: '',
  skillsMissing: '',
  askAbout: '',
  guidance: '',
  askMinutes: 15,
  account: 'free',
  notesPerMonth: 5,
  timeZone: 'UTC',
  persona: [],
  schools: [],
  companies: [],
  language: 'en',
};

/** Tolerant reading of stored or typed settings: what is missing or of the wrong type falls back to the default. */
export function readMe(input: unknown): Me {
  const raw: Record<string, unknown> = isRecord(input) ? input : {};
  const text = (key: keyof Me): string => {
    const value = raw[key];
    return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  };
  const list = (key: keyof Me): string[] => {
    const value = raw[key];
    const items = typeof value === 'string' ? value.split(/[,;\n]/) : Array.isArray(value) ? value : [];
    return items
      .filter((item): item is string => typeof item === 'string')
      .map((item) => item.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  };
  const minutes = Number(raw.askMinutes);
  // A sign-off may run over lines ("Lucía Fernández\nIngeniera agrónoma"): each line tidied, the breaks kept.
  const signature = typeof raw.signature === 'string' ? raw.signature.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n') : '';
  const introShort = text('introShort');
  const wordsIn = readWordsIn(raw.wordsIn);
  return {
    name: text('name'),
    ...(signature && { signature }),
    intro: text('intro'),
    shortTermGoal: text('shortTermGoal'),
    longTermGoal: text('longTermGoal'),
    skillsMissing: text('skillsMissing'),
    askAbout: text('askAbout'),
    guidance: text('guidance'),
    askMinutes: minutes === 20 ? 20 : 15,
    account: raw.account === 'premium' ? 'premium' : 'free',
    notesPerMonth: wholeNumber(raw.notesPerMonth, 1, 100) ?? defaultMe.notesPerMonth,
    timeZone: isTimeZone(raw.timeZone) ? raw.timeZone : defaultMe.timeZone,
    persona: list('persona'),
    schools: list('schools'),
    companies: list('companies'),
    language: draftLanguages.includes(raw.language as DraftLanguage) ? (raw.language as DraftLanguage) : defaultMe.language,
    ...(introShort && { introShort }),
    ...(wordsIn && { wordsIn }),
  };
}

/** My words in other languages, as stored or imported: only known languages and fields, only text. */
function readWordsIn(value: unknown): Me['wordsIn'] | undefined {
  if (!isRecord(value)) return undefined;
  const result: NonNullable<Me['wordsIn']> = {};
  for (const language of draftLanguages) {
    const words = value[language];
    if (!isRecord(words)) continue;
    const kept: MyWords = {};
    for (const field of myWordFields) {
      const text = words[field];
      if (typeof text === 'string' && text.trim()) kept[field] = text.replace(/\s+/g, ' ').trim().slice(0, 500);
    }
    if (Object.keys(kept).length) result[language] = kept;
  }
  return Object.keys(result).length ? result : undefined;
}

/** A whole number within bounds, typed or stored; undefined for anything else. */
function wholeNumber(value: unknown, min: number, max: number): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

/** First run: nothing the drafts could say about me yet. */
export function isMeEmpty(me: Me): boolean {
  return ![me.name, me.intro, me.shortTermGoal, me.longTermGoal, me.skillsMissing, me.askAbout, me.guidance].some(
    (field) => field.trim() !== '',
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/** The two things a good first message cannot do without: who I am, and what my questions are about. */
export function meetsDraftNeeds(me: Me): { intro: boolean; askAbout: boolean } {
  return { intro: me.intro !== '', askAbout: questionTopicOf(me) !== '' };
}
