import { type DraftLanguage, draftLanguages } from './draft-languages';
import { loadedWording } from './loaded';
import { english } from './en';
import type { Citation, CiteWords, Wording } from './types';

export type { Citation, MadeNoun, Wording } from './types';
export { english };

/** The words of one language, English for none or an unknown one; a language not loaded yet (loadWording) is a bug of the caller. */
export function wordingFor(language: DraftLanguage | undefined): Wording {
  if (!language || language === 'en' || !draftLanguages.includes(language)) return english;
  const words = loadedWording.get(language);
  if (!words) throw new Error(`The words of ${language} are not loaded yet (loadWording).`);
  return words;
}

/**
 * The true names of a hook in one language, fullest first: the whole title in quotation marks,
 * the title without its subtitle, its topic, then its kind (the order is the same in every language).
 * A title is cut to its topic only in a draft in the title's own language: a Spanish draft says
 * "su publicación «Three questions…»", never "sobre three questions…".
 */
export function mentionsOf(cite: Citation, words: CiteWords, language: DraftLanguage): { mentions: string[]; plain?: string } {
  switch (cite.type) {
    case 'made': {
      if (cite.at && words.atEvent) return { mentions: [words.atEvent(cite.noun, cite.recent, cite.at)], plain: words.plainMade(cite.noun, cite.recent) };
      const quoted = cite.quotes.flatMap((quote) =>
        cite.venue ? [words.quoted(cite.noun, cite.recent, quote, cite.venue), words.quoted(cite.noun, cite.recent, quote)] : [words.quoted(cite.noun, cite.recent, quote)],
      );
      const topic = words.keepsTopicCase ? (cite.writtenTopic ?? cite.topic) : cite.topic;
      const inOurLanguage = !cite.language || cite.language === language;
      const byTopic = topic && inOurLanguage ? [words.onTopic(cite.noun, cite.recent, topic)] : [];
      const topicFirst = cite.topicFirst || (words.formatWord?.test(cite.quotes[0] ?? '') ?? false);
      return { mentions: topicFirst ? [...byTopic, ...quoted] : [...quoted, ...byTopic], plain: words.plainMade(cite.noun, cite.recent) };
    }
    case 'honor':
      return { mentions: [...(cite.by ? [words.honor(cite.title, cite.by)] : []), words.honor(cite.title)] };
    case 'role':
      return {
        mentions: [
          words.role.full(cite.title, cite.company),
          ...(cite.byCompany ? [words.role.atCompany(cite.company)] : []),
          ...(cite.byTitle ? [words.role.asTitle(cite.title)] : []),
        ],
        plain: words.role.plain,
      };
    case 'past-role':
      return { mentions: [words.past.full(cite.title, cite.company, cite.years), ...(cite.stillThere ? [] : [words.past.atCompany(cite.company, cite.years)])] };
    case 'volunteering':
      return { mentions: [...(cite.role ? [words.volunteering(cite.organization, cite.role)] : []), words.volunteering(cite.organization)] };
    // A language may have no plain name for what we share: the name itself is then the only one.
    case 'shared-school':
      return { mentions: [cite.name], ...(words.sameSchool && { plain: words.sameSchool }) };
    case 'shared-company':
      return { mentions: [cite.name], ...(words.sameCompany && { plain: words.sameCompany }) };
    case 'about':
      return { mentions: [words.about.quoted(cite.quote)], plain: words.about.plain };
  }
}

/** How a draft in this language names the hook: a hook typed by me, or one stored before it had a citation, keeps its own words. */
export function hookNames(hook: { mentions: string[]; plain?: string; cite?: Citation }, words: Wording): { mentions: string[]; plain?: string } {
  if (words.language === 'en' || !hook.cite) return { mentions: hook.mentions, ...(hook.plain && { plain: hook.plain }) };
  return mentionsOf(hook.cite, words.cite, words.language);
}
