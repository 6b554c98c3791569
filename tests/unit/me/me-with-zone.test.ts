import { describe, expect, it } from 'vitest';
import { meWithZone } from '@/utils/outreach/me-with-zone';

describe('the time zone of “Me”', () => {
  it('starts in the browser’s zone on a first run', () => {
    expect(meWithZone(null, 'Africa/Lagos').timeZone).toBe('Africa/Lagos');
    expect(meWithZone({ name: 'Sam' }, 'Africa/Lagos')).toMatchObject({ name: 'Sam', timeZone: 'Africa/Lagos' });
  });

  it('keeps the zone the user picked', () => {
    expect(meWithZone({ timeZone: 'Asia/Tokyo' }, 'Africa/Lagos').timeZone).toBe('Asia/Tokyo');
  });
});

describe('the language of “Me”', () => {
  it('starts in the browser’s language when a draft can be written in it', () => {
    expect(meWithZone(null, 'Europe/Madrid', 'es').language).toBe('es');
    expect(meWithZone({ name: 'Lucía' }, 'Europe/Madrid', 'es')).toMatchObject({ name: 'Lucía', language: 'es' });
  });

  it('keeps the language the user picked', () => {
    expect(meWithZone({ language: 'fr' }, 'Europe/Madrid', 'es').language).toBe('fr');
    expect(meWithZone({ language: 'en' }, 'Europe/Madrid', 'es').language).toBe('en');
  });

  it('is English without a browser language', () => {
    expect(meWithZone(null, 'Europe/Madrid').language).toBe('en');
  });
});
