import { achievementFromLines, currentRole, educationFromLines, hasYear, languageFromLines, roleFromLines, volunteeringFromLines } from './entry-lines';
import type { LayoutReader } from './field-readers';
import { featuredFromLines } from './featured-lines';
import { itemKind } from './item-kind';
import { linkTarget } from './link-target';
import { topItems } from './list-items';
import { firstDate } from './page-dates';
import { pronounsOf } from './pronouns';
import type { Achievement, Activity, Experience } from './profile';
import { achievementLink, ember } from './selectors';
import { showsProfile } from './shows-profile';
import { visibleText } from './visible-text';

interface EmberPage {
  now: number;
  slug?: string;
  root?: ParentNode;
  topCard?: Element;
  experience?: Experience[];
}

/**
 * The strings an entry shows: one per aria-hidden span (their visually-hidden twins are the
 * screen-reader copies), outermost spans only, leaving out anything inside `skip`.
 */
function lines(el: Element, skip: Element[] = []): string[] {
  const out: string[] = [];
  for (const span of el.querySelectorAll(ember.line)) {
    if (span.parentElement?.closest(ember.line) || skip.some((part) => part.contains(span))) continue;
    const text = visibleText(span);
    if (text && text !== out[out.length - 1]) out.push(text);
  }
  return out;
}

/** The card holding a section anchor such as `div#experience` (language-independent ids). */
function section(page: EmberPage, id: string): Element | undefined {
  const anchor = page.root?.querySelector(ember.anchor(id));
  return anchor?.closest('section') ?? anchor?.parentElement ?? undefined;
}

function entries(page: EmberPage, id: string): Element[] {
  const card = section(page, id);
  return card ? topItems(card, ember.item) : [];
}

/**
 * The roles nested in an employer's card. The 2023 markup nests them as list items of the
 * card's own kind; 2024 pages put them, without those classes, in the sub-components, where a
 * single role keeps its description: there only items showing a year are roles, and only when
 * the card's own head shows none (the employer and total time, "14 yrs 2 mos").
 */
function nestedRoles(item: Element): Element[] {
  const nested = topItems(item, ember.item).filter((inner) => inner !== item);
  if (nested.length) return nested;
  const sub = item.querySelector(ember.subComponents);
  if (!sub || lines(item, [sub]).some(hasYear)) return [];
  return topItems(sub, 'li').filter((inner) => lines(inner).some(hasYear));
}

function experienceOf(page: EmberPage): Experience[] {
  page.experience ??= entries(page, ember.ids.experience).flatMap((item): Experience[] => {
    const nested = nestedRoles(item);
    // Several roles at one employer: the employer and total time head the card, roles nest.
    if (nested.length) {
      const company = lines(item, nested)[0];
      return nested.map((role) => roleFromLines(lines(role), company));
    }
    return [roleFromLines(lines(item))];
  });
  return page.experience.filter((role) => role.title);
}

function listed<T>(page: EmberPage, id: string, read: (lines: string[], item: Element) => T | undefined): T[] | undefined {
  if (!section(page, id)) return undefined;
  return entries(page, id).flatMap((item) => read(lines(item), item) ?? []);
}

function achievements(page: EmberPage, id: string): Achievement[] | undefined {
  return listed(page, id, (text, item) => achievementFromLines(text, undefined, linkTarget(item.querySelector(achievementLink))));
}

/** The member id (ACoAA…) a link names as urn:li:fsd_profile:…, plain or percent-encoded. */
function memberIdIn(a: Element): string | undefined {
  return /fsd_profile(?::|%3A)(ACoAA[\w-]+)/i.exec(a.getAttribute('href') ?? '')?.[1];
}

/** A link to one of this person's own pages (/in/<slug>/details/…, /in/<slug>/overlay/…). */
function ownSubPage(a: Element, slug: string | undefined): boolean {
  const href = a.getAttribute('href') ?? '';
  let path: string;
  try {
    path = decodeURIComponent(new URL(href, 'https://www.linkedin.com').pathname);
  } catch {
    return false;
  }
  return !!slug && path.toLowerCase().startsWith(`/in/${slug.toLowerCase()}/`);
}

/** A post in the Activity card: its body, when it was posted, and its address. */
function post(item: Element, now: number): Activity[] {
  const shown = lines(item);
  // The post body is its commentary, else the entry's longest line; the others are author and time.
  const text = visibleText(item.querySelector(ember.postBody)) ?? [...shown].sort((a, b) => b.length - a.length)[0];
  const url = linkTarget(item.querySelector(ember.postLink));
  const when = visibleText(item.querySelector(ember.postWhen));
  const date = firstDate([...(when ? [when] : []), ...shown.filter((line) => line !== text)], now);
  return text ? [{ text, ...(url && { url }), kind: itemKind(url) ?? 'post', ...(date && { date }) }] : [];
}

/** The older logged-in profile (Ember voyager-web), still served to some accounts in 2026. */
export const emberReader: LayoutReader<EmberPage> = {
  prepare(doc, slug, now) {
    const root = doc.querySelector('main') ?? doc.body ?? undefined;
    const topCard = root?.querySelector(ember.topCard) ?? undefined;
    // The top card links to this person's contact-info overlay; another slug means the page
    // still shows the previous profile after in-app navigation.
    if (topCard && !showsProfile(topCard, slug)) return { now };
    return { now, slug, root, topCard };
  },
  fields: {
    // The Message link carries the member id: /messaging/compose/?profileUrn=urn:li:fsd_profile:ACoAA…
    memberId: (page) => {
      for (const a of page.topCard?.querySelectorAll(ember.memberIdLink) ?? []) {
        const id = memberIdIn(a);
        if (id) return id;
      }
      // 2024 pages with no Message link: the links to this person's own sub-pages carry it
      // ("Show all" and skills overlays: /in/<slug>/details/…?profileUrn=urn:li:fsd_profile:ACoAA…).
      for (const a of page.root?.querySelectorAll(ember.memberIdLink) ?? []) {
        const id = ownSubPage(a, page.slug) ? memberIdIn(a) : undefined;
        if (id) return id;
      }
      return undefined;
    },
    name: (page) =>
      visibleText(page.topCard?.querySelector(ember.name)) ??
      visibleText(page.root?.querySelector(ember.toolbarName)) ??
      undefined,
    headline: (page) => visibleText((page.topCard ?? page.root)?.querySelector(ember.headline)),
    pronouns: (page) => [...(page.topCard?.querySelectorAll(ember.pronouns) ?? [])].map((el) => pronounsOf(visibleText(el) ?? '')).find(Boolean),
    location: (page) => visibleText((page.topCard ?? page.root)?.querySelector(ember.location)),
    current: (page) => currentRole(experienceOf(page)),
    about: (page) => {
      const card = section(page, ember.ids.about);
      if (!card) return undefined;
      const long = card.querySelector(ember.longText);
      return (long && (lines(long).join(' ') || visibleText(long))) || lines(card).slice(1).join(' ') || undefined;
    },
    experience: experienceOf,
    education: (page) =>
      entries(page, ember.ids.education).map((item) => educationFromLines(lines(item))).filter((entry) => entry.school),
    featured: (page) => entries(page, ember.ids.featured).flatMap((item) => featuredFromLines(item, lines(item), page.now) ?? []),
    activity: (page) => entries(page, ember.ids.activity).flatMap((item) => post(item, page.now)),
    skills: (page) => entries(page, ember.ids.skills).flatMap((item) => lines(item).slice(0, 1)),
    projects: (page) => achievements(page, ember.ids.projects),
    publications: (page) => achievements(page, ember.ids.publications),
    honors: (page) => achievements(page, ember.ids.honors),
    certifications: (page) => achievements(page, ember.ids.certifications),
    volunteering: (page) => listed(page, ember.ids.volunteering, (text) => volunteeringFromLines(text)),
    languages: (page) => listed(page, ember.ids.languages, languageFromLines),
  },
};
