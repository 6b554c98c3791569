import { readEnglishPhrase } from './en-phrases';
import { readPhrase } from './typed-phrase';

/** Small text shaping for the drafts: tidy profile text and fit a typed phrase into a sentence. */

/** Collapse whitespace, drop links, hashtags and decorative symbols, and use plain single quotes inside a quote. */
export function tidy(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|\s)#[\p{L}\p{N}_]+/gu, ' ')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/["“”„«»]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of a text (a post, an About section). */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/u.exec(text);
  return (match ? match[0] : text).trim();
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-case the first letter when the first word is an ordinary capitalised word ("Your", "Junior"), not a name or an acronym. */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = text.split(' ');
  // "Product Manager at Zalando" is a title written in Title Case: lowering one word of it ("product Manager") is wrong.
  const titleCase = /^\p{Lu}\p{Ll}/u.test(second);
  return commonLeadingWords.has(first.toLowerCase()) && /^\p{Lu}\p{Ll}*$/u.test(first) && !titleCase
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

const commonLeadingWords = new Set(
  (
    'your the a an what how my our his her their this that junior senior lead principal staff chief head ' +
    'software data product project program marketing sales design designer engineer analyst student graduate ' +
    'researcher developer manager consultant associate intern teacher nurse doctor founder freelance ' +
    'first second final third recent self aspiring early mid career new thank any'
  ).split(' '),
);

/** "a"/"an" before a phrase, by sound: "an analyst", "a UX designer", "an SRE", "a university". */
export function withArticle(phrase: string): string {
  if (/^(a|an|the|my|one)\s/i.test(phrase)) return lowerFirst(phrase);
  const [first = ''] = phrase.split(/[\s-]/);
  const isAcronym = first.length > 1 && first === first.toUpperCase() && /\p{Lu}/u.test(first);
  const vowelSound = isAcronym
    ? /^[AEFHILMNORSX]/.test(first)
    : /^(hour|honest|honou?r|heir)/i.test(first) ||
      (/^[aeiou]/i.test(first) && !/^(uni|use|usu|ur[aeiou]|eu|one|once)/i.test(first));
  return `${vowelSound ? 'an' : 'a'} ${lowerFirst(phrase)}`;
}

/**
 * An organization's name as English says it mid-sentence: "the" before a name made of a common
 * noun for a body ("the Python Software Foundation", "the Royal Society", "the University of
 * Toronto", "the Massachusetts Institute of Technology"), none before a brand or "X University"
 * ("Microsoft", "Harvard University").
 */
export function organizationName(name: string): string {
  if (/^the\s/i.test(name) || !/^\p{Lu}/u.test(name)) return name.replace(/^The\s/, 'the ');
  // "University of Toronto", "Massachusetts Institute of Technology", "Association for Computing Machinery";
  // but "Delft University of Technology" is said without one.
  const bodyOf = /^(?:University|College|School|Academy|Institute) of\s|(?:^|\s)(?:Institute|Institution|College|School|Museum|Ministry|Department|Office|Academy|Society|Association|Council|Federation|Church) (?:of|for)\s/;
  const body = /\s(?:Foundation|Team|Society|Association|Institute|Institution|Authority|Board|Bureau|Assembly|Council|Committee|Project|Initiative|Alliance|Federation|Commission|Club|Agency|Centre|Center|Museum|Library|Consortium|Collective|Coalition|Partnership|Conservancy|Guild|Fellowship|Programme|Program)$/;
  return bodyOf.test(name) || body.test(name) ? `the ${name}` : name;
}

/** Join with commas and "and": "a", "a and b", "a, b and c". */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A goal as it follows "to" ("I want to finish a certificate" → "finish a certificate"), or undefined when it is not a verb phrase. */
export function asInfinitive(goal: string): string | undefined {
  const { form, text } = readPhrase(goal, readEnglishPhrase);
  return form === 'imperative' ? text : undefined;
}
