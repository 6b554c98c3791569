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
