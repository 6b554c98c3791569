import type { Profile } from '@/utils/linkedin/profile';

export type ProfileInput = { profile: Profile } | { problem: string };

/**
 * A Profile written by hand as JSON (for the draft command and tests): lists may be left
 * out; a field of the wrong type is a plain-words problem, not a crash.
 */
export function readProfileInput(input: unknown): ProfileInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { problem: 'the profile must be a JSON object' };
  }
  const raw = input as Record<string, unknown>;
  for (const key of ['name', 'firstName', 'headline', 'location', 'about', 'url', 'slug'] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string') return { problem: `"${key}" must be text` };
  }
  for (const key of ['experience', 'education', 'featured', 'activity', 'skills', 'missing'] as const) {
    if (raw[key] !== undefined && !Array.isArray(raw[key])) return { problem: `"${key}" must be a list` };
  }
  const slug = typeof raw.slug === 'string' ? raw.slug : '';
  const featured = (raw.featured as unknown[] | undefined) ?? [];
  const activity = (raw.activity as unknown[] | undefined) ?? [];
  if (featured.some((item) => typeof (item as { title?: unknown })?.title !== 'string')) {
    return { problem: 'every "featured" item needs a "title"' };
  }
  if (activity.some((item) => typeof (item as { text?: unknown })?.text !== 'string')) {
    return { problem: 'every "activity" item needs a "text"' };
  }
  return {
    profile: {
      url: typeof raw.url === 'string' ? raw.url : `https://www.linkedin.com/in/${slug}/`,
      slug,
      experience: [],
      education: [],
      skills: [],
      missing: [],
      layout: 'unknown',
      ...(raw as Partial<Profile>),
      featured: featured as Profile['featured'],
      activity: activity as Profile['activity'],
    },
  };
}
