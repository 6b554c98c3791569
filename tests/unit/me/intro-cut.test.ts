import { describe, expect, it } from 'vitest';
import { introCutForNotes, shortIntroLength } from '@/utils/outreach/intro-cut';
import { english } from '@/utils/outreach/wording';

const cut = (intro: string) => introCutForNotes(intro, english);

describe('a short intro for notes, cut from a long one', () => {
  it('offers nothing for an intro that is short already', () => {
    expect(cut('a junior analyst at Northwind, focused on sustainability metrics')).toBeUndefined();
    expect(cut('')).toBeUndefined();
  });

  it('offers the first sentence of an intro of two or three sentences', () => {
    expect(cut('a charge nurse at St Thomas’ Hospital. I lead our ward’s move to electronic records.')).toBe('a charge nurse at St Thomas’ Hospital');
    expect(
      cut('A civil engineer at Grupo Vértice in Monterrey. I design water networks for new suburbs. Next year I want to lead a project of my own.'),
    ).toBe('A civil engineer at Grupo Vértice in Monterrey');
  });

  it('does not take an abbreviation for the end of a sentence', () => {
    expect(cut('a nurse at St. Mary’s Hospital, e.g. on the night shifts, leading the move to e-prescribing on every ward we run')).toBe('a nurse at St. Mary’s Hospital');
  });

  it('cuts a 78-word intro to its first clause, a whole phrase that fits a note', () => {
    const intro =
      'a charge nurse on a busy cardiac ward at St Thomas’ Hospital in London, where for six years I have led the night team, trained new graduates, ' +
      'and worked with the informatics group on the move from paper charts to electronic records, which taught me how much good software depends on the people who use it, ' +
      'and made me want to spend the next part of my career bridging clinical practice and health informatics as a nurse informaticist';
    expect(intro.split(/\s+/)).toHaveLength(78);
    const offered = cut(intro)!;
    expect(offered).toBe('a charge nurse on a busy cardiac ward at St Thomas’ Hospital in London');
    expect(offered.length).toBeLessThanOrEqual(shortIntroLength);
  });

  it('keeps a comma list together up to where I work: never “a nurse” alone', () => {
    expect(cut('a nurse, educator and researcher at King’s College London, focused on digital health for older patients at home')).toBe(
      'a nurse, educator and researcher at King’s College London',
    );
    // A list after the place is left out whole.
    expect(cut('a data analyst at Northwind, working with SQL, Python, Tableau, dbt and Looker every day for our supply team')).toBe('a data analyst at Northwind');
  });

  it('cuts at “focused on”, “who”, a dash, as the drafts’ own clause breaks do', () => {
    expect(cut('a product designer at Kestrel Pay focused on accessible payment flows for older and first-time smartphone users')).toBe(
      'a product designer at Kestrel Pay',
    );
    expect(cut('a union officer at Unite – representing logistics workers across the Midlands in pay talks and grievance cases')).toBe('a union officer at Unite');
  });

  it('cuts a headline pasted as an intro at its first bar', () => {
    expect(cut('Senior UX researcher at Spotify | ex-Google | speaker at UXDX and Mind the Product | mentor at ADPList')).toBe('Senior UX researcher at Spotify');
  });

  it('offers nothing when no whole phrase is shorter: a long clause is not cut mid-phrase', () => {
    expect(cut('a senior software engineer on the payments infrastructure team of a large European fintech company based in Berlin')).toBeUndefined();
  });
});
