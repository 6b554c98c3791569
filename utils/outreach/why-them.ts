import type { Profile } from '@/utils/linkedin/profile';
import { matchPersona } from '@/utils/sizing-up/persona-match';
import type { Me } from './me';

/** Persona words that name a trait or a habit ("coaches others"), not experience one can have. */
const traitStart = /^(?:is|has|coaches|mentors|speaks|writes|leads|builds|runs|manages|loves|cares|enjoys|shares|gives|helps|patient|kind|generous|honest|direct|approachable|supportive|curious|open)\b/i;

/**
 * Why them, in their own profile's words: the experience I look for (my mentor persona) that
 * their profile shows. Empty when nothing matches, and then the draft makes no claim.
 */
export function overlapWithPersona(profile: Profile, me: Me): string[] {
  // What they have done, not where: "logistics" in an employer's name is no experience with logistics.
  const work: Profile = {
    ...profile,
    ...(profile.current?.title && { current: { title: profile.current.title } }),
    experience: profile.experience.map(({ company: _company, location: _location, ...role }) => role),
    education: [],
  };
  delete work.location;
  if (!profile.current?.title) delete work.current;
  return matchPersona(work, me.persona)
    .found.filter((keyword) => !traitStart.test(keyword) && keyword.length <= 40)
    .slice(0, 2);
}
