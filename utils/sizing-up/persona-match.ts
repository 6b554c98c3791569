import type { Profile } from '@/utils/linkedin/profile';

export interface PersonaMatch {
  /** The user's persona keywords that appear on the profile, in the user's order. */
  found: string[];
  /** Those that do not. */
  notFound: string[];
}

/**
 * The "mentor persona" as keywords: a list as "Me" stores it, or text the user wrote,
 * split by commas, semicolons or lines. Repeats and spacing are dropped.
 */
export function personaKeywords(persona: string | readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  const pieces = typeof persona === 'string' ? [persona] : (persona ?? []);
  for (const raw of pieces.flatMap((piece) => piece.split(/[,;\n]+/))) {
    const keyword = raw.trim().replace(/\s+/g, ' ');
    const key = keyword.toLocaleLowerCase();
    if (keyword && !seen.has(key)) {
      seen.add(key);
      keywords.push(keyword);
    }
  }
  return keywords;
}

/** All the words a profile shows about the person, for matching (not for display). */
function profileText(profile: Profile): string {
  const parts: (string | undefined)[] = [
    profile.headline,
    profile.current?.title,
    profile.current?.company,
    profile.about,
    profile.location,
    ...profile.experience.flatMap((role) => [role.title, role.company, role.description]),
    ...profile.education.flatMap((school) => [school.school, school.degree]),
    ...profile.featured.map((item) => item.title),
    ...profile.activity.map((item) => item.text),
    ...profile.skills,
  ];
  return normalize(parts.filter(Boolean).join(' \n '));
}

function normalize(text: string): string {
  return ` ${text.normalize('NFKC').toLocaleLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ')} `;
}

/**
 * How a profile matches the persona the user described in "Me" (guide Step 1: the
 * experience, skills and traits of the ideal mentor). A keyword matches when all of its
 * words appear as whole words, so "product" does not match "production".
 */
export function matchPersona(profile: Profile, persona: string | readonly string[] | undefined): PersonaMatch {
  const text = profileText(profile);
  const found: string[] = [];
  const notFound: string[] = [];
  for (const keyword of personaKeywords(persona)) {
    const words = normalize(keyword).trim().split(' ').filter(Boolean);
    const matches = words.length > 0 && words.every((word) => text.includes(` ${word} `));
    (matches ? found : notFound).push(keyword);
  }
  return { found, notFound };
}
