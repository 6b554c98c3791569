import { describe, expect, it } from 'vitest';
import { defaultMe, readMe } from '@/utils/outreach/me';
import { meSentences, sentenceSlots, sentencesShown } from '@/utils/outreach/me-sentences';
import { loadWording } from '@/utils/outreach/languages';
import { english, wordingFor } from '@/utils/outreach/wording';
import { writeDraft } from '@/utils/outreach/write-draft';
import { sentenceWithStop } from '@/utils/outreach/who-i-am';
import { people } from '../outreach/people';

await loadWording('es');
const me = (fields: Record<string, unknown>) => readMe({ ...defaultMe, name: 'Sam Lee', ...fields });

describe('Me’s words as the sentences a draft puts them in', () => {
  it('shows who I am after “I’m”, with my name, as a letter says it', () => {
    expect(meSentences(me({ intro: 'a junior analyst at Northwind' }), english).intro).toBe("I'm Sam Lee, a junior analyst at Northwind.");
    // Typed in capitals or with a full stop, it still reads as one sentence.
    expect(meSentences(me({ intro: 'Junior analyst at Northwind.' }), english).intro).toBe("I'm Sam Lee, a junior analyst at Northwind.");
  });

  it('shows the short intro as a note says it: without my name, which LinkedIn shows beside a note', () => {
    expect(meSentences(me({ introShort: 'a junior analyst at Northwind' }), english).introShort).toBe("I'm a junior analyst at Northwind.");
  });

  it('shows a goal typed as a verb, a noun phrase or an -ing phrase in its sentence', () => {
    expect(meSentences(me({ shortTermGoal: 'get better at presenting data' }), english).shortTermGoal).toBe("This year I want to get better at presenting data.");
    expect(meSentences(me({ longTermGoal: 'move into product management' }), english).longTermGoal).toBe('In the next few years I hope to move into product management.');
    // Whatever the composer makes of other forms, the page shows the very same sentence (see the draft test below).
    for (const goal of ['finish a health informatics certificate', 'a health informatics certificate', 'Finishing a health informatics certificate']) {
      expect(meSentences(me({ shortTermGoal: goal }), english).shortTermGoal).toBe(sentenceWithStop(english.goals.short(goal)));
    }
  });

  it('shows what my questions are about in the ask, under the field it comes from', () => {
    const asked = meSentences(me({ askAbout: 'moving into product management' }), english);
    expect(asked.askAbout).toContain('two or three specific questions about moving into product management.');
    const fromSkill = meSentences(me({ skillsMissing: 'the financial side of project budgeting' }), english);
    expect(fromSkill.askAbout).toBeUndefined();
    expect(fromSkill.skillsMissing).toContain('questions about the financial side of project budgeting.');
    // A topic typed as a question is asked about as the draft asks it.
    expect(meSentences(me({ askAbout: 'Should I do an MBA?' }), english).askAbout).toContain('questions about whether to do an MBA.');
  });

  it('says nothing for a field left empty', () => {
    expect(meSentences(readMe({}), english)).toEqual({});
  });

  it('writes the sentences in the draft’s language, the minutes from Me', () => {
    const sentences = meSentences(me({ intro: 'analista de datos en Northwind', shortTermGoal: 'terminar un certificado', askAbout: 'gestión de producto', askMinutes: 20 }), wordingFor('es'));
    expect(sentences.intro).toBe('Soy Sam Lee, analista de datos en Northwind.');
    expect(sentences.shortTermGoal).toBe(sentenceWithStop(wordingFor('es').goals.short('terminar un certificado')));
    expect(sentences.askAbout).toContain('gestión de producto');
    expect(sentences.askAbout).toContain('20');
  });

  it('shows sentences a draft really contains, word for word', () => {
    const mentee = me({
      intro: 'a junior analyst at Northwind',
      shortTermGoal: 'get better at presenting data',
      askAbout: 'moving into product management',
      persona: ['product'],
    });
    const sentences = meSentences(mentee, english);
    const draft = writeDraft(people.rich!, mentee, { channel: 'email' });
    expect(draft.body).toContain(sentences.intro);
    expect(draft.body).toContain(sentences.shortTermGoal!.replace(/\.$/, ''));
    expect(draft.body).toContain(sentences.askAbout!.split('. ')[0]!.split('about ')[1]);
  });
});

describe('where my words go, while a field is empty', () => {
  it('shows the sentence with “…” where my words will go, in the draft’s language', () => {
    const empty = me({ shortTermGoal: 'get better at presenting data' });
    expect(sentenceSlots(empty, english)).toEqual({
      intro: "I'm Sam Lee, a …",
      introShort: "I'm a …",
      askAbout: expect.stringContaining('two or three specific questions about … Would you'),
    });
    expect(sentenceSlots(empty, wordingFor('es')).intro).toBe('Soy Sam Lee, …');
  });

  it('has no slot for a field with words, nor for the topic when the skill I miss names it', () => {
    expect(sentenceSlots(me({ intro: 'a junior analyst', introShort: 'an analyst', askAbout: 'pricing' }), english)).toEqual({});
    expect(sentenceSlots(me({ intro: 'a junior analyst', skillsMissing: 'pricing' }), english).askAbout).toBeUndefined();
  });
});

describe('what shows under the fields', () => {
  it('is each sentence, or its slot while the field is empty', () => {
    const shown = sentencesShown(me({ shortTermGoal: 'get better at presenting data' }), english);
    expect(shown.shortTermGoal).toBe("This year I want to get better at presenting data.");
    expect(shown.intro).toBe("I'm Sam Lee, a …");
    expect(sentencesShown(me({ intro: 'a junior analyst' }), english).intro).toBe("I'm Sam Lee, a junior analyst.");
  });
});
