import { describe, expect, it } from 'vitest';
import { profileUrl, profileUrlText } from '@/utils/linkedin/profile-url';

describe('profileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/amara-okafor/', 'amara-okafor'],
    ['https://www.linkedin.com/in/amara-okafor', 'amara-okafor'],
    ['http://linkedin.com/in/amara-okafor', 'amara-okafor'],
    ['https://uk.linkedin.com/in/amara-okafor/', 'amara-okafor'],
    ['https://sub.uk.linkedin.com/in/amara-okafor', 'amara-okafor'],
    ['https://m.linkedin.com/in/amara-okafor/', 'amara-okafor'],
    ['https://www.linkedin.com/mwlite/in/amara-okafor', 'amara-okafor'],
    ['https://www.linkedin.com/mwlite/profile/in/amara-okafor', 'amara-okafor'],
    ['linkedin://in/amara-okafor', 'amara-okafor'],
    ['www.linkedin.com/in/amara-okafor/', 'amara-okafor'],
    ['  https://www.linkedin.com/in/amara-okafor/  ', 'amara-okafor'],
    ['https://www.linkedin.com/in/amara-okafor/?originalSubdomain=ng&trk=public_profile', 'amara-okafor'],
    ['https://www.linkedin.com/in/amara-okafor?lipi=urn%3Ali%3Apage%3Ad_flagship3_profile_view_base#experience', 'amara-okafor'],
    ['https://www.linkedin.com/in/amara-okafor/fr/', 'amara-okafor'],
    ['https://www.linkedin.com/in/amara-okafor/details/experience/', 'amara-okafor'],
    ['https://www.linkedin.com/in/amara-okafor/overlay/contact-info/', 'amara-okafor'],
    ['https://www.linkedin.com/in/amara-okafor/recent-activity/all/', 'amara-okafor'],
    ['HTTPS://WWW.LINKEDIN.COM/IN/AMARA-OKAFOR', 'amara-okafor'],
    ['https://www.linkedin.com/in/tomasz-w%C3%B3jcik/', 'tomasz-wójcik'],
    ['https://www.linkedin.com/in/tomasz-wójcik/', 'tomasz-wójcik'],
    ['https://www.linkedin.com/in/tomasz-wo%CC%81jcik/', 'tomasz-wójcik'],
    ['https://www.linkedin.com/in/%D8%B2%D9%8A%D9%86%D8%A8/', 'زينب'],
    ['https://www.linkedin.com/in/ACoAAB3mAr4Ok4f0rX9Q2wzL7pHs4dVt3nKe5A/', 'ACoAAB3mAr4Ok4f0rX9Q2wzL7pHs4dVt3nKe5A'],
  ])('reads %s as the profile “%s”', (input, slug) => {
    expect(profileUrl(input)).toEqual({ ok: true, slug, url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` });
  });

  it('gives every form of one address the same canonical address', () => {
    const forms = ['https://uk.linkedin.com/in/Amara-Okafor?trk=x', 'https://www.linkedin.com/in/amara-okafor/details/skills/', 'm.linkedin.com/in/amara-okafor'];
    const urls = new Set(forms.map((form) => (profileUrl(form) as { url: string }).url));
    expect([...urls]).toEqual(['https://www.linkedin.com/in/amara-okafor/']);
  });

  it.each([
    ['', profileUrlText.empty],
    ['https://www.linkedin.com/feed/', profileUrlText.notProfile],
    ['https://www.linkedin.com/search/results/people/?keywords=mentor', profileUrlText.notProfile],
    ['https://www.linkedin.com/company/lumen-freight/', profileUrlText.notProfile],
    ['https://www.linkedin.com/in/', profileUrlText.notProfile],
    ['https://lnkd.in/gFyS7etw', profileUrlText.shortLink],
    ['https://www.linkedin.com/in/me/', profileUrlText.me],
    ['https://www.linkedin.com/pub/amara-okafor/10/a65/123', profileUrlText.legacyPub],
    ['https://example.com/in/amara-okafor/', profileUrlText.notLinkedIn],
    ['https://linkedin.com.evil.example/in/amara-okafor/', profileUrlText.notLinkedIn],
    ['https://www.linkedin.com:8443/in/amara-okafor/', profileUrlText.notLinkedIn],
    ['https://www.linkedin.com/in/alice/../../in/bob', profileUrlText.dotSegments],
    ['https://www.linkedin.com/in/amara%2Fokafor/', profileUrlText.badSlug],
    ['https://www.linkedin.com/in/amara%252Dokafor/', profileUrlText.badEncoding],
    ['https://www.linkedin.com/in/amara%E0%A4/', profileUrlText.badEncoding],
    ['https://www.linkedin.com/in/amara\\okafor', profileUrlText.badCharacters],
    ['ftp://www.linkedin.com/in/amara-okafor/', profileUrlText.unreadable],
    ['not a url at all', profileUrlText.unreadable],
  ])('refuses %j with a reason in plain words', (input, reason) => {
    expect(profileUrl(input)).toEqual({ ok: false, reason });
  });
});
