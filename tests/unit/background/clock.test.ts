import { describe, expect, it } from 'vitest';
import { clockFor } from '@/entrypoints/background/clock';
import { saveSettings, zoneOfMe } from '@/utils/store/schema/settings';
import { freshDatabase } from '../store/made-up';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('the worker plans and words dates in the zone chosen in Me', () => {
  it.each([
    [{ name: 'Sam', timeZone: 'Asia/Tokyo' }, 'Asia/Tokyo'],
    [{ name: 'Sam', timeZone: 'Not/AZone' }, 'Europe/Lisbon'],
    [{ name: 'Sam' }, 'Europe/Lisbon'],
    [null, 'Europe/Lisbon'],
  ])('Me %j → %s', (me, zone) => {
    expect(zoneOfMe(me, 'Europe/Lisbon')).toBe(zone);
  });

  it('reads Me from the database, and falls back to the browser’s zone without one', async () => {
    const db = await freshDatabase();
    expect((await clockFor(db)).timeZone).toBe(browserZone);
    await saveSettings(db, { me: { name: 'Sam', timeZone: 'America/Sao_Paulo' } });
    expect((await clockFor(db)).timeZone).toBe('America/Sao_Paulo');
    expect((await clockFor(undefined)).timeZone).toBe(browserZone);
  });
});
