/**
 * What the profile reader gets from a LinkedIn profile page. Every text field is plain text
 * (whitespace collapsed, no markup); a field the page did not show is absent and named in
 * `missing`, so the popup can say so and let the user type it in.
 */
export interface Profile {
  /** Canonical address: https://www.linkedin.com/in/<slug>/ */
  url: string;
  /** The decoded public identifier from the address. */
  slug: string;
  /** LinkedIn's member id (ACoAA…), stable when the person changes their vanity slug. */
  memberId?: string;
  name?: string;
  firstName?: string;
  headline?: string;
  /** "She/Her", shown beside the name: never a headline, never a greeting. */
  pronouns?: string;
  /** The name the user chose to greet them by ("Greet them as"); never read from the page. */
  greetAs?: string;
  location?: string;
  /** The current role. */
  current?: Role;
  about?: string;
  experience: Experience[];
  education: Education[];
  /** Posts, articles, links and media the person chose to feature. */
  featured: Featured[];
  /** Their recent posts and articles, newest first. */
  activity: Activity[];
  skills: string[];
  // Sections a mentor is proud of, often the best hooks. Optional so that profiles saved
  // before they were read stay valid; the reader always sets them (an empty list when absent).
  projects?: Achievement[];
  publications?: Achievement[];
  /** Honours and awards. */
  honors?: Achievement[];
  certifications?: Achievement[];
  volunteering?: Volunteering[];
  languages?: SpokenLanguage[];
  /**
   * Where we stand, as the top card shows it when the page was read (issue 17); absent where
   * the page does not say (the public page, a page still rendering).
   */
  connection?: ConnectionState;
  layout: ProfileLayout;
  /**
   * Set when the page at a profile address shows no profile (issue 27): LinkedIn's sign-in
   * wall, its "profile not found" page, an error page, or a page with nothing of a person on
   * it. Then nothing is read from it, not even a name, and every field is missing.
   */
  notProfile?: NotProfileReason;
  /** Names of the fields above that could not be read, and are not `loading`. */
  missing: ProfileField[];
  /**
   * Fields whose section is on the page but still loading (issue 27): LinkedIn draws a profile's
   * lower sections after its top card. Never also in `missing`: `missing` is what the page does
   * not show, for the user to type in; a loading field is waited for (the popup reads again)
   * and never asked for. Absent when nothing is loading; never stored with a contact.
   */
  loading?: ProfileField[];
}

/** What a page at a profile address shows instead of a profile. */
export const notProfileReasons = ['login-wall', 'not-found', 'error', 'empty'] as const;
export type NotProfileReason = (typeof notProfileReasons)[number];

export interface Role {
  title?: string;
  company?: string;
}

/**
 * A date as precise as the page shows it, in ISO 8601: "2021", "2021-03" or "2021-03-14".
 * Relative ages ("3w", "2 mo") are turned into a date from the moment the page was read.
 */
export type PageDate = string;

/** From `start` to `end`; no `end` and `ongoing` for "Present". */
export interface Period {
  start?: PageDate;
  end?: PageDate;
  ongoing?: boolean;
}

export interface Experience extends Role {
  /** As the page words it: "Jan 2020 - Present · 4 yrs". */
  dates?: string;
  period?: Period;
  location?: string;
  description?: string;
}

export interface Education {
  school?: string;
  degree?: string;
  dates?: string;
  period?: Period;
}

export type ItemKind = 'post' | 'article' | 'link' | 'media' | 'talk' | 'project' | 'other';

export interface Featured {
  title: string;
  url?: string;
  kind?: ItemKind;
  date?: PageDate;
}

export interface Activity {
  text: string;
  url?: string;
  kind?: ItemKind;
  /** When it was posted, where the page shows it. */
  date?: PageDate;
  /**
   * Whose words these are (issue 27): their own post or article, another's post they reposted or
   * shared, or their comment on another's post. Absent where the page does not say: then own.
   * Only their own words are ever cited as theirs.
   */
  origin?: 'own' | 'repost' | 'comment';
  /** Who wrote the text, as the card names them, when it is not the profile's owner. */
  author?: string;
}

/** A project, publication, honour or certification. */
export interface Achievement {
  title: string;
  /** Who gave, published or issued it, or whom the project was for: "IEEE", "Acme Corp". */
  by?: string;
  date?: PageDate;
  period?: Period;
  description?: string;
  url?: string;
}

export interface Volunteering {
  role?: string;
  organization?: string;
  cause?: string;
  period?: Period;
  description?: string;
}

export interface SpokenLanguage {
  name: string;
  /** "Native or bilingual proficiency". */
  proficiency?: string;
}

/** pending: our invitation waits; first-degree: connected, so a message is possible; not-connected: neither. */
export const connectionStates = ['pending', 'first-degree', 'not-connected'] as const;
export type ConnectionState = (typeof connectionStates)[number];

/** Which page layout a profile was read from. sdui: server-driven layout (2025-); ember: older logged-in layout; public: logged-out page. */
export const profileLayouts = ['sdui', 'ember', 'public', 'unknown'] as const;
export type ProfileLayout = (typeof profileLayouts)[number];

/**
 * Every field `missing` can name, in the order the Profile type lists them. Pronouns are not
 * among them: most people show none, and that is nothing for the user to fill in.
 */
export const profileFields = [
  'memberId', 'name', 'firstName', 'headline', 'location', 'current', 'about',
  'experience', 'education', 'featured', 'activity', 'skills',
  'projects', 'publications', 'honors', 'certifications', 'volunteering', 'languages',
] as const satisfies readonly ProfileField[];

export type ProfileField =
  | 'memberId'
  | 'name'
  | 'firstName'
  | 'headline'
  | 'location'
  | 'current'
  | 'about'
  | 'experience'
  | 'education'
  | 'featured'
  | 'activity'
  | 'skills'
  | 'projects'
  | 'publications'
  | 'honors'
  | 'certifications'
  | 'volunteering'
  | 'languages';
