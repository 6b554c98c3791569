import { tidy } from './wording/text';

const honorifics = /^(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|eng|ing|engr|rev|hon|capt|col)\.?$/i;
/** Letters after a name: degrees and certifications, not part of what to call someone. */
const credentials = /^(?:phd|ph\.d\.?|mba|md|cpa|cfa|pmp|msc|bsc|ma|ba|mphil|dphil|jd|llm|cissp|frsa|facs|rn|pe|ceng|pmi-acp|csm)\.?$/i;
// Labels where a name would be: LinkedIn's own, a template's, an anonymised sample's ("Sample User").
const placeholders = /^(?:linkedin member|member|user|undefined|null|name|first ?name|full ?name|your name|(?:sample|test|demo|example|anonymous) (?:user|member|name|person)|\[.*\]|\{.*\})$/i;
const noSpaceScripts = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/**
 * The name to greet them by, as a careful writer would, or "" when there is none to trust
 * (the draft then says "Hello,"): the name they go by ('Robert "Bob" Lee' → Bob), never a
 * title, pronoun, credential, emoji or placeholder. Names in Chinese, Japanese or Korean
 * script are kept whole (family name first, no spaces: no "first word" to take); a Latin name
 * with its family name in capitals ("WANG Wei", "NAGY Péter") is greeted by the other part.
 */
export function firstNameOf(name: string | undefined, firstName?: string): string {
  // A label in the name's place makes its first word a label too: "Hi Sample," greets nobody.
  if (placeholders.test(tidy(name))) return '';
  const full = cleanName(name);
  const given = cleanName(firstName);
  if (!full && !given) return '';
  const nickname = /'([^']{2,20})'/.exec(tidy(name))?.[1];
  if (nickname && !placeholders.test(nickname)) return nickname;
  if (noSpaceScripts.test(full || given)) return full || given;
  const words = (full || given).split(' ');
  const familyInCapitals = words.filter((word) => /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(word) && /\p{L}{2,}/u.test(word));
  // (Not in a name typed all in capitals: there "AJ" is initials, not a family name.)
  if (familyInCapitals.length === 1 && words.length > 1 && /\p{Ll}/u.test(tidy(name))) {
    const rest = words.filter((word) => word !== familyInCapitals[0]);
    if (rest.some((word) => /\p{Ll}/u.test(word))) return rest[0] ?? '';
  }
  const chosen = given ? given.split(' ').slice(0, 2).join(' ') : (words[0] ?? '');
  return chosen.length > 30 ? '' : chosen;
}

/**
 * Their whole name as written, for a greeting that uses it ("Guten Tag Lena Müller,"), or the
 * name to greet them by when the whole name is not one to trust (too long, or without it).
 */
export function fullNameOf(name: string | undefined, first: string): string {
  const full = cleanName(name);
  return full.includes(first) && full.length <= 40 && !noSpaceScripts.test(full) ? full : first;
}

/** A name without what is not a name: bracketed pronouns, credentials after a comma, titles, emoji. */
function cleanName(value: string | undefined): string {
  const text = tidy(value)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:he|she|they)\s*\/\s*(?:him|her|them)\b/gi, ' ')
    .replace(/,.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (placeholders.test(text)) return '';
  const name = text
    .split(' ')
    .filter((word) => !honorifics.test(word) && !credentials.test(word) && !/^'[^']*'$/.test(word))
    .filter((word) => /\p{L}/u.test(word))
    .join(' ');
  return unshouted(name);
}

/** A name typed all in capitals ("JOHN SMITH") is greeted as it is said: "John Smith"; initials ("AJ") stay. */
function unshouted(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{3}/u.test(name) || noSpaceScripts.test(name)) return name;
  return name.replace(/\p{Lu}{3,}(?:[-'’]\p{Lu}+)*/gu, (word) => word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase()));
}
