import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { matchPersona, personaKeywords } from '@/utils/sizing-up/persona-match';

const profile: Profile = {
  url: 'https://www.linkedin.com/in/amara-okafor/',
  slug: 'amara-okafor',
  name: 'Amara Okafor',
  headline: 'Head of Platform Engineering · mentoring engineers into leadership',
  current: { title: 'Head of Platform Engineering', company: 'Lumen Freight' },
  about: 'I moved from data science into product management, then into platform leadership.',
  experience: [{ title: 'Product Manager', company: 'Kestrel Pay' }],
  education: [{ school: 'University of Lagos', degree: 'BSc Computer Science' }],
  featured: [{ title: 'What I learned scaling SaaS products across Africa' }],
  activity: [],
  skills: ['Kubernetes', 'C++'],
  layout: 'sdui',
  missing: ['activity'],
};

describe('matchPersona', () => {
  it('finds the keywords of the persona that the profile shows, as whole words', () => {
    const match = matchPersona(
      profile,
      'product management, SaaS, mentoring; Production support\nC++, fintech, platform leadership',
    );
    expect(match.found).toEqual(['product management', 'SaaS', 'mentoring', 'C++', 'platform leadership']);
    expect(match.notFound).toEqual(['Production support', 'fintech']);
  });

  it('ignores case, extra spaces and repeated keywords', () => {
    expect(personaKeywords(' SaaS ,saas,  data   science ,, ')).toEqual(['SaaS', 'data science']);
    expect(matchPersona(profile, 'DATA  SCIENCE').found).toEqual(['DATA SCIENCE']);
  });

  it('takes the keyword list as "Me" stores it', () => {
    expect(matchPersona(profile, ['Kubernetes', 'people management'])).toEqual({
      found: ['Kubernetes'],
      notFound: ['people management'],
    });
  });

  it('has nothing to match when no persona is written', () => {
    expect(matchPersona(profile, undefined)).toEqual({ found: [], notFound: [] });
  });
});
