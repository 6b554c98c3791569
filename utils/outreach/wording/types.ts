/**
 * What a language supplies to the composer, the follow-up drafts and the hook names: only
 * words and the small rules of its grammar (articles, "and", which sentences go on in lower
 * case). The logic that picks, prices and fits the words is shared (compose.ts).
 */
import type { DraftLanguage } from './draft-languages';
import type { MyQuestions } from './my-questions';
import type { PhraseReader, TypedPhrase } from './typed-phrase';

export type Opening = (mention: string) => string;

/** How the opening sentence treats a hook: something they made, their work, what we share, an honour. */
export type HookFamily = 'made' | 'work' | 'past' | 'shared-school' | 'shared-company' | 'honor' | 'custom';

/** What kind of thing of theirs a made hook is: each language names it with its own noun. */
export type MadeNoun = 'article' | 'talk' | 'post' | 'project' | 'piece' | 'episode' | 'book' | 'paper';

/** A hook described without words, so that each language can name it: see `mentionsOf`. */
export type Citation =
  /** `language`: the title's (see titleLanguage); its topic is named in a draft only in that language. */
  /** `at`: a talk whose title is only where it was given ("AWS Summit Dublin"): "your talk at AWS Summit Dublin", never quoted as its title. */
  | { type: 'made'; noun: MadeNoun; recent: boolean; quotes: string[]; topic?: string; writtenTopic?: string; venue?: string; at?: string; topicFirst: boolean; language?: DraftLanguage }
  | { type: 'honor'; title: string; by?: string }
  | { type: 'role'; title: string; company: string; byCompany: boolean; byTitle: boolean }
  /** `stillThere`: they work at that company still, in another role: "your years at …" would be untrue. */
  | { type: 'past-role'; title: string; company: string; years: boolean; stillThere?: boolean }
  | { type: 'volunteering'; organization: string; role?: string }
  | { type: 'shared-school' | 'shared-company'; name: string }
  | { type: 'about'; quote: string };

/** How a language names a hook: its nouns, its quotation marks, its possessive. */
export interface CiteWords {
  /** Names a topic with the capitals of the title it comes from (German nouns keep theirs). */
  keepsTopicCase?: boolean;
  /** A title that opens with the name of its format ("Ponencia: …") is named by its topic first, not twice. */
  formatWord?: RegExp;
  quoted: (noun: MadeNoun, recent: boolean, quote: string, venue?: string) => string;
  onTopic: (noun: MadeNoun, recent: boolean, topic: string) => string;
  plainMade: (noun: MadeNoun, recent: boolean) => string;
  /** A talk named by where it was given ("your talk at AWS Summit Dublin"); without it, the place is quoted. */
  atEvent?: (noun: MadeNoun, recent: boolean, event: string) => string;
  honor: (title: string, by?: string) => string;
  role: { full: (title: string, company: string) => string; atCompany: (company: string) => string; asTitle: (title: string) => string; plain: string };
  past: { full: (title: string, company: string, years: boolean) => string; atCompany: (company: string, years: boolean) => string };
  volunteering: (organization: string, role?: string) => string;
  sameSchool: string;
  sameCompany: string;
  about: { quoted: (quote: string) => string; plain: string };
}

/** A closing sentence or two; given their first name ("" when unknown) where it names them. */
export type Close = string | ((first: string) => string);

export type Ask = { full: (minutes: number, topic: string) => string; short: (minutes: number, topic: string) => string; note: (minutes: number, topic: string) => string };

/** The words of the follow-up drafts (see follow-up-drafts.ts for when each is used). */
export interface FollowUpWords {
  checkIn: { subject: string; body: (minutes: number, topic: string) => string };
  /** What the first message asked to talk about: its first group is the topic; the tail is trimmed. */
  askedAbout: RegExp;
  askedTail: RegExp;
  /** A reply seen in the conversation on screen: log it, and what comes next. */
  logReply: string[];
  /** An invitation left three weeks without an answer: withdraw it by hand. */
  withdrawInvitation: string[];
  moveOn: string[];
  schedule: { subject: string; thanks: (minutes: number) => string; times: string; invite: string };
  prep: {
    them: string;
    summary: (minutes: number, who: string, when: string[]) => string;
    you: (when: string) => string;
    theirs: (when: string) => string;
    locale: string;
    reminders: (minutes: number, outreach: string | undefined) => string[];
  };
  questions: {
    hook: (hook: string) => string;
    move: (from: string, role: string) => string;
    role: (role: string) => string;
    skill: (skill: string) => string;
    /** '' when no question fits the goal's form (a whole sentence). */
    shortGoal: (goal: TypedPhrase) => string;
    longGoal: (goal: TypedPhrase) => string;
    general: string[];
  };
  /** How a phrase the user typed is read in this language (typed-phrase.ts): each frame below fits its form. */
  readPhrase: PhraseReader;
  thankYou: { subject: string; body: (takeaways: TypedPhrase[]) => string; addTakeaways: string; checkInLater: string; within24Hours: string };
  progress: { subject: string; body: (advice: TypedPhrase | undefined, tried: TypedPhrase | undefined) => string; thanks: string };
  keepInTouch: { subject: string; body: (goal: TypedPhrase | undefined) => string; ask: (minutes: number) => string };
  mismatch: { subject: string; body: (need: TypedPhrase | undefined) => string };
  naturalEnd: { subject: string; periodYear: string; periodMonths: string; periodUnknown: string; body: (period: string) => string };
}

export interface Wording {
  language: DraftLanguage;
  greetings: {
    /** A letter's greeting; `full` is the whole name, for languages whose formal greeting uses it. */
    formal: (first: string, full: string) => string;
    informal: (first: string) => string;
    /** When the name to greet is unknown: never "Hi undefined". */
    neutral: string;
    /**
     * A letter's greeting unless the tone is formal, in a language where a warm letter opens so
     * (English "Hi Amara,": it draws more replies than "Dear"); absent where letters open formally.
     */
    letter?: (first: string) => string;
    /**
     * A greeting with their title, where the language and their standing expect it ("Guten Tag
     * Dr. Ingrid Berger,"); undefined where it would not ("Hi Ingrid," in English, a note in French).
     */
    titled?: (name: TitledName, letter: boolean) => string | undefined;
  };
  /** The opening sentence as it follows the greeting: on the same line in a note, or in a letter. */
  afterGreeting: (sentence: string, note: boolean) => string;
  openings: Record<Exclude<HookFamily, 'custom'>, Opening[]> & { none: string[]; noneShort: string };
  /** A hook typed as a whole sentence ("I loved your talk…") is the opening itself. */
  typedSentence: RegExp;
  cite: CiteWords;
  introductions: { nameAndIntro: (name: string, intro: string) => string; introOnly: (intro: string) => string; nameOnly: (name: string) => string };
  /** How my one-line intro is cut: where its first clause ends, and the place after a role. */
  intro: {
    sentence: RegExp;
    clauseBreak: RegExp;
    placeTail: RegExp;
    asRole: (line: string) => string;
    /** Words a spoken intro opens with that a letter leaves out ("so basically", "well,"). */
    filler?: RegExp;
    /** Where a run-on intro may be cut: before "and", "but", "where", a comma… */
    clauseJoin?: RegExp;
    /** My intro typed as a sentence ("I'm a nurse on…") with my name put in, where the language can. */
    withName?: (name: string, sentence: string) => string | undefined;
  };
  /** My goal as a clause that can open a sentence, from my short-term or else long-term goal. */
  goals: {
    short: (goal: string) => string;
    long: (goal: string) => string;
    /** A goal that says its own time ("…within a year", "en los próximos 12 meses") is framed without "This year". */
    ownTime?: { says: RegExp; short: (goal: string) => string };
  };
  whyThem: Array<{ withGoal: (goal: string, overlap: string) => string; alone: (overlap: string) => string }>;
  asks: Ask[];
  topicDefault: string;
  /** What my questions are about, from Me, in this language. */
  topicOf: (me: MyQuestions) => string;
  /**
   * Make it easy for them, then thanks. A close may name them ("Thank you for reading, Amara."),
   * so that no sentence of a mentee's letters repeats across the people they write to; `minimal`
   * may be one phrase or several to vary among.
   */
  closes: { full: Close[]; short: Close[]; minimal: string | string[]; signOffLetter: (name: string) => string };
  subjects: {
    maxLength: number;
    aboutMention: (mention: string) => string;
    aboutTopic: (topic: string) => string;
    aboutExperience: (overlap: string) => string;
    aboutRole: (role: string) => string;
    fellowSchool: (school: string) => string;
    fellowCompany: (company: string) => string;
    generic: string;
  };
  listOf: (items: string[]) => string;
  lowerFirst: (text: string) => string;
  /** A goal as it follows "to" / an infinitive, or undefined when it is not a verb phrase. */
  asInfinitive: (goal: string) => string | undefined;
}

/** A doctor's or professor's title (or, in Spanish, an engineer's or licentiate's) that their name or headline shows. */
export interface TitledName {
  kind: 'doctor' | 'professor' | 'engineer' | 'licentiate';
  /** Said by the title itself ("Dra.", "Profa.", "Professorin"); false when it does not say ("Dr."), never guessed. */
  feminine: boolean;
  /** Their family name, when the order of their name is known ("Berger" in "Ingrid Berger"). */
  family?: string;
  /** Their whole name as they go by it, without titles or credentials ("Ingrid Berger"). */
  full: string;
}
