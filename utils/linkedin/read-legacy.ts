import { currentRole, prune } from './entry-lines';
import type { LayoutReader } from './field-readers';
import { linkTarget } from './link-target';
import { periodOf } from './page-dates';
import type { Achievement, Activity, Education, Experience, SpokenLanguage } from './profile';
import { legacy as sel } from './selectors';
import { textAt, visibleText } from './visible-text';

interface LegacyPage {
  doc: Document;
  experience?: Experience[];
}

function experienceOf(page: LegacyPage): Experience[] {
  page.experience ??= [...page.doc.querySelectorAll(sel.experience)].map((item) => {
    const location = textAt(item, sel.role.location);
    let dates = textAt(item, sel.role.dates);
    // 2016 logged-in pages put the place inside the dates line.
    if (dates && location && dates.endsWith(location)) dates = dates.slice(0, -location.length).trim();
    return prune({
      title: textAt(item, sel.role.title),
      company: textAt(item, sel.role.company),
      dates,
      location,
      description: textAt(item, sel.role.description),
    });
  });
  return page.experience.filter((role) => role.title);
}

/**
 * Pages that match none of today's layouts, read with the most generic hooks: the 2016-era
 * profile pages (logged in and public) and anything else with a name heading.
 */
export const legacyReader: LayoutReader<LegacyPage> = {
  prepare: (doc) => ({ doc }),
  fields: {
    name: (page) => textAt(page.doc, sel.name),
    headline: (page) => textAt(page.doc, sel.headline),
    location: (page) => textAt(page.doc, sel.location),
    current: (page) => {
      const company = textAt(page.doc, sel.current);
      return currentRole(experienceOf(page), company) ?? (company ? { company } : undefined);
    },
    about: (page) => textAt(page.doc, sel.about),
    experience: experienceOf,
    education: (page) =>
      [...page.doc.querySelectorAll(sel.education)]
        .map((item): Education => prune({ school: textAt(item, sel.school.name), degree: textAt(item, sel.school.degree), dates: textAt(item, sel.school.dates) }))
        .filter((entry) => entry.school),
    activity: (page) =>
      [...page.doc.querySelectorAll(sel.posts)].flatMap((a): Activity[] => {
        const title = visibleText(a);
        const url = linkTarget(a);
        return title ? [{ text: title, ...(url && { url }), kind: 'article', origin: 'own' }] : [];
      }),
    skills: (page) => [...page.doc.querySelectorAll(sel.skills)].flatMap((el) => visibleText(el) ?? []),
    honors: (page) =>
      [...page.doc.querySelectorAll(sel.honors)].flatMap((item): Achievement[] => {
        const title = textAt(item, sel.honor.title);
        const date = periodOf(textAt(item, sel.honor.date))?.start;
        return title ? [prune({ title, by: textAt(item, sel.honor.by), date, description: textAt(item, sel.honor.description) })] : [];
      }),
    languages: (page) =>
      [...page.doc.querySelectorAll(sel.languages)].flatMap((item): SpokenLanguage[] => {
        const name = textAt(item, sel.language.name);
        return name ? [prune({ name, proficiency: textAt(item, sel.language.proficiency) })] : [];
      }),
  },
};
