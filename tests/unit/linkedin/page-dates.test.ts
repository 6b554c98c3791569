import { describe, expect, it } from 'vitest';
import { dateOf, periodOf } from '@/utils/linkedin/page-dates';

const now = Date.UTC(2026, 11, 1, 12);

describe('periodOf: the period a dates line shows', () => {
  it.each([
    ['Jan 2020 - Present · 4 yrs', { start: '2020-01', ongoing: true }],
    ['Mar 2019 – Dec 2022 · 3 yrs 10 mos', { start: '2019-03', end: '2022-12' }],
    ['2011 – 2015', { start: '2011', end: '2015' }],
    ['2015', { start: '2015', end: '2015' }],
    ['sty 2022 – obecnie · 4 lata 3 mies.', { start: '2022-01', ongoing: true }],
    ['czerwiec 2014 – obecnie (1 rok 2 mies.)', { start: '2014-06', ongoing: true }],
    ['2021年4月 - 現在 · 5年', { start: '2021-04', ongoing: true }],
    ['Apr. 2021 – Heute · 5 Jahre', { start: '2021-04', ongoing: true }],
    ['December 2008 – Present (7 years 1 month)', { start: '2008-12', ongoing: true }],
  ])('%s', (line, period) => {
    expect(periodOf(line)).toEqual(period);
  });

  it('finds no period in a line without a year', () => {
    expect(periodOf('Full-time · 6 yrs 10 mos')).toBeUndefined();
    expect(periodOf(undefined)).toBeUndefined();
  });
});

describe('dateOf: when something was posted', () => {
  it.each([
    ['Jun 2, 2026', '2026-06-02'],
    ['Issued Mar 2021', '2021-03'],
    ['2019', '2019'],
    ['5h', '2026-12-01'],
    ['2d', '2026-11-29'],
    ['3w', '2026-11-10'],
    ['1 tydz.', '2026-11-24'],
    ['2 mo', '2026-10'],
    ['2mo', '2026-10'],
    ['1yr', '2025'],
    ['3 weeks ago', '2026-11-10'],
  ])('%s → %s', (shown, date) => {
    expect(dateOf(shown, now)).toBe(date);
  });

  it('reads no date from counts or words', () => {
    for (const shown of ['1,204 reactions', '12 comments', 'Post', '· 2nd', '']) expect(dateOf(shown, now)).toBeUndefined();
  });
});
