/** Small grammar shared by the languages other than English: each table passes its own words. */
import { tidy } from './text';
import type { MyQuestions } from './my-questions';

/**
 * Lower-cases a phrase's first letter when it is an ordinary capitalised word ("Analista de
 * producto" → "analista de producto"); a name of two capitalised words ("Northwind Logistics")
 * or an acronym stays as written.
 */
export function lowerFirstWord(text: string): string {
  const [first = '', second = ''] = text.split(' ');
  const plain = /^\p{Lu}\p{Ll}+$/u.test(first);
  const nameGoesOn = /^\p{Lu}\p{Ll}/u.test(second);
  return plain && !nameGoesOn ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** "a", "a y b", "a, b y c": `and` may depend on the next word (Spanish "y" before "i" is "e"). */
export function listWith(and: (next: string) => string) {
  return (items: string[]): string => {
    if (items.length <= 1) return items[0] ?? '';
    const last = items[items.length - 1]!;
    return `${items.slice(0, -1).join(', ')} ${and(last)} ${last}`;
  };
}

/** A goal as an infinitive phrase: the wish before it ("quiero", "je voudrais") taken off, when what is left is a verb phrase. */
export function infinitiveReader(wish: RegExp, isVerbPhrase: (phrase: string) => boolean, lowerFirst: (text: string) => string) {
  return (goal: string): string | undefined => {
    const stripped = tidy(goal).replace(/[.!]+$/, '').replace(wish, '').trim();
    const phrase = lowerFirst(stripped);
    return phrase && isVerbPhrase(phrase) ? phrase : undefined;
  };
}

/** Me's "kind of guidance" is one of four English choices (or typed words); each language names the four itself. */
export type GuidanceNames = Record<'technical advice' | 'career strategy' | 'navigating the organization' | 'encouragement', string>;

/**
 * What my questions are about, as `questionTopicOf` reads it, in another language: the topic
 * I named, the skill I miss, my goal ("cómo …" where the language can say it), the guidance I want.
 */
export function topicReader(shape: {
  lowerFirst: (text: string) => string;
  asInfinitive: (goal: string) => string | undefined;
  howTo: ((verb: string) => string) | undefined;
  guidance: GuidanceNames;
  leading: RegExp;
}) {
  return (me: MyQuestions): string => {
    const goal = tidy(me.shortTermGoal || me.longTermGoal).replace(/[.!]+$/, '');
    const verb = goal ? shape.asInfinitive(goal) : undefined;
    const known = shape.guidance[me.guidance.toLowerCase() as keyof GuidanceNames];
    // "Encouragement" and "technical advice" say too little to be what questions are about.
    const guidance = /^(?:encouragement|technical advice)$/i.test(me.guidance) ? '' : (known ?? me.guidance);
    const fromGoal = verb ? (shape.howTo ? shape.howTo(verb) : '') : shape.lowerFirst(goal);
    const topic = me.askAbout || shape.lowerFirst(me.skillsMissing) || fromGoal || guidance;
    return topic.replace(/[.!?]+$/, '').replace(shape.leading, '');
  };
}
