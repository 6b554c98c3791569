import type { Activity } from './profile';
import { profileUrl } from './profile-url';
import { textLines } from './visible-text';

type Origin = NonNullable<Activity['origin']>;

// The caption above an activity card says who did what with the post: "Laxmi Kant Tiwari posted
// this • 3w", "X reposted this", "X commented on this", "X likes this". Its words, in the five
// interface languages (English as LinkedIn writes it; the others by their verbs and "this").
// Checked in this order: "reposted" holds "posted". No word boundary before the English verbs:
// saved pages lose the space after the name ("Surendra Thotaposted this • 2mo").
const captions: [Origin | 'like', RegExp][] = [
  ['comment', /(?:commented on|replied to)\b|\b(?:ha comentado|comentó|respondió)\b|\ba (?:commenté|répondu)\b|\bkommentiert\b|\b(?:comentou|respondeu)\b/i],
  ['repost', /reposted\b|\b(?:ha republicado|republicó|ha compartido esto|compartió esto)\b|\ba republié\b|\b(?:reposted|repostet|geteilt)\b|\b(?:republicou|compartilhou isto|compartilhou isso)\b/i],
  ['like', /(?:likes?|liked|loves|celebrates|supports|finds|is curious about|reacted to) (?:this|that)\b|\ble (?:gusta|encanta)\b|\b(?:aime|a aimé|adore|soutient) (?:ceci|cela|ça)\b|\bgefällt\b|\b(?:curtiu|gostou|reagiu)\b/i],
  ['own', /(?:posted|published|shared|wrote) this\b|\b(?:ha publicado|publicó)\b|\ba (?:publié|partagé)\b|\b(?:gepostet|veröffentlicht)\b|\bpublicou\b/i],
];

/** What a card's caption says was done with the post, or nothing when the line is no caption. */
export function captionSays(line: string): Origin | 'like' | undefined {
  // A caption is one short line: a name, a verb, "this" and maybe an age. Post text is longer.
  if (line.length > 140) return undefined;
  return captions.find(([, words]) => words.test(line))?.[0];
}

/** The person or page whose post a card shows, named by the card's link to them. */
export interface CardActor {
  name?: string;
  /** True when the link is to this profile: the words are theirs. */
  them: boolean;
}

/** Links to a member, company, school or showcase page: who wrote a post (both logged-in layouts). */
const actorLink = 'a[href*="/in/"], a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]';

/**
 * Who wrote the post a card shows, named by the card's links (a repost shows the original
 * author's name and link): the first link to someone else, else theirs. Links inside `skip`
 * (the caption, the post text with its mentions) say nothing about who wrote it. A link to this
 * profile, or one named as they are (`ownName`), is theirs.
 */
export function cardActor(item: Element, slug: string, ownName: string | undefined, skip: (Element | null | undefined)[]): CardActor | undefined {
  let theirs: CardActor | undefined;
  for (const link of item.querySelectorAll(actorLink)) {
    if (skip.some((part) => part?.contains(link))) continue;
    const href = link.getAttribute('href') ?? '';
    const id = profileUrl(href.startsWith('/') ? `https://www.linkedin.com${href}` : href);
    const name = textLines(link)[0];
    // A page keyed by member id links to the vanity address: their own name says it is them.
    if ((id.ok && id.slug === slug) || (!!name && name === ownName)) theirs ??= { name, them: true };
    else if (name) return { name, them: false };
  }
  return theirs;
}

/**
 * Whose words a card holds (issue 27): their own post, another's post they reposted or shared,
 * or their comment. From the caption's words where it has one, else from who the card says
 * wrote the post. Undefined for a post they only liked or reacted to: that is not theirs at all.
 */
export function whoseWords(caption: string | undefined, actor: CardActor | undefined): Pick<Activity, 'origin' | 'author'> | undefined {
  const said = caption ? captionSays(caption) : undefined;
  if (said === 'like') return undefined;
  const author = actor && !actor.them ? actor.name : undefined;
  const origin: Origin = said === 'comment' || said === 'repost' ? said : author ? 'repost' : 'own';
  return origin === 'own' ? { origin } : { origin, ...(author && { author }) };
}
