/** What the checker says of a draft: one thing to fix or consider, with the guide's advice. */
export interface Finding {
  id: FindingId;
  severity: 'error' | 'warning' | 'tip';
  /** What is wrong, in plain words. */
  message: string;
  /** The guide's advice, quoted or close to it. */
  advice: string;
}

export type FindingId =
  | 'empty'
  | 'mentorship-ask'
  | 'sponsorship-ask'
  | 'no-hook'
  | 'no-time-box'
  | 'big-ask'
  | 'no-easy-yes'
  | 'over-limit'
  | 'subject-over-limit'
  | 'subject-missing'
  | 'generic-opener'
  | 'placeholder'
  | 'idiom'
  | 'pushy'
  | 'employer-only'
  | 'same-as-saved'
  // Notes only the composer can make (it knows the profile and Me, not just the words).
  | 'no-citable-hook'
  | 'no-introduction'
  | 'intro-left-out'
  | 'no-why-them'
  | 'no-persona'
  | 'me-in-other-language';

export type Explained = Omit<Finding, 'id'>;

/** What the checker reads in one language, and what each finding says in it. */
export interface CheckWords {
  explanations: Record<FindingId, (detail: string) => Explained>;
  /** "212 characters, 200 at most". */
  limitDetail: (length: number, most: number) => string;
  mentorshipAsks: RegExp[];
  timeBoxes: RegExp;
  bigAsks: RegExp[];
  pushy: RegExp[];
  /** "If you prefer, a reply by email would help just as much": an easier way to answer is no pressure. */
  easierWay: RegExp;
  easyYes: RegExp;
  genericOpeners: RegExp[];
  placeholders: RegExp[];
  idioms: RegExp;
  /** Words too common to show that a message is about this person. */
  commonWords: Set<string>;
  /** "We both studied at …": what we share is theirs too. */
  shared: RegExp;
  /** "your talk", "your years as …": a piece of their work named by its kind. */
  theirWork: RegExp;
  /** "your work as …": their role; `workAt` reads the employer after "your work at". */
  theirRole: RegExp;
  workAt: RegExp;
  /** The greeting, which names them but is no research. */
  greeting: RegExp;
}

/** A word boundary that knows accented letters: JavaScript's \b does not ("\bêtre" never matches after a space). */
const boundary = String.raw`(?:(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_])|(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_]))`;

/** A case-insensitive pattern whose \b works for every letter. */
export function wordPattern(source: string, flags = 'i'): RegExp {
  return new RegExp(source.replaceAll(String.raw`\b`, boundary), `${flags}u`);
}

/** Patterns every language shares: blanks never filled in. */
export const commonPlaceholders: RegExp[] = [
  /\{\{[^}]*\}\}?|\{\{/,
  /\b(?:undefined|null|NaN)\b/,
  /\[[^\]\n]{1,40}\]/,
  /<[A-Za-z][A-Za-z ]{0,30}>/,
  /\b(?:TODO|TBD|XXX|FIXME)\b/,
];
