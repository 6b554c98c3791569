import { describe, expect, it } from 'vitest';
import { defaultMe, readMe } from '@/utils/outreach/me';
import { meHints } from '@/utils/outreach/me-hints';

const me = (fields: Record<string, unknown>) => readMe({ ...defaultMe, name: 'Sam Lee', ...fields });

describe('gentle hints on “Me”', () => {
  it('asks for a name to sign with', () => {
    expect(meHints(readMe({})).name).toMatch(/name you sign with/);
    expect(meHints(me({})).name).toBeUndefined();
  });

  it.each(['find a mentor', 'I need a mentor', 'mentorship', 'get a mentor.'])('asks for a specific goal instead of “%s”', (goal) => {
    expect(meHints(me({ shortTermGoal: goal })).shortTermGoal).toMatch(/Be specific/);
  });

  it('accepts a specific goal', () => {
    expect(meHints(me({ shortTermGoal: 'get better at presenting data to non-technical stakeholders' })).shortTermGoal).toBeUndefined();
  });

  it('asks for one line when the introduction runs long', () => {
    const intro = 'a junior supply chain analyst at Northwind, focused on sustainability metrics, '.repeat(3);
    expect(meHints(me({ intro })).intro).toMatch(/one line/);
  });

  it('suggests writing the introduction as it follows “I’m”', () => {
    expect(meHints(me({ intro: "I'm a data analyst at Northwind" })).intro).toMatch(/follow “I’m”/);
    expect(meHints(me({ intro: 'a data analyst at Northwind' })).intro).toBeUndefined();
  });

  it('suggests a mentor persona once goals are written', () => {
    expect(meHints(me({ longTermGoal: 'move into product management' })).persona).toMatch(/experiences, skills or traits/);
    expect(meHints(me({ longTermGoal: 'move into product management', persona: 'SaaS' })).persona).toBeUndefined();
  });

  it('keeps what my questions are about short enough for a note, and about a topic, not a mentorship', () => {
    expect(meHints(me({ askAbout: 'moving into product management' })).askAbout).toBeUndefined();
    expect(meHints(me({ askAbout: 'moving from analytics into product management at a scale-up' })).askAbout).toMatch(/A few words fit best/);
    expect(meHints(me({ askAbout: 'being my mentor' })).askAbout).toMatch(/not a mentorship/);
  });
});
