import type { Profile } from '@/utils/linkedin/profile';
import { isRecord } from './validate';
import { profileCheck } from './record-checks';

export type ProfileInput = { profile: Profile } | { problem: string };

/**
 * A Profile written by hand as JSON (for the draft command and tests): the lists, `missing`
 * and `layout` may be left out, and the address may be given by its slug alone. Everything
 * else is held to the store's own check of a profile (one rule for both), so a field of the
 * wrong type is a plain-words problem, not a crash.
 */
export function readProfileInput(input: unknown): ProfileInput {
  if (!isRecord(input)) return { problem: 'the profile must be a JSON object' };
  const slug = typeof input.slug === 'string' ? input.slug : '';
  const checked = profileCheck(
    {
      url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`,
      experience: [],
      education: [],
      featured: [],
      activity: [],
      skills: [],
      missing: [],
      layout: 'unknown',
      ...input,
      slug,
    },
    'the profile',
  );
  return checked.ok ? { profile: checked.value } : { problem: checked.error.replace(/^the profile › /, '').replace(/\.$/, '') };
}
