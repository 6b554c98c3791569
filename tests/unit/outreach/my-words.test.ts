import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '@/utils/outreach/languages';
import { readMe } from '@/utils/outreach/me';
import { draftLanguages } from '@/utils/outreach/their-language';
import { type DraftChoices, chatLength, writeDraft } from '@/utils/outreach/write-draft';
import { corpus, corpusNow } from './corpus';

beforeAll(() => Promise.all(draftLanguages.map(loadLanguage)));

const amara = corpus.rich!;
const base = {
  name: 'Thandiwe Mokoena',
  intro: 'charge nurse on a cardiac ward at Groote Schuur Hospital',
  askAbout: 'moving from the ward into nursing informatics',
  persona: ['product management'],
};
const letter = (me: object, choices: Partial<DraftChoices> = {}) => writeDraft(amara, readMe({ ...base, ...me }), { channel: 'email', now: corpusNow, ...choices });

describe("Me's words in any form compose into English sentences", () => {
  it.each([
    ['finish a health informatics certificate', 'This year I want to finish a health informatics certificate'],
    ['I want to finish a health informatics certificate', 'This year I want to finish a health informatics certificate'],
    ['Finish a health informatics certificate.', 'This year I want to finish a health informatics certificate'],
    ['digitise the ward handover', 'This year I want to digitise the ward handover'],
    ['a health informatics certificate', "This year I'm working towards a health informatics certificate"],
    ['promotion to senior nurse', "This year I'm working towards promotion to senior nurse"],
    ['getting better at presenting data', "This year I'm focused on getting better at presenting data"],
    ["I'm preparing for the CPHIMS exam.", "This year I'm focused on preparing for the CPHIMS exam"],
    ['I will lead the ward’s move to electronic records.', 'I will lead the ward’s move to electronic records.'],
    ['CPHIMS certification', "This year I'm working towards CPHIMS certification"],
    ['got my CPHIMS', 'My goal for this year: got my CPHIMS.'],
  ])('a goal typed "%s" reads "%s…"', (goal, sentence) => {
    const draft = letter({ shortTermGoal: goal });
    expect(draft.parts.introduction).toContain(sentence);
    expect(draft.body).not.toMatch(/My focus this year is (?:finish|digitise)/);
  });

  it.each([
    ['leading a ward team of twelve', "I'm Thandiwe Mokoena, leading a ward team of twelve."],
    ['passionate about digital health', "I'm Thandiwe Mokoena, passionate about digital health."],
    ['currently charge nurse at Groote Schuur', "I'm Thandiwe Mokoena, currently a charge nurse at Groote Schuur."],
    ["I'm a charge nurse on a cardiac ward.", "I'm Thandiwe Mokoena, a charge nurse on a cardiac ward."],
  ])('an intro typed "%s" reads "%s"', (intro, sentence) => {
    expect(letter({ intro }).parts.introduction).toContain(sentence);
  });

  it('a rambling intro loses its filler, is cut where a clause ends, and still says my name', () => {
    const intro =
      'so basically I finished my BSc in Statistics at UNILAG last year and after NYSC I joined a small lending startup as a junior data analyst where I mostly write SQL reports and dashboards but I really want to do more modelling';
    const { introduction } = letter({ name: 'Tunde Bakare', intro }).parts;
    expect(introduction).toMatch(/^I'm Tunde Bakare\. I finished my BSc in Statistics at UNILAG last year/);
    expect(introduction).not.toMatch(/so basically|where I mostly write/);
  });

  it('a long intro of several sentences gives a letter at most two of them', () => {
    const intro =
      "I'm a charge nurse on a cardiac ward. I lead a team of twelve. Over the past eight years I have trained dozens of student nurses and introduced a handover checklist. I want to move into informatics.";
    const { introduction } = letter({ intro }).parts;
    expect(introduction).toContain("I'm Thandiwe Mokoena, a charge nurse on a cardiac ward. I lead a team of twelve.");
    expect(introduction).not.toContain('handover checklist');
  });

  it('a note uses the short intro I approved for notes', () => {
    const me = readMe({ ...base, intro: 'charge nurse on a cardiac ward at Groote Schuur Hospital, leading a team of twelve and training students', introShort: 'a cardiac charge nurse' });
    expect(writeDraft(amara, me, { channel: 'connection-note', now: corpusNow }).body).toContain("I'm a cardiac charge nurse.");
  });

  it('a persona keyword naming a kind of person is never "your experience with data scientist"', () => {
    const me = readMe({ ...base, persona: ['product manager', 'payments'] });
    const draft = writeDraft(amara, me, { channel: 'email', now: corpusNow });
    expect(draft.body).not.toMatch(/experience with (?:product manager|\w+ and product manager)/);
    expect(draft.body).toContain('payments');
  });

  it('a sign-off typed over two lines keeps its lines', () => {
    const draft = letter({ signature: 'Thandiwe Mokoena\nCharge nurse · Cape Town' });
    expect(draft.body.endsWith('Thandiwe Mokoena\nCharge nurse · Cape Town')).toBe(true);
  });

  it('a Spanish draft uses my Spanish words, never my English ones', () => {
    const me = readMe({ ...base, wordsIn: { es: { intro: 'enfermera jefa en un servicio de cardiología', askAbout: 'cómo pasar de la planta a la informática clínica' } } });
    const draft = writeDraft(amara, me, { channel: 'email', now: corpusNow, language: 'es' });
    expect(draft.body).toContain('enfermera jefa en un servicio de cardiología');
    expect(draft.body).toContain('cómo pasar de la planta a la informática clínica');
    expect(draft.body).not.toMatch(/charge nurse|nursing informatics/);
    expect(draft.notes.map((note) => note.id)).not.toContain('me-in-other-language');
  });
});

describe('each channel its own form', () => {
  const me = readMe({ ...base, shortTermGoal: 'finish a health informatics certificate', signature: 'Thandiwe' });
  it.each(Object.keys(corpus))('a LinkedIn message to %s is a short chat: "Hi", no subject, no sign-off, under 400 characters', (key) => {
    const draft = writeDraft(corpus[key]!, me, { channel: 'message', now: corpusNow });
    expect(draft.subject).toBeUndefined();
    expect(draft.body).not.toMatch(/^Dear|Best regards/m);
    expect(draft.length).toBeLessThanOrEqual(chatLength);
  });

  it('an English letter opens "Hi", and "Dear" only when the tone is formal; InMail and email keep a subject', () => {
    for (const channel of ['inmail', 'email'] as const) {
      const warm = writeDraft(amara, me, { channel, now: corpusNow });
      expect(warm.body).toMatch(/^Hi Amara,\n/);
      expect(warm.subject).toBeTruthy();
      expect(writeDraft(amara, me, { channel, now: corpusNow, tone: 'formal' }).body).toMatch(/^Dear Amara,\n/);
    }
  });

  it('an email stays within about 125 words', () => {
    for (const profile of Object.values(corpus)) {
      const words = writeDraft(profile, me, { channel: 'email', now: corpusNow }).body.split(/\s+/).length;
      expect(words).toBeLessThanOrEqual(130);
    }
  });
});

describe('variety without boilerplate', () => {
  const mentees = [
    readMe({ ...base, shortTermGoal: 'finish a health informatics certificate', signature: 'Thandiwe' }),
    readMe({ name: 'Sam Lee', intro: 'junior product analyst at Northwind Logistics', askAbout: 'moving from analytics into product management', persona: ['payments'] }),
  ];
  const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 12);
  it.each(['email', 'inmail', 'message', 'connection-note'] as const)('outside my intro and ask, no sentence is in more than 15 per cent of one mentee’s $0 drafts', (channel) => {
    for (const me of mentees) {
      const people = Object.values(corpus);
      const counts = new Map<string, number>();
      for (const profile of people) {
        const { parts } = writeDraft(profile, me, { channel, now: corpusNow });
        // The greeting line and the sign-off are not sentences; the opening and the close are.
        const theirs = [parts.opening.replace(/^[^\n,]*,\s*/, ''), parts.close.split('\n\n')[0] ?? ''].join(' ');
        for (const sentence of new Set(sentencesOf(theirs))) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
      }
      const common = [...counts].filter(([, count]) => count / people.length > 0.15);
      expect(common).toEqual([]);
    }
  });

  it('"Another wording" changes more than the verbs: the close and the ask take another shape', () => {
    const me = mentees[0]!;
    const first = writeDraft(amara, me, { channel: 'email', now: corpusNow, wording: 0 });
    const next = writeDraft(amara, me, { channel: 'email', now: corpusNow, wording: 1 });
    expect(next.parts.close).not.toBe(first.parts.close);
    expect(next.parts.ask).not.toBe(first.parts.ask);
  });
});

describe('a Spanish draft says "usted" throughout', () => {
  it.each([
    ['cómo pasaste del campo a la investigación', 'cómo pasó del campo a la investigación'],
    ['cómo elegiste tu primer empleo', 'cómo eligió su primer empleo'],
    ['qué hiciste al dejar la obra y cómo te preparaste', 'qué hizo al dejar la obra y cómo se preparó'],
    ['lo que existe entre la obra y la planificación', 'lo que existe entre la obra y la planificación'],
    ['cómo diste el salto a la informática y qué formación te resultó más útil', 'cómo dio el salto a la informática y qué formación le resultó más útil'],
  ])('a question typed "%s" is asked as "%s"', (askAbout, topic) => {
    const me = readMe({ name: 'Lucía Fernández', intro: 'ingeniera agrónoma en Córdoba', askAbout, language: 'es' });
    expect(writeDraft(amara, me, { channel: 'email', now: corpusNow }).parts.ask).toContain(topic);
  });
});
