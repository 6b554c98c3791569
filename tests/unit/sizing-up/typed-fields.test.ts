import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { fieldsToType, withTypedFields } from '@/utils/sizing-up/typed-fields';

const sparse: Profile = {
  url: 'https://www.linkedin.com/in/wei-zhang/',
  slug: 'wei-zhang',
  headline: 'Engineering Manager',
  experience: [],
  education: [],
  featured: [],
  activity: [],
  skills: [],
  layout: 'unknown',
  missing: ['name', 'firstName', 'location', 'current', 'about', 'experience'],
};

describe('typing in what the page did not show', () => {
  it('offers exactly the fields the reader could not get', () => {
    expect(fieldsToType(sparse)).toEqual(['name', 'title', 'company', 'location']);
  });

  it('fills them in, takes the first name from the name, and no longer calls them missing', () => {
    const filled = withTypedFields(sparse, { name: '  Wei   Zhang ', company: 'Harbor Labs', location: 'Singapore' });
    expect(filled.name).toBe('Wei Zhang');
    expect(filled.firstName).toBe('Wei');
    expect(filled.current).toEqual({ company: 'Harbor Labs' });
    expect(filled.location).toBe('Singapore');
    expect(filled.missing).toEqual(['about', 'experience']);
  });

  it('never overrides what the page showed, and ignores blank input', () => {
    const filled = withTypedFields(sparse, { headline: 'Something else', name: '   ' });
    expect(filled.headline).toBe('Engineering Manager');
    expect(filled.name).toBeUndefined();
    expect(filled.missing).toContain('name');
  });
});
