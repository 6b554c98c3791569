import { describe, expect, it } from 'vitest';
import { readProfile } from '@/utils/linkedin/read-profile';
import { teamPage } from './load-page';

// Issue 27: no card chrome in any field. An attachment's file name was read as a job
// description, "Associated with …" began an award's description, About ended with "Top skills …".
describe('card chrome kept out of the fields', () => {
  const profile = readProfile(teamPage('vikram-shetty'), 'https://www.linkedin.com/in/vikram-shetty/', Date.UTC(2026, 11, 1, 12));

  it('About is their text alone: no "Top skills" row after it, no "…see more"', () => {
    expect(profile.about).toBe('I build data platforms that analysts trust, and I mentor engineers moving from BI into data engineering.');
  });

  it('a role’s description is its own words, not the name of the file attached to it', () => {
    expect(profile.experience[0]?.description).toBe('I run the team that keeps 300 pipelines honest, and mentor two junior engineers.');
  });

  it('a description pasted with Word’s bullet glyph (U+F0D8, private use) reads as its words alone', () => {
    expect(profile.experience[1]).toMatchObject({ title: 'Data Engineer', company: 'Contoso Retail', location: 'Bengaluru, Karnataka, India' });
    expect(profile.experience[1]?.description).toBe('Moved nightly loads to incremental ones Set up data quality checks');
  });

  it('an award’s description leaves out the "Associated with" line', () => {
    expect(profile.honors).toEqual([{ title: 'Best Thesis Award', by: 'College of Engineering Pune', date: '2014-05', description: 'For a thesis on streaming joins over late-arriving data.' }]);
  });

  it('no follower count, reaction count, "show more" or private-use glyph anywhere', () => {
    expect(JSON.stringify(profile)).not.toMatch(/followers|reactions|comments|show more|see more|Top skills|onboarding kit|Associated with|\p{Co}/iu);
  });
});
