import { currentRole, educationFromLines, hasYear, prune } from './entry-lines';
import type { LayoutReader } from './field-readers';
import { itemKind } from './item-kind';
import { linkTarget } from './link-target';
import { dateOf, periodOf } from './page-dates';
import type { Achievement, Activity, Education, Experience, SpokenLanguage, Volunteering } from './profile';
import { achievementLink, publicPage as sel } from './selectors';
import { textAt, textLines, visibleText } from './visible-text';

// "6K followers", "500+ connections", "1,204 followers": numbers beside the place, in any language.
const count = /^\d[\d.,\s]*[KkMm]?\+?\s+\S+$/u;

// A grade beside the degree: "9.7 of 10", "18 of 20".
const grade = /^\d+(?:[.,]\d+)?\s+\p{L}+\s+\d+(?:[.,]\d+)?$/u;

interface PublicPage {
  doc: Document;
  slug: string;
  now: number;
  experience?: Experience[];
}

/**
 * guidovanrossum (2026): hidden entries are "****** ****" placeholders under a sign-in overlay,
 * marked inside their section. A mark around the whole section is no such thing: while the
 * sign-in dialog is open LinkedIn marks all of <main> aria-hidden (elalienx/scoutr's 2024 public
 * pages), and every entry still shows once it closes.
 */
function isBlurred(el: Element): boolean {
  const mark = el.closest(sel.blurred);
  return !!mark && !mark.contains(el.closest(sel.anySection));
}

/** "Feb 2014 - Present" and its duration span, joined the way the page shows them (the dot is CSS). */
function dates(item: Element): string | undefined {
  const range = item.querySelector(sel.dates);
  const full = visibleText(range);
  const duration = visibleText(range?.querySelector('span'));
  return full && duration && full.endsWith(duration) ? `${full.slice(0, -duration.length).trim()} · ${duration}` : full;
}

/** The whole description: the --more text where the page also has a shortened --less one. */
function description(item: Element): string | undefined {
  return textAt(item, sel.descriptionFull) ?? textAt(item, sel.description);
}

function role(item: Element, company?: string): Experience {
  // The place is a meta line that holds neither the dates nor the description.
  const place = [...item.querySelectorAll(sel.meta)].find((meta) => !meta.querySelector(`${sel.dates}, ${sel.descriptionBox}`) && !meta.matches(sel.descriptionBox));
  return prune({
    title: textAt(item, sel.title),
    // A grouped role names its employer as the role shows it ("TC Televisión" under "TC Television").
    company: textAt(item, sel.company) ?? company,
    dates: dates(item),
    location: visibleText(place),
    description: description(item),
  });
}

/** The entries of a section card list (projects, volunteering…), or nothing when the page has no such section. */
function sectionEntries(page: PublicPage, names: readonly string[]): Element[] | undefined {
  const entries = [...page.doc.querySelectorAll(sel.section(names))].filter((item) => !isBlurred(item));
  return entries.length ? entries : undefined;
}

/** The subtitle without the dates some sections put in it ("IEEE · Jun 2019" shows only "IEEE"). */
function subtitle(item: Element): string | undefined {
  const h4 = item.querySelector(sel.entrySubtitle);
  if (!h4) return undefined;
  // A lone "-" is the 2023 page's empty publisher, not a name.
  const lines = textLines(h4, (el) => el.matches(sel.dates)).flatMap((line) => line.split(' · ')).filter((part) => !hasYear(part) && !/^[-–—]$/.test(part));
  return lines.join(' · ') || undefined;
}

function achievement(item: Element): Achievement[] {
  const title = textAt(item, sel.entryTitle);
  if (!title) return [];
  // "Issued <time>Aug 2022</time>": the 2023 page names its box, the 2024 one does not. The date
  // is the issue date alone, never a period up to "Expires …", as on the logged-in pages.
  const issued = textAt(item, sel.issued) ?? visibleText(item.querySelector('time')?.parentElement);
  const period = periodOf(dates(item) ?? issued ?? textLines(item.querySelector(sel.entrySubtitle)).find(hasYear));
  const single = period && !period.ongoing && period.start === period.end;
  const url = linkTarget(item.querySelector(achievementLink));
  return [prune({ title, by: subtitle(item), date: single ? period.start : undefined, period: single ? undefined : period, description: description(item), url })];
}

/** The cause a volunteer role served: its own line beside the dates and the description. */
function causeOf(item: Element): string | undefined {
  const line = textAt(item, sel.cause) ?? [...item.querySelectorAll('p')].find((p) => !p.querySelector(sel.dates) && !p.closest(sel.descriptionBox));
  return typeof line === 'string' ? line : visibleText(line);
}

function achievements(page: PublicPage, name: readonly string[]): Achievement[] | undefined {
  return sectionEntries(page, name)?.flatMap(achievement);
}

function experienceOf(page: PublicPage): Experience[] {
  const section = page.doc.querySelector(sel.experience);
  page.experience ??= section
    ? [...section.querySelectorAll(`${sel.experienceItem}, ${sel.groupItem}`)].flatMap((item): Experience[] => {
        if (isBlurred(item) || item.parentElement?.closest(sel.groupItem)) return [];
        if (!item.matches(sel.groupItem)) return [role(item)];
        const company = textAt(item, sel.groupCompany);
        return [...item.querySelectorAll(sel.experienceItem)].map((inner) => role(inner, company));
      })
    : [];
  return page.experience.filter((entry) => entry.title);
}

/** Their own posts link to /posts/<slug>_…; the same list also shows posts they only liked. */
function ownPosts(page: PublicPage): Activity[] {
  const own = `/posts/${encodeURIComponent(page.slug)}_`.toLowerCase();
  return [...page.doc.querySelectorAll(sel.posts)].flatMap((item): Activity[] => {
    const url = linkTarget(item.querySelector('a[href]'));
    const body = textAt(item, sel.cardTitle);
    return url && body && url.toLowerCase().includes(own) ? [{ text: body, url, kind: 'post', origin: 'own' }] : [];
  });
}

/** The logged-out public profile (pageKey public_profile_v3_desktop), as served in 2026. */
export const publicReader: LayoutReader<PublicPage> = {
  prepare: (doc, slug, now) => ({ doc, slug, now }),
  fields: {
    name: (page) => textAt(page.doc, sel.name),
    headline: (page) => textAt(page.doc, sel.headline),
    // Never a count beside it ("6K followers", "500+ connections").
    location: (page) => [...page.doc.querySelectorAll(sel.location)].map(visibleText).find((text) => !!text && !count.test(text)),
    current: (page) => {
      const company = textAt(page.doc, sel.currentCompany);
      return currentRole(experienceOf(page), company) ?? (company ? { company } : currentRole(experienceOf(page)));
    },
    about: (page) => textAt(page.doc, sel.about),
    experience: experienceOf,
    education: (page) => {
      const listed = [...page.doc.querySelectorAll(sel.education)]
        .filter((item) => !isBlurred(item))
        .map((item): Education => {
          const h4 = item.querySelector('h4');
          // Degree and field of study; a third part is the grade ("First Class", "9.7 of 10").
          const parts = [...(h4?.querySelectorAll('span') ?? [])].map(visibleText).filter((part) => part && part !== '-' && !grade.test(part)).slice(0, 2);
          const degree = parts.length ? parts.join(', ') : visibleText(h4);
          return prune({ school: textAt(item, 'h3'), degree: degree === '-' ? undefined : degree, dates: textAt(item, sel.dates) });
        });
      // With the list hidden behind sign-in, the top card still names the school.
      const school = textAt(page.doc, sel.topSchool);
      return listed.length ? listed : school ? [educationFromLines([school])] : [];
    },
    activity: (page) => [
      ...ownPosts(page),
      ...[...page.doc.querySelectorAll(sel.articles)].flatMap((item): Activity[] => {
        const url = linkTarget(item.querySelector('a[href]'));
        const title = textAt(item, sel.cardTitle);
        const date = dateOf(textAt(item, sel.cardDate), page.now);
        return title ? [{ text: title, ...(url && { url }), kind: itemKind(url) ?? 'article', ...(date && { date }), origin: 'own' }] : [];
      }),
    ],
    skills: (page) => [...page.doc.querySelectorAll(sel.skills)].flatMap((item) => textLines(item).slice(0, 1)),
    projects: (page) => achievements(page, sel.sections.projects),
    publications: (page) => achievements(page, sel.sections.publications),
    honors: (page) => achievements(page, sel.sections.honors),
    certifications: (page) => achievements(page, sel.sections.certifications),
    volunteering: (page) =>
      sectionEntries(page, sel.sections.volunteering)?.flatMap((item): Volunteering[] => {
        const entry = prune({
          role: textAt(item, sel.entryTitle),
          organization: subtitle(item),
          cause: causeOf(item),
          period: periodOf(dates(item)),
          description: description(item),
        });
        return entry.role || entry.organization ? [entry] : [];
      }),
    languages: (page) =>
      sectionEntries(page, sel.sections.languages)?.flatMap((item): SpokenLanguage[] => {
        const name = textAt(item, sel.entryTitle);
        return name ? [prune({ name, proficiency: textAt(item, sel.entrySubtitle) })] : [];
      }),
  },
};
