import { describe, expect, it } from 'vitest';
import { type Me, type MyWords, defaultMe, meIn, readMe } from '@/utils/outreach/me';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { asksForMyWordsIn, languagesWithMyWords, withMyWordsIn } from '@/utils/outreach/my-words';

const me = readMe({ ...defaultMe, name: 'Thandiwe Mokoena', intro: 'a charge nurse on a cardiac ward', askAbout: 'nursing informatics' });
/** Me with my words in `language`, as saving keeps them. */
const given = (from: Me, language: DraftLanguage, words: MyWords | undefined) => readMe({ ...from, wordsIn: withMyWordsIn(from.wordsIn, language, words) });
const spanish = { intro: 'enfermera jefe en una unidad de cardiología', askAbout: 'informática de enfermería' };

describe('my words in another draft language', () => {
  it('a draft in another language waits for my words in it, once', () => {
    expect(asksForMyWordsIn(me, 'es')).toBe(true);
    expect(asksForMyWordsIn(me, 'en')).toBe(false);
    const spanishToo = given(me, 'es', spanish);
    expect(asksForMyWordsIn(spanishToo, 'es')).toBe(false);
    expect(asksForMyWordsIn(spanishToo, 'fr')).toBe(true);
  });

  it('asks nothing when Me has no words of its own to translate', () => {
    expect(asksForMyWordsIn(readMe({ name: 'Sam Lee' }), 'es')).toBe(false);
  });

  it('keeps the words given, tidied, and a Spanish Me has none of the English ones', () => {
    const kept = given(me, 'es', { ...spanish, shortTermGoal: '  terminar   un certificado ', introShort: '' });
    expect(kept.wordsIn).toEqual({ es: { ...spanish, shortTermGoal: 'terminar un certificado' } });
    const inSpanish = meIn(kept, 'es');
    expect(inSpanish.intro).toBe(spanish.intro);
    expect(inSpanish.askAbout).toBe(spanish.askAbout);
    expect(JSON.stringify(inSpanish)).not.toContain('cardiac');
    // Me's own words stay as they were.
    expect(kept.intro).toBe(me.intro);
  });

  it('lists the languages kept, edits one and erases one without touching the others', () => {
    const both = given(given(me, 'pt', { intro: 'enfermeira-chefe' }), 'es', spanish);
    expect(languagesWithMyWords(both.wordsIn)).toEqual(['es', 'pt']);
    const edited = given(both, 'es', { ...spanish, intro: 'enfermera' });
    expect(edited.wordsIn?.es?.intro).toBe('enfermera');
    const erased = given(edited, 'es', undefined);
    expect(languagesWithMyWords(erased.wordsIn)).toEqual(['pt']);
    expect(given(erased, 'pt', undefined).wordsIn).toBeUndefined();
    expect(languagesWithMyWords(given(erased, 'pt', undefined).wordsIn)).toEqual([]);
  });
});
