import { achievementFromLines, currentRole, educationFromLines, languageFromLines, roleFromLines, volunteeringFromLines } from './entry-lines';
import type { LayoutReader } from './field-readers';
import { featuredFromLines } from './featured-lines';
import { itemKind } from './item-kind';
import { linkTarget } from './link-target';
import { topItems } from './list-items';
import { firstDate } from './page-dates';
import { isPronouns } from './pronouns';
import type { Achievement, Activity, Experience } from './profile';
import { achievementLink, sdui } from './selectors';
import { showsProfile } from './shows-profile';
import { hiddenWithin, textLines, visibleText } from './visible-text';
import { captionSays, cardActor, whoseWords } from './whose-words';

interface SduiPage {
  slug: string;
  now: number;
  memberId?: string;
  topcard?: Element;
  toolbar?: Element;
  /** This person's cards by lower-cased name suffix (about, featured, …). */
  cards: Map<string, Element>;
  activity?: Element;
  experience?: Experience[];
}

// "· 1st", "· 2nd", "· 3rd+", "· 1-й": the degree badge beside the name, in any language.
const badge = /^[·•・]\s*\S{0,8}$/;

function card(page: SduiPage, section: keyof typeof sdui.sections): Element | undefined {
  for (const suffix of sdui.sections[section]) {
    const found = page.cards.get(suffix);
    if (found) return found;
  }
  return undefined;
}

function isDescription(el: Element): boolean {
  return el.matches(sdui.expandableText);
}

/** The location row: <p>City</p><p>·</p><p><a href="#">Contact info</a></p> (costa-vasili, 2026), or a link to the contact-info overlay. */
function locationRow(topcard: Element): Element | undefined {
  for (const link of topcard.querySelectorAll(sdui.contactInfoLink)) {
    const row = link.closest('p')?.parentElement;
    if (row && row.children.length === 3 && [...row.children].every((child) => child.tagName === 'P')) return row;
  }
  return undefined;
}

/** The top card's lines after the name, without degree badges, pronouns or the location row. */
function introLines(page: SduiPage): string[] {
  return topLines(page).filter((line) => !isPronouns(line));
}

function topLines(page: SduiPage): string[] {
  const name = page.topcard?.querySelector(sdui.name);
  if (!page.topcard || !name) return [];
  const row = locationRow(page.topcard);
  const lines: string[] = [];
  for (const p of page.topcard.querySelectorAll('p')) {
    if (row?.contains(p)) break;
    if (!(name.compareDocumentPosition(p) & 4) || hiddenWithin(p, page.topcard)) continue;
    const text = visibleText(p);
    if (text && !badge.test(text)) lines.push(text);
  }
  return lines;
}

function toolbarLines(page: SduiPage): string[] {
  const lines = [...(page.toolbar?.querySelectorAll(sdui.toolbarLines) ?? [])].map(visibleText);
  return lines.filter((line): line is string => !!line);
}

function readExperience(section: Element): Experience[] {
  const roles: Experience[] = [];
  for (const item of topItems(section, sdui.item)) {
    const nested = topItems(item, sdui.item).filter((inner) => inner !== item);
    const describe = (el: Element) => visibleText(el.querySelector(sdui.expandableText));
    if (nested.length) {
      // Several roles at one employer: the employer heads the group, the roles nest under it.
      const company = textLines(item, (el) => nested.includes(el) || isDescription(el))[0];
      for (const role of nested) roles.push(roleFromLines(textLines(role, isDescription), company, describe(role)));
    } else {
      roles.push(roleFromLines(textLines(item, isDescription), undefined, describe(item)));
    }
  }
  return roles.filter((role) => role.title);
}

function experienceOf(page: SduiPage): Experience[] {
  const section = card(page, 'experience');
  page.experience ??= section ? readExperience(section) : [];
  return page.experience;
}

function items(page: SduiPage, section: keyof typeof sdui.sections): Element[] {
  const found = card(page, section);
  return found ? topItems(found, sdui.item) : [];
}

/** A section of projects, publications, honours or certifications: one entry per list item. */
function achievements(page: SduiPage, section: 'projects' | 'publications' | 'honors' | 'certifications'): Achievement[] | undefined {
  if (!card(page, section)) return undefined;
  return items(page, section).flatMap((item) => {
    const link = linkTarget(item.querySelector(achievementLink));
    const entry = achievementFromLines(textLines(item, isDescription), visibleText(item.querySelector(sdui.expandableText)), link);
    return entry ? [entry] : [];
  });
}

/**
 * A post in the Activity card: its text, age, address and whose words they are. A caption line
 * ("… reposted this") and the names, ages and counts around the post are never its text; a card
 * showing only those (an image, a video) has none to keep, and a post they only liked is not theirs.
 */
function post(page: SduiPage, item: Element, ownName: string | undefined): Activity[] {
  const shown = textLines(item, isDescription);
  const caption = shown.find((line) => !!captionSays(line));
  // The post's text box; a card may hold two (the post and, above it, the note they reposted it with).
  const boxes = [...item.querySelectorAll(sdui.expandableText)];
  const body = boxes.map((box) => [box, visibleText(box)] as const).filter(([, text]) => text).sort((a, b) => b[1]!.length - a[1]!.length)[0];
  const actor = cardActor(item, page.slug, ownName, boxes);
  const text =
    body?.[1] ??
    shown
      .filter((line) => line !== caption && line !== ownName && line !== actor?.name && !firstDate([line], page.now) && /\s\S+\s/.test(line))
      .sort((a, b) => b.length - a.length)[0];
  if (!text) return [];
  const whose = whoseWords(caption, actor);
  if (!whose) return [];
  const url = linkTarget(item.querySelector(sdui.post));
  const date = firstDate(shown, page.now);
  return [{ text, ...(url && { url }), kind: itemKind(url) ?? 'post', ...(date && { date }), ...whose }];
}

/** The server-driven profile of 2025–2026 (flagship-web). */
export const sduiReader: LayoutReader<SduiPage> = {
  prepare(doc, slug, now) {
    const page: SduiPage = { slug, now, cards: new Map() };
    const all = [...doc.querySelectorAll(sdui.card)];
    const keyOf = (el: Element) => (el.getAttribute('componentkey') ?? el.getAttribute('id') ?? '').slice(sdui.cardPrefix.length);
    page.topcard = all.find((el) => /topcard$/i.test(keyOf(el)));
    page.memberId = page.topcard ? keyOf(page.topcard).slice(0, -'topcard'.length) || undefined : undefined;
    // The page still shows the previous person while LinkedIn swaps it: read nothing from it.
    const current = slug === page.memberId || !page.topcard || showsProfile(page.topcard, slug);
    if (!current) return { slug, now, cards: new Map() };
    for (const el of all) {
      const key = keyOf(el);
      if (!page.memberId || !key.startsWith(page.memberId)) continue;
      const suffix = key.slice(page.memberId.length).toLowerCase();
      if (!page.cards.has(suffix)) page.cards.set(suffix, el);
    }
    const toolbar = doc.querySelector(sdui.toolbar);
    if (toolbar && showsProfile(toolbar, slug) && toolbar.querySelector('a[href*="/in/"]')) page.toolbar = toolbar;
    page.activity = [...doc.querySelectorAll(sdui.activityByVanity)].find(
      (el) => (el.getAttribute('componentkey') ?? '').toLowerCase() === `${slug.toLowerCase()}activity_posts_pillcontent`,
    );
    return page;
  },
  fields: {
    memberId: (page) => (page.topcard ? page.memberId : undefined),
    name: (page) => visibleText(page.topcard?.querySelector(sdui.name)) ?? toolbarLines(page)[0],
    headline: (page) => introLines(page)[0] ?? toolbarLines(page).filter((line) => !isPronouns(line))[1],
    pronouns: (page) => topLines(page).find(isPronouns),
    location: (page) => {
      const row = page.topcard && locationRow(page.topcard);
      return row ? visibleText(row.children[0]) : undefined;
    },
    current: (page) => {
      const chip = page.topcard?.querySelector(sdui.companyChip)?.closest('[role="button"]');
      // "Ethnolink · Monash University": the employer, then the school.
      const line = introLines(page)[1];
      const company = visibleText(chip) ?? (line?.includes(' · ') ? line.split(' · ')[0] : undefined);
      return currentRole(experienceOf(page), company) ?? currentRole(experienceOf(page));
    },
    about: (page) => {
      const section = card(page, 'about');
      if (!section) return undefined;
      return visibleText(section.querySelector(sdui.expandableText)) ?? (textLines(section, (el) => el.matches('h2, h3')).join(' ') || undefined);
    },
    experience: experienceOf,
    education: (page) => {
      const listed = items(page, 'education').map((item) => educationFromLines(textLines(item))).filter((entry) => entry.school);
      // Without an Education card, the top card's school chip still names the school.
      const chip = visibleText(page.topcard?.querySelector(sdui.schoolChip)?.closest('[role="button"]'));
      return listed.length ? listed : chip ? [{ school: chip }] : [];
    },
    featured: (page) => items(page, 'featured').flatMap((item) => featuredFromLines(item, textLines(item), page.now) ?? []),
    activity: (page) => {
      const section = page.activity ?? card(page, 'activity');
      if (!section) return undefined;
      const ownName = sduiReader.fields.name?.(page);
      return topItems(section, sdui.item).flatMap((item) => post(page, item, ownName));
    },
    skills: (page) => items(page, 'skills').flatMap((item) => textLines(item).slice(0, 1)),
    projects: (page) => achievements(page, 'projects'),
    publications: (page) => achievements(page, 'publications'),
    honors: (page) => achievements(page, 'honors'),
    certifications: (page) => achievements(page, 'certifications'),
    volunteering: (page) =>
      card(page, 'volunteering') ? items(page, 'volunteering').flatMap((item) => volunteeringFromLines(textLines(item, isDescription), visibleText(item.querySelector(sdui.expandableText))) ?? []) : undefined,
    languages: (page) => (card(page, 'languages') ? items(page, 'languages').flatMap((item) => languageFromLines(textLines(item)) ?? []) : undefined),
  },
};
