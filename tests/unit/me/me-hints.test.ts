import { describe, expect, it } from 'vitest';
import { defaultMe, readMe } from '@/utils/outreach/me';
import { meHints } from '@/utils/outreach/me-hints';
import { hintWords } from '@/components/me/me-fields';

const me = (fields: Record<string, unknown>) => readMe({ ...defaultMe, name: 'Sam Lee', ...fields });

describe('gentle hints on “Me”', () => {
  it('asks for a name to sign with', () => {
    expect(meHints(readMe({})).name).toBe('name');
    expect(meHints(me({})).name).toBeUndefined();
  });

  it.each(['find a mentor', 'I need a mentor', 'mentorship', 'get a mentor.'])('asks for a specific goal instead of “%s”', (goal) => {
    expect(meHints(me({ shortTermGoal: goal })).shortTermGoal).toBe('vagueGoal');
  });

  it('accepts a specific goal', () => {
    expect(meHints(me({ shortTermGoal: 'get better at presenting data to non-technical stakeholders' })).shortTermGoal).toBeUndefined();
  });

  it('asks for one line when the introduction runs long', () => {
    const intro = 'a junior supply chain analyst at Northwind, focused on sustainability metrics, '.repeat(3);
    expect(meHints(me({ intro })).intro).toBe('introLong');
  });

  it('suggests writing the introduction as it follows “I’m”', () => {
    expect(meHints(me({ intro: "I'm a data analyst at Northwind" })).intro).toBe('introStartsWithI');
    expect(meHints(me({ intro: 'a data analyst at Northwind' })).intro).toBeUndefined();
  });

  it.each(['Soy analista de datos en Northwind', 'Je suis analyste chez Northwind', 'Ich bin Datenanalystin bei Northwind', 'Sou analista de dados na Northwind'])(
    'sees an introduction that repeats the draft’s own “I’m” in another language too: “%s”',
    (intro) => {
      expect(meHints(me({ intro, language: 'es' })).intro).toBe('introStartsWithI');
    },
  );

  it('does not mistake a role that begins like a greeting for one (“Hollander…”, “Soybean…”)', () => {
    expect(meHints(me({ intro: 'Soybean trader at Cargill' })).intro).toBeUndefined();
  });

  it('says each hint in the interface’s words, not as a code', () => {
    expect(hintWords.introStartsWithI).toBe('Write it as it would follow “I’m”: “a data analyst at Northwind, focused on …”.');
    expect(hintWords.name).toMatch(/name you sign with/);
    for (const words of Object.values(hintWords)) expect(words).not.toMatch(/^me\./);
  });

  it('suggests a mentor persona once goals are written', () => {
    expect(meHints(me({ longTermGoal: 'move into product management' })).persona).toBe('personaEmpty');
    expect(meHints(me({ longTermGoal: 'move into product management', persona: 'SaaS' })).persona).toBeUndefined();
  });

  it('keeps what my questions are about short enough for a note, and about a topic, not a mentorship', () => {
    expect(meHints(me({ askAbout: 'moving into product management' })).askAbout).toBeUndefined();
    expect(meHints(me({ askAbout: 'moving from analytics into product management at a scale-up' })).askAbout).toBe('askAboutLong');
    expect(meHints(me({ askAbout: 'being my mentor' })).askAbout).toBe('askAboutMentor');
  });
});
