import type { Profile } from '@/utils/linkedin/profile';

import { type DraftLanguage, draftLanguages } from './wording/draft-languages';

export { type DraftLanguage, draftLanguages };

/** Short words each language uses constantly and the others rarely: enough to tell a profile's language. */
const markers: Record<DraftLanguage, string[]> = {
  en: 'the and with for of is are in my our we i to at from have has this that it was be on as you your not but what how'.split(' '),
  es: 'el la los las del y con para por en es una un mi nuestro soy años experiencia trabajo empresa desde'.split(' '),
  fr: 'le la les des et avec pour dans est une un mon notre je suis ans expérience entreprise depuis chez du au'.split(' '),
  de: 'der die das und mit für von ist eine ein mein unser ich bin jahre erfahrung bei im zum zur auf als'.split(' '),
  pt: 'o os do da dos das com para em é uma um meu nosso sou anos experiência empresa desde na no não também'.split(' '),
};

/** The language a text is written in, when it has enough words and they tell one language from the others. */
function languageOf(text: string, fewest: { words: number; markers: number }): DraftLanguage | undefined {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < fewest.words) return undefined;
  const scores = (Object.keys(markers) as DraftLanguage[]).map((language) => {
    const set = new Set(markers[language]);
    return { language, score: words.filter((word) => set.has(word)).length };
  });
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score < fewest.markers || (second && best.score < second.score * 1.5)) return undefined;
  return best.language;
}

/**
 * The language their profile is written in, from its own sentences (About, headline, posts,
 * role descriptions), or undefined when there is too little text to tell.
 */
export function profileLanguage(profile: Profile): DraftLanguage | undefined {
  const text = [profile.about, profile.headline, ...profile.activity.map((post) => post.text), ...profile.experience.map((role) => role.description)]
    .filter(Boolean)
    .join(' ');
  return languageOf(text, { words: 12, markers: 4 });
}

/**
 * The language Me's own words are written in (who I am, my goals, what I want to ask), or
 * undefined when they are too few to tell: a draft in another language carries them as written.
 */
export function languageOfMine(texts: readonly string[]): DraftLanguage | undefined {
  return languageOf(texts.join(' '), { words: 6, markers: 2 });
}

/**
 * The language of a title of theirs (a post, an article, a talk): its own words when they tell
 * ("three questions I ask every mentee" is English), else their profile's; undefined when neither tells.
 */
export function titleLanguage(title: string, theirs: DraftLanguage | undefined): DraftLanguage | undefined {
  return languageOf(title, { words: 3, markers: 1 }) ?? theirs;
}
