import { currentRole, prune } from './entry-lines';
import type { LayoutReader } from './field-readers';
import { linkTarget } from './link-target';
import type { Activity, Education, Experience } from './profile';
import { legacy as sel } from './selectors';
import { visibleText } from './visible-text';

interface LegacyPage {
  doc: Document;
  experience?: Experience[];
}

function text(scope: ParentNode | null | undefined, selector: string): string | undefined {
  return visibleText(scope?.querySelector(selector));
}

function experienceOf(page: LegacyPage): Experience[] {
  page.experience ??= [...page.doc.querySelectorAll(sel.experience)].map((item) => {
    const location = text(item, sel.role.location);
    let dates = text(item, sel.role.dates);
    // 2016 logged-in pages put the place inside the dates line.
    if (dates && location && dates.endsWith(location)) dates = dates.slice(0, -location.length).trim();
    return prune({
      title: text(item, sel.role.title),
      company: text(item, sel.role.company),
      dates,
      location,
      description: text(item, sel.role.description),
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
    name: (page) => text(page.doc, sel.name),
    headline: (page) => text(page.doc, sel.headline),
    location: (page) => text(page.doc, sel.location),
    current: (page) => {
      const company = text(page.doc, sel.current);
      return currentRole(experienceOf(page), company) ?? (company ? { company } : undefined);
    },
    about: (page) => text(page.doc, sel.about),
    experience: experienceOf,
    education: (page) =>
      [...page.doc.querySelectorAll(sel.education)]
        .map((item): Education => prune({ school: text(item, sel.school.name), degree: text(item, sel.school.degree), dates: text(item, sel.school.dates) }))
        .filter((entry) => entry.school),
    activity: (page) =>
      [...page.doc.querySelectorAll(sel.posts)].flatMap((a): Activity[] => {
        const title = visibleText(a);
        const url = linkTarget(a);
        return title ? [{ text: title, ...(url && { url }), kind: 'article' }] : [];
      }),
    skills: (page) => [...page.doc.querySelectorAll(sel.skills)].flatMap((el) => visibleText(el) ?? []),
  },
};
