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
  layout: ProfileLayout;
  /** Names of the fields above that could not be read. */
  missing: ProfileField[];
}

export interface Role {
  title?: string;
  company?: string;
}

export interface Experience extends Role {
  dates?: string;
  location?: string;
  description?: string;
}

export interface Education {
  school?: string;
  degree?: string;
  dates?: string;
}

export type ItemKind = 'post' | 'article' | 'link' | 'media' | 'talk' | 'project' | 'other';

export interface Featured {
  title: string;
  url?: string;
  kind?: ItemKind;
}

export interface Activity {
  text: string;
  url?: string;
  kind?: ItemKind;
}

/** sdui: server-driven layout (2025-); ember: older logged-in layout; public: logged-out page. */
export type ProfileLayout = 'sdui' | 'ember' | 'public' | 'unknown';

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
  | 'skills';
