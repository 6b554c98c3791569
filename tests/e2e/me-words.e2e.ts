import { beforeEach, describe, expect, it } from 'vitest';
import { readMe } from '../../utils/outreach/me';
import { browserPerFile } from './browser-per-file';
import { freshStart, messageBox, popupOn } from './drafting';
import { sampleMe } from './sample-me';

// The Spanish message box, by its English label: the popup reads in the browser's language (English here).
const browser = browserPerFile();

const savedMe = async () => {
  const settings = await browser.askWorker('getSettings');
  return readMe(settings.ok ? settings.value.me : null);
};

describe('Me’s words in the sentences they go into, in Chromium (issue 26)', () => {
  beforeEach(() => freshStart(browser));

  it('the Me page shows a goal in its sentence as it is typed, tied to the field, the focus left in it', async () => {
    const options = await browser.openExtensionPage('options.html');
    const goal = options.getByLabel('Short-term goal (next 6–12 months)');
    await expect.poll(() => goal.inputValue()).toBe(sampleMe.shortTermGoal);
    const sentence = options.getByTestId('me-shortTermGoal-sentence');
    await expect.poll(() => sentence.textContent()).toBe(`In a draft: This year I want to ${sampleMe.shortTermGoal}.`);

    await goal.fill('get better at presenting to executives');
    await expect.poll(() => sentence.textContent()).toBe("In a draft: This year I want to get better at presenting to executives.");
    expect(await goal.getAttribute('aria-describedby')).toContain('me-shortTermGoal-sentence');
    expect(await sentence.getAttribute('aria-live')).toBe('polite');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('me-shortTermGoal');
    // Who I am, after "I'm", with my name.
    expect(await options.getByTestId('me-intro-sentence').textContent()).toBe(`In a draft: I'm Sam Lee, ${sampleMe.intro}.`);

    // A long intro: a short one for notes is offered, and taken with one click.
    await options.getByLabel('Who you are, in one line').fill(
      'a data analyst at Northwind Logistics. I plan delivery routes for forty depots and lead our move from spreadsheets to a proper planning tool.',
    );
    await expect.poll(() => options.getByTestId('intro-cut').textContent()).toContain("I'm a data analyst at Northwind Logistics.");
    await options.getByRole('button', { name: 'Use this for notes' }).click();
    await expect.poll(() => options.getByLabel('Who you are, for connection notes').inputValue()).toBe('a data analyst at Northwind Logistics');
    expect(await options.getByTestId('intro-cut').count()).toBe(0);
    await expect.poll(savedMe, { timeout: 10_000 }).toMatchObject({ introShort: 'a data analyst at Northwind Logistics', shortTermGoal: 'get better at presenting to executives' });
    await options.close();
  });

  it('a Spanish draft asks once for my words in Spanish, then is written with them and none of my English', async () => {
    await browser.askWorker('saveSettings', { me: { ...sampleMe, askAbout: 'leading platform teams' } });
    const popup = await popupOn(browser, 'amara-okafor');
    const chooseSpanish = async () => {
      await popup.getByText('Tone, length and the five parts').click();
      await popup.getByTestId('draft-language').selectOption('es');
    };
    await chooseSpanish();
    const form = popup.getByTestId('my-words');
    await expect.poll(() => form.count()).toBe(1);
    // Instead of a half-translated draft: no message until my words are given.
    expect(await messageBox(popup).count()).toBe(0);
    // A clear way back to Me's language.
    await form.getByRole('button', { name: 'Draft in English' }).click();
    await expect.poll(() => messageBox(popup).count()).toBe(1);
    expect(await messageBox(popup).inputValue()).toContain("I'm a data analyst");
    await chooseSpanish();
    await expect.poll(() => form.count()).toBe(1);

    await form.getByLabel('Who you are, in one line').fill('analista de datos en Northwind Logistics, centrada en la planificación de rutas');
    await expect.poll(() => form.getByTestId('my-words-intro-sentence').textContent()).toBe(
      'In a draft: Soy Sam Lee, analista de datos en Northwind Logistics, centrada en la planificación de rutas.',
    );
    await form.getByLabel('Who you are, for connection notes').fill('analista de datos en Northwind Logistics');
    await form.getByLabel('Short-term goal (next 6–12 months)').fill('presentar datos a personas sin perfil técnico');
    await form.getByLabel('What your questions are about').fill('liderar equipos de plataforma');
    await expect.poll(() => form.getByTestId('my-words-askAbout-sentence').textContent()).toContain('liderar equipos de plataforma');
    await form.getByRole('button', { name: 'Save and draft' }).click();

    await expect.poll(() => messageBox(popup).count()).toBe(1);
    expect(await form.count()).toBe(0);
    await popup.getByLabel('Where you will send it').selectOption('email');
    await expect.poll(() => messageBox(popup).inputValue()).toContain('liderar equipos de plataforma');
    const body = await messageBox(popup).inputValue();
    expect(body).toMatch(/^(Estimad[ao]|Hola|Buenos días)\b/);
    expect(body).toContain('analista de datos en Northwind Logistics');
    for (const english of ['data analyst', 'route planning', 'presenting data', 'leading platform teams', 'running an on-call rotation', 'non-technical']) expect(body).not.toContain(english);
    // Kept in Me, through the same save as the Me page: the next Spanish draft does not ask again.
    expect((await savedMe()).wordsIn?.es).toMatchObject({ askAbout: 'liderar equipos de plataforma', introShort: 'analista de datos en Northwind Logistics' });
    await popup.close();
  });

  it('the Me page lists my words in other languages, each editable and erasable, and shows words the popup saved meanwhile', async () => {
    const spanish = { intro: 'analista de datos en Northwind Logistics', askAbout: 'liderar equipos de plataforma' };
    await browser.askWorker('saveSettings', { me: { ...sampleMe, wordsIn: { es: spanish } } });
    const options = await browser.openExtensionPage('options.html');
    const es = options.getByTestId('words-in-es');
    await expect.poll(() => es.locator('legend').textContent()).toBe('Your words in Spanish');
    expect(await es.getByLabel('Who you are, in one line').inputValue()).toBe(spanish.intro);
    // Its sentences are the Spanish draft's.
    await expect.poll(() => es.getByTestId('words-es-intro-sentence').textContent()).toBe(`In a draft: Soy Sam Lee, ${spanish.intro}.`);

    await es.getByLabel('Short-term goal (next 6–12 months)').fill('presentar datos a la dirección');
    await expect.poll(async () => (await savedMe()).wordsIn?.es?.shortTermGoal, { timeout: 10_000 }).toBe('presentar datos a la dirección');
    // Saved meanwhile elsewhere (the popup's words form): shown here, and kept by the next save made here.
    await browser.askWorker('saveSettings', { me: { ...(await savedMe()), wordsIn: { es: { ...spanish, shortTermGoal: 'presentar datos a la dirección' }, pt: { intro: 'analista de dados' } } } });
    await expect.poll(() => options.getByTestId('words-in-pt').count()).toBe(1);

    await es.getByRole('button', { name: 'Erase these words' }).click();
    await expect.poll(() => options.getByTestId('words-in-es').count()).toBe(0);
    await expect.poll(async () => (await savedMe()).wordsIn, { timeout: 10_000 }).toEqual({ pt: { intro: 'analista de dados' } });
    await options.close();
  });
});
