import { currentRole, educationFromLines, prune } from './entry-lines';
import type { LayoutReader } from './field-readers';
import { itemKind } from './item-kind';
import { linkTarget } from './link-target';
import type { Activity, Education, Experience } from './profile';
import { publicPage as sel } from './selectors';
import { textAt, textLines, visibleText } from './visible-text';

interface PublicPage {
  doc: Document;
  slug: string;
  experience?: Experience[];
}

// guidovanrossum (2026): hidden entries are "****** ****" placeholders under a sign-in overlay.
function isBlurred(el: Element): boolean {
  return !!el.closest(sel.blurred);
}

/** "Feb 2014 - Present" and its duration span, joined the way the page shows them (the dot is CSS). */
function dates(item: Element): string | undefined {
  const range = item.querySelector(sel.dates);
  const full = visibleText(range);
  const duration = visibleText(range?.querySelector('span'));
  return full && duration && full.endsWith(duration) ? `${full.slice(0, -duration.length).trim()} · ${duration}` : full;
}

function role(item: Element, company?: string): Experience {
  const place = [...item.querySelectorAll(sel.meta)].find((meta) => !meta.querySelector(sel.dates));
  return prune({
    title: textAt(item, sel.title),
    company: company ?? textAt(item, sel.company),
    dates: dates(item),
    location: visibleText(place),
    description: textAt(item, sel.description),
  });
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
    return url && body && url.toLowerCase().includes(own) ? [{ text: body, url, kind: 'post' }] : [];
  });
}

/** The logged-out public profile (pageKey public_profile_v3_desktop), as served in 2026. */
export const publicReader: LayoutReader<PublicPage> = {
  prepare: (doc, slug) => ({ doc, slug }),
  fields: {
    name: (page) => textAt(page.doc, sel.name),
    headline: (page) => textAt(page.doc, sel.headline),
    location: (page) => textAt(page.doc, sel.location),
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
          const parts = [...(h4?.querySelectorAll('span') ?? [])].map(visibleText).filter((part) => part && part !== '-');
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
        return title ? [{ text: title, ...(url && { url }), kind: itemKind(url) ?? 'article' }] : [];
      }),
    ],
    skills: (page) => [...page.doc.querySelectorAll(sel.skills)].flatMap((item) => textLines(item).slice(0, 1)),
  },
};
