import { text } from '@/components/popup/text';
import { describe, expect, it } from 'vitest';
import { guessTimeZone, localTimeText, timeDifferenceText, utcOffsetMinutes } from '@/utils/sizing-up/their-time';
import { isTimeZone, timeZoneList } from '@/utils/time-zones';

describe('guessTimeZone', () => {
  it.each([
    ['San Francisco Bay Area', 'America/Los_Angeles'],
    ['Austin, Texas, United States', 'America/Chicago'],
    ['Greater Boston', 'America/New_York'],
    ['London, England, United Kingdom', 'Europe/London'],
    ['Lagos State, Nigeria', 'Africa/Lagos'],
    ['Greater Bengaluru Area', 'Asia/Kolkata'],
    ['Kraków, Małopolskie, Poland', 'Europe/Warsaw'],
    ['São Paulo, Brazil', 'America/Sao_Paulo'],
    ['Perth, Western Australia, Australia', 'Australia/Perth'],
  ])('%s → %s', (location, zone) => {
    expect(guessTimeZone(location)).toBe(zone);
    expect(isTimeZone(zone)).toBe(true);
  });

  it.each([[undefined], [''], ['Remote'], ['Planet Earth']])('does not guess for %s', (location) => {
    expect(guessTimeZone(location)).toBeUndefined();
  });
});

describe('their local time', () => {
  const noonUtc = Date.UTC(2026, 0, 15, 12, 0); // a Thursday in winter
  const julyNoonUtc = Date.UTC(2026, 6, 15, 12, 0);

  it('shows the time and weekday in their zone', () => {
    expect(localTimeText('Asia/Kolkata', noonUtc, 'en-GB')).toBe('17:30 (Thu)');
    expect(localTimeText('America/Los_Angeles', noonUtc, 'en-GB')).toBe('04:00 (Thu)');
  });

  it('follows daylight saving time', () => {
    expect(utcOffsetMinutes('Europe/Berlin', noonUtc)).toBe(60);
    expect(utcOffsetMinutes('Europe/Berlin', julyNoonUtc)).toBe(120);
    expect(utcOffsetMinutes('UTC', noonUtc)).toBe(0);
  });

  it('says how far apart we are', () => {
    expect(timeDifferenceText('Asia/Kolkata', 'Europe/London', noonUtc, text.who.difference)).toBe('5 h 30 min ahead of you');
    expect(timeDifferenceText('America/New_York', 'Europe/Berlin', noonUtc, text.who.difference)).toBe('6 h behind you');
    expect(timeDifferenceText('Europe/Paris', 'Europe/Berlin', noonUtc, text.who.difference)).toBe('same time as you');
  });

  it('refuses a zone the browser does not know, an empty one and anything not text', () => {
    for (const zone of ['Mars/Olympus_Mons', '', 42, null, undefined]) expect(isTimeZone(zone)).toBe(false);
  });

  it('offers every zone a picker lists, each one a zone it accepts', () => {
    const zones = timeZoneList();
    expect(zones).toEqual(expect.arrayContaining(['Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo']));
    expect(zones.every(isTimeZone)).toBe(true);
  });
});
