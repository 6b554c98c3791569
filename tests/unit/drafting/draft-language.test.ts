import { describe, expect, it } from 'vitest';
import { browserDraftLanguage, languageToOffer } from '@/utils/drafting/draft-language';

describe('the language a draft starts in', () => {
  it.each([
    ['es-MX', 'es'],
    ['es', 'es'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['en-GB', 'en'],
    ['it-IT', 'en'],
    ['ja', 'en'],
    [undefined, 'en'],
  ] as const)('a browser in %s drafts in %s until Me says otherwise', (locale, language) => {
    expect(browserDraftLanguage(locale)).toBe(language);
  });
});

describe('the language the popup offers', () => {
  it('offers their profile’s language when the draft is in another', () => {
    expect(languageToOffer('fr', 'en')).toBe('fr');
    expect(languageToOffer('en', 'es')).toBe('en');
  });

  it('offers nothing when the draft is already in it, or their language is unknown', () => {
    expect(languageToOffer('fr', 'fr')).toBeUndefined();
    expect(languageToOffer(undefined, 'en')).toBeUndefined();
  });
});
