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
import { captionSays, cardActor, whoseWords } from './whose-words';

interface EmberPage {
  slug: string;
  now: number;
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
  const left = [...skip, ...chromeIn(el)];
  for (const span of el.querySelectorAll(ember.line)) {
    if (span.parentElement?.closest(ember.line) || left.some((part) => part.contains(span))) continue;
    const text = visibleText(span);
    if (text && text !== out[out.length - 1]) out.push(text);
  }
  return out;
}

/** Their name, from the top card or (2026 hybrid) the sticky toolbar. */
function ownNameOf(page: EmberPage): string | undefined {
  return visibleText(page.topCard?.querySelector(ember.name)) ?? visibleText(page.root?.querySelector(ember.toolbarName));
}

/**
 * The parts of an entry that are card chrome, not what it says: an attachment (its file name),
 * and a nested "Associated with …" row, told by its logo pile. Found once per entry.
 */
function chromeIn(entry: Element): Element[] {
  const found: Element[] = [];
  for (const part of entry.querySelectorAll(ember.chrome)) {
    const row = part.matches(ember.entityPile) ? part.closest('li') : part;
    if (row && row !== entry && entry.contains(row)) found.push(row);
  }
  return found;
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
      // The head: employer, total time, and (2024 pages) the place all its roles share.
      const head = lines(item, nested);
      const place = head.length >= 3 && !/\d/.test(head[head.length - 1]!) && head[head.length - 1]!.length <= 80 ? head[head.length - 1] : undefined;
      return nested.map((role) => {
        const entry = roleFromLines(lines(role), head[0]);
        return place && !entry.location ? { ...entry, location: place } : entry;
      });
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


/**
 * A post in the Activity card: its text, when it was posted, its address, and whose words they
 * are. The caption ("… posted this • 3w", "… reposted this") says what they did and is never the
 * text; a card that shows only its caption (an image, a video) has no text to keep, and a post
 * they only liked is not theirs at all.
 */
function post(page: EmberPage, item: Element): Activity[] {
  const captionBox = item.querySelector(ember.postCaption);
  const caption = visibleText(captionBox) ?? lines(item).find((line) => !!captionSays(line));
  const comment = item.querySelector(ember.postComment);
  const body = item.querySelector(ember.postBody);
  const said = caption ? captionSays(caption) : undefined;
  const mine = said === 'comment' ? visibleText(comment) : undefined;
  const ownName = ownNameOf(page);
  const counts = item.querySelector(ember.postCounts);
  const text =
    mine ??
    visibleText(body) ??
    // Older cards are lines of aria-hidden spans: the text is the longest one that is no caption, name, age or count.
    lines(item, [captionBox, counts].filter((part): part is Element => !!part))
      .filter((line) => !captionSays(line) && line !== ownName && !firstDate([line], page.now) && /\s\S+\s/.test(line))
      .sort((a, b) => b.length - a.length)[0];
  if (!text) return [];
  const whose = whoseWords(caption, cardActor(item, page.slug, ownName, [captionBox, body, comment]));
  if (!whose) return [];
  const url = linkTarget(item.querySelector(ember.postLink));
  const when = visibleText(item.querySelector(ember.postWhen));
  const date = firstDate([...(when ? [when] : []), ...lines(item).filter((line) => line !== text)], page.now);
  const author = mine ? undefined : whose.author;
  return [{ text, ...(url && { url }), kind: itemKind(url) ?? 'post', ...(date && { date }), origin: whose.origin, ...(author && { author }) }];
}

/** The older logged-in profile (Ember voyager-web), still served to some accounts in 2026. */
export const emberReader: LayoutReader<EmberPage> = {
  prepare(doc, slug, now) {
    const root = doc.querySelector('main') ?? doc.body ?? undefined;
    const topCard = root?.querySelector(ember.topCard) ?? undefined;
    // The top card links to this person's contact-info overlay; another slug means the page
    // still shows the previous profile after in-app navigation.
    if (topCard && !showsProfile(topCard, slug)) return { slug, now };
    return { slug, now, root, topCard };
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
    name: ownNameOf,
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
    activity: (page) => entries(page, ember.ids.activity).flatMap((item) => post(page, item)),
    skills: (page) => entries(page, ember.ids.skills).flatMap((item) => lines(item).slice(0, 1)),
    projects: (page) => achievements(page, ember.ids.projects),
    publications: (page) => achievements(page, ember.ids.publications),
    honors: (page) => achievements(page, ember.ids.honors),
    certifications: (page) => achievements(page, ember.ids.certifications),
    volunteering: (page) => listed(page, ember.ids.volunteering, (text) => volunteeringFromLines(text)),
    languages: (page) => listed(page, ember.ids.languages, languageFromLines),
  },
};
