import { describe, expect, it } from 'vitest';
import { defaultMe, isMeEmpty, readMe } from '@/utils/outreach/me';

describe('readMe', () => {
  it('fills in defaults for anything missing', () => {
    expect(readMe(undefined)).toEqual(defaultMe);
    expect(readMe('not settings')).toEqual(defaultMe);
  });

  it('falls back field by field when a value is of the wrong kind', () => {
    const me = readMe({ name: 42, intro: '  analyst  at  Acme ', askMinutes: 45, account: 'gold', timeZone: 'Mars/Olympus', persona: 'payments, product ,' });
    expect(me).toMatchObject({ name: '', intro: 'analyst at Acme', askMinutes: 15, account: 'free', timeZone: 'UTC', persona: ['payments', 'product'] });
  });

  it('keeps valid choices', () => {
    expect(readMe({ askMinutes: 20, account: 'premium', timeZone: 'Africa/Lagos', signature: 'Sam' })).toMatchObject({
      askMinutes: 20,
      account: 'premium',
      timeZone: 'Africa/Lagos',
      signature: 'Sam',
    });
  });
});

describe('isMeEmpty', () => {
  it('is true on first run and false once any words about me are there', () => {
    expect(isMeEmpty(defaultMe)).toBe(true);
    expect(isMeEmpty(readMe({ account: 'premium' }))).toBe(true);
    expect(isMeEmpty(readMe({ shortTermGoal: 'lead a project' }))).toBe(false);
  });
});
