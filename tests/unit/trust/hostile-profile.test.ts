import { describe, expect, it } from 'vitest';
import { readProfile } from '@/utils/linkedin/read-profile';
import { profileCheck } from '@/utils/store/checks/record-checks';
import { teamPage } from '../linkedin/load-page';

// A made-up person whose every field is hostile (tests/fixtures/linkedin/ilse-marquardt.html):
// markup and scripts written as text, event handlers, javascript:/data: links, 5,000- and
// 32,000-character fields, zero-width and right-to-left characters.
const url = 'https://www.linkedin.com/in/ilse-marquardt/';
const ilse = readProfile(teamPage('ilse-marquardt'), url);

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('a profile whose text is hostile is read as text that can be saved', () => {
  it('keeps markup written on the page as the literal characters, and runs or keeps none of the page’s own markup', () => {
    expect(ilse.name).toBe("Ilse\u200d Marquardt <img src=x onerror=alert('name')> אילזה");
    expect(ilse.headline).toMatch(/^<script>alert\('headline'\)<\/script> Securing payments <b>end to end<\/b> /);
    expect(ilse.location).toBe('<u>Berlin</u>, Deutschland ברלין');
    expect(ilse.featured.map((item) => item.title)).toEqual([
      '<a href="javascript:alert(3)">Threat models</a> for payment teams gnitset',
      'Incident reviews without blame <svg onload=alert(4)>',
      'Fraud signals in card payments',
      'Talk: Payment threat models that teams actually use',
    ]);
    expect(ilse.activity[0]?.text).toBe("<img src=x onerror=alert('post')> Five questions I ask before any payment launch sdrawkcab שאלות");
    expect(JSON.stringify(ilse)).not.toMatch(/__hostileRan|onclick|onmouseover|onfocus|onerror="/);
  });

  it('drops direction overrides, isolates and zero-width spaces from every field, so nothing shows as something else', () => {
    const hidden = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
    expect(strings(ilse).filter((text) => hidden.test(text))).toEqual([]);
    expect(ilse.about).toMatch(/^Zerowidth ?joins, reversed text, and a javascript: link\. /);
  });

  it('keeps a link from the profile only when it is a web address: never javascript:, data: or a tab-split javascript:', () => {
    expect(ilse.featured.map((item) => item.url)).toEqual([undefined, undefined, undefined, 'https://talks.example/ilse/payment-threat-models']);
    expect(ilse.activity.map((item) => item.url)).toEqual([undefined, 'https://www.linkedin.com/feed/update/urn:li:activity:7318000000000000002/']);
    for (const link of strings([ilse.featured.map((item) => item.url), ilse.activity.map((item) => item.url)])) {
      expect(link).toMatch(/^https?:\/\//);
    }
  });

  it('cuts a 5,000-character headline and a 32,000-character about to what the worker stores, so Save still works', () => {
    expect(ilse.headline).toHaveLength(1_000);
    expect(ilse.headline?.endsWith('…')).toBe(true);
    expect(ilse.about?.length).toBeGreaterThan(30_000);
    expect(profileCheck(ilse, 'profile')).toEqual({ ok: true, value: ilse });
  });
});
