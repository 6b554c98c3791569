import { describe, expect, it } from 'vitest';
import { defaultMe, meIn, readMe } from '@/utils/outreach/me';
import { asksForMyWordsIn, languagesWithMyWords, withMyWordsIn } from '@/utils/outreach/my-words';

const me = readMe({ ...defaultMe, name: 'Thandiwe Mokoena', intro: 'a charge nurse on a cardiac ward', askAbout: 'nursing informatics' });
const spanish = { intro: 'enfermera jefe en una unidad de cardiología', askAbout: 'informática de enfermería' };

describe('my words in another draft language', () => {
  it('a draft in another language waits for my words in it, once', () => {
    expect(asksForMyWordsIn(me, 'es')).toBe(true);
    expect(asksForMyWordsIn(me, 'en')).toBe(false);
    const given = withMyWordsIn(me, 'es', spanish);
    expect(asksForMyWordsIn(given, 'es')).toBe(false);
    expect(asksForMyWordsIn(given, 'fr')).toBe(true);
  });

  it('asks nothing when Me has no words of its own to translate', () => {
    expect(asksForMyWordsIn(readMe({ name: 'Sam Lee' }), 'es')).toBe(false);
  });

  it('keeps the words given, tidied, and a Spanish Me has none of the English ones', () => {
    const given = withMyWordsIn(me, 'es', { ...spanish, shortTermGoal: '  terminar   un certificado ', introShort: '' });
    expect(given.wordsIn).toEqual({ es: { ...spanish, shortTermGoal: 'terminar un certificado' } });
    const inSpanish = meIn(given, 'es');
    expect(inSpanish.intro).toBe(spanish.intro);
    expect(inSpanish.askAbout).toBe(spanish.askAbout);
    expect(JSON.stringify(inSpanish)).not.toContain('cardiac');
    // Me's own words stay as they were.
    expect(given.intro).toBe(me.intro);
  });

  it('lists the languages kept, edits one and erases one without touching the others', () => {
    const both = withMyWordsIn(withMyWordsIn(me, 'pt', { intro: 'enfermeira-chefe' }), 'es', spanish);
    expect(languagesWithMyWords(both)).toEqual(['es', 'pt']);
    const edited = withMyWordsIn(both, 'es', { ...spanish, intro: 'enfermera' });
    expect(edited.wordsIn?.es?.intro).toBe('enfermera');
    const erased = withMyWordsIn(edited, 'es', undefined);
    expect(languagesWithMyWords(erased)).toEqual(['pt']);
    expect(languagesWithMyWords(withMyWordsIn(erased, 'pt', undefined))).toEqual([]);
    expect(withMyWordsIn(erased, 'pt', undefined).wordsIn).toBeUndefined();
  });
});
