import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { MeForm } from '@/components/me/MeForm';
import { meValues } from '@/components/me/me-values';
import { MyWordsAsked } from '@/components/popup/MyWordsAsked';
import { defaultMe, readMe } from '@/utils/outreach/me';
import { meSentences } from '@/utils/outreach/me-sentences';
import { english } from '@/utils/outreach/wording';

function shown(node: preact.ComponentChild): HTMLElement {
  const host = document.createElement('div');
  render(node, host);
  return host;
}

describe('the sentences under Me’s fields', () => {
  const me = readMe({ ...defaultMe, name: 'Sam Lee', intro: 'a junior analyst at <b>Northwind</b>', shortTermGoal: 'get better at presenting data' });
  const form = (introCut?: { cut: string; sentence: string }, onChange = vi.fn()) =>
    shown(
      <MeForm values={meValues(me)} timeZones={['UTC']} hints={{}} status="" sentences={meSentences(me, english)} language="en" {...(introCut && { introCut })} onChange={onChange} />,
    );

  it('describes each field by the sentence it goes into, as text, in the draft’s language', () => {
    const host = form();
    const goal = host.querySelector('#me-shortTermGoal')!;
    expect(goal.getAttribute('aria-describedby')!.split(' ')).toContain('me-shortTermGoal-sentence');
    const sentence = host.querySelector('#me-shortTermGoal-sentence')!;
    expect(sentence.textContent).toBe("In a draft: This year I want to get better at presenting data.");
    expect(sentence.getAttribute('aria-live')).toBe('polite');
    expect(sentence.querySelector('q')!.getAttribute('lang')).toBe('en');
    // What I type is shown as typed, never as markup.
    const intro = host.querySelector('#me-intro-sentence')!;
    expect(intro.textContent).toBe("In a draft: I'm Sam Lee, a junior analyst at <b>Northwind</b>.");
    expect(intro.querySelector('b')).toBeNull();
    // A field that goes into no sentence has none.
    expect(host.querySelector('#me-persona-sentence')).toBeNull();
    expect(host.querySelector('#me-persona')!.getAttribute('aria-describedby')).toBe('me-persona-why');
  });

  it('keeps the live region there while a field is empty, so the first words typed are announced', () => {
    const sentence = form().querySelector('#me-askAbout-sentence')!;
    expect(sentence.textContent).toBe('');
    expect(sentence.getAttribute('aria-live')).toBe('polite');
  });

  it('offers a cut of a long intro for notes: one click fills the short intro', () => {
    const onChange = vi.fn();
    const host = form({ cut: 'a junior analyst at Northwind', sentence: "I'm a junior analyst at Northwind." }, onChange);
    expect(host.querySelector('[data-testid="intro-cut"]')!.textContent).toContain("I'm a junior analyst at Northwind.");
    const use = [...host.querySelectorAll('button')].find((button) => button.textContent === 'Use this for notes')!;
    use.click();
    expect(onChange).toHaveBeenCalledWith('introShort', 'a junior analyst at Northwind');
    expect(form().querySelector('[data-testid="intro-cut"]')).toBeNull();
  });
});

describe('the popup’s form for my words in another language', () => {
  const asked = (words: Record<string, string>) =>
    shown(<MyWordsAsked language="es" mine="en" words={words} mineWords={{ intro: 'a data analyst at Northwind', askAbout: '' }} sentences={{}} saving={false} onWord={vi.fn()} onSave={vi.fn()} onBack={vi.fn()} />);

  it('names the language, says why, and offers the way back to Me’s language', () => {
    const host = asked({});
    expect(host.querySelector('h2')!.textContent).toBe('Your words in Spanish');
    expect(host.textContent).toContain('not in English');
    const buttons = [...host.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons).toEqual(['Save and draft', 'Draft in English']);
    // Under each field, my words in English: what to write in Spanish (none for a field I left empty).
    const intro = host.querySelector('#my-words-intro')!;
    expect(intro.getAttribute('aria-describedby')).toBe('my-words-intro-mine my-words-intro-sentence');
    expect(host.querySelector('#my-words-intro-mine')!.textContent).toBe('In English: a data analyst at Northwind');
    expect(host.querySelector('#my-words-askAbout-mine')).toBeNull();
    // The words are typed in Spanish: the browser checks their spelling in Spanish.
    expect([...host.querySelectorAll('input')].map((input) => input.getAttribute('lang'))).toEqual(['es', 'es', 'es', 'es']);
  });

  it('saves only once a word is given', () => {
    expect(asked({}).querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);
    expect(asked({ intro: 'analista de datos' }).querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false);
  });
});
