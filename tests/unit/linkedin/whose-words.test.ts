import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/linkedin/profile';
import { readProfile } from '@/utils/linkedin/read-profile';
import { captionSays } from '@/utils/linkedin/whose-words';
import { teamPage } from './load-page';

// Issue 27: an activity item holds their own words, or says whose they are. A caption ("Laxmi
// Kant Tiwari posted this • 3w") is never the text; a post they only liked is not theirs; a card
// showing only its caption (an image) has no text to cite.
const readAt = Date.UTC(2026, 11, 1, 12);
const read = (slug: string): Profile => readProfile(teamPage(slug), `https://www.linkedin.com/in/${slug}/`, readAt);
const post = (id: string) => `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`;

describe('whose words an activity item holds', () => {
  it('on the logged-in (Ember) page: own post whole, reposts and a comment as what they are, no caption, no like, no image-only card', () => {
    expect(read('vikram-shetty').activity).toEqual([
      {
        // Whole, with the colleague it names, without "…show more"; the caption lost its space when saved.
        text: 'Our data platform team now ships every schema change behind a contract test. Here is the checklist we use, thanks to Asha Rao. It took us a year to agree on one page.',
        url: post('7260000000000000101'),
        kind: 'post',
        date: '2026-11-10',
        origin: 'own',
      },
      { text: 'Internship Drive for College Students from Tier 2 cities: apply by 30 June.', url: post('7255000000000000102'), kind: 'post', date: '2026-11', origin: 'repost', author: 'Northwind Careers' },
      // A repost whose card names nobody: still not theirs.
      { text: 'Five lessons from scaling our analytics org from 4 to 40 people.', url: post('7250000000000000103'), kind: 'post', date: '2026-11', origin: 'repost' },
      // Their comment is their words, on someone else's post.
      {
        text: 'Congratulations on the launch, well deserved!',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7245000000000000104?commentUrn=urn%3Ali%3Acomment%3A1',
        kind: 'post',
        date: '2026-10',
        origin: 'comment',
      },
    ]);
  });

  it('on the server-driven page: a captioned repost, an uncaptioned one naming a company, a comment on a named post', () => {
    expect(read('chiara-bruno').activity).toEqual([
      // A colleague named inside her post does not make it his.
      { text: 'Our design tokens now ship from one repository to web, iOS and Android. Marco Villa led the migration; the write-up is below.', url: post('7400000000000000201'), kind: 'post', date: '2026-11-28', origin: 'own' },
      { text: '⚡Attention, designers in Turin: we are opening our studio on Thursdays for portfolio reviews.', url: post('7399000000000000202'), kind: 'post', date: '2026-11-24', origin: 'repost', author: 'Sara Conti' },
      { text: 'We are hiring three product designers for our Turin office.', url: post('7398000000000000203'), kind: 'post', date: '2026-11-17', origin: 'repost', author: 'Ferrovia Digitale Careers' },
      // The card shows the post she commented on: its words are his.
      { text: 'Accessibility audits belong in the definition of done, not in the last sprint.', url: post('7397000000000000204'), kind: 'post', date: '2026-11-10', origin: 'comment', author: 'Luca Ferri' },
    ]);
  });

  it('on the public page: only their own posts and articles, each marked as theirs', () => {
    expect(read('lucia-ferreira').activity.map((item) => item.origin)).toEqual(['own', 'own']);
  });

  it('never gives a caption, a name or a count as the text, on any page the team has', () => {
    for (const slug of ['vikram-shetty', 'chiara-bruno', 'diego-ramos', 'tomasz-wojcik', 'amara-okafor', 'priya-raman']) {
      for (const item of read(slug).activity) {
        expect({ slug, caption: captionSays(item.text) }).toEqual({ slug, caption: undefined });
        expect(item.text).not.toMatch(/^(Vikram Shetty|Chiara Bruno|Diego Ramos|Tomasz Wójcik|Amara Okafor|Priya Raman)$|show more|\d+ reactions?/);
        expect(item.origin).toBeDefined();
      }
    }
  });

  it.each([
    ['Laxmi Kant Tiwari posted this • 3w', 'own'],
    ['Surendra Thotaposted this • 2mo', 'own'],
    ['Eduardo Alvarez Nowak reposted this • 1w', 'repost'],
    ['Abgar Gulo commented on a post • 1mo', 'comment'],
    ['X commented on this', 'comment'],
    ['Priya Raman likes this', 'like'],
    ['Ana Kovač ha compartido esto', 'repost'],
    ['Lena Fischer hat dies kommentiert', 'comment'],
  ] as const)('reads the caption "%s" as %s', (caption, says) => {
    expect(captionSays(caption)).toBe(says);
  });
});
