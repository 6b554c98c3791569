import { beforeEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser-per-file';
import { freshStart, popupOn } from './drafting';
import { sampleMe } from './sample-me';
import { readMe } from '../../utils/outreach/me';
import { personNamed } from '../unit/outreach/people';

// The message box by its Spanish label (drafting.ts's messageBox is the English one).
const mensaje = (page: import('playwright-core').Page) => page.getByLabel('Mensaje', { exact: true });

describe('under a Spanish browser, in Chromium', () => {
  const browser = browserPerFile({ language: 'es' });
  beforeEach(() => freshStart(browser));

  it('the Me page reads in Spanish, and its messages start in Spanish, the browser’s language', async () => {
    await browser.askWorker('eraseAll', { confirm: true });
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Sobre mí');
    expect(await options.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['es', 'Sobre mí · Mentor Outreach']);
    await expect.poll(() => options.getByTestId('welcome').count()).toBe(1);
    expect(await options.getByTestId('welcome').textContent()).toMatch(/^¡Te damos la bienvenida!/);
    expect(await options.getByLabel('Idioma de mis mensajes').inputValue()).toBe('es');
    expect(await options.getByLabel('Tu nombre').count()).toBe(1);
    expect(await options.getByRole('button', { name: 'Borrarlo todo' }).count()).toBe(1);
    // Typed in Spanish, saved as typed, the language with it.
    await options.getByLabel('Tu nombre').fill('Lucía Romero');
    const savedMe = async () => {
      const settings = await browser.askWorker('getSettings');
      return readMe(settings.ok ? settings.value.me : null);
    };
    await expect.poll(savedMe, { timeout: 10_000 }).toMatchObject({ name: 'Lucía Romero', language: 'es' });
    // A hint under a field is in Spanish too, and knows the Spanish draft's "Soy".
    await options.getByLabel('Quién eres, en una línea').fill('Soy analista de datos en Northwind');
    await expect.poll(() => options.getByText('Escríbela para que siga a «Soy»', { exact: false }).count()).toBe(1);
    // The page saves as you type, a moment later: that save lands here, not in the next test's Me.
    await expect.poll(savedMe).toMatchObject({ intro: 'Soy analista de datos en Northwind' });
    await options.close();
  });

  it('the popup reads in Spanish, and with Me in Spanish drafts in Spanish', async () => {
    await browser.askWorker('saveSettings', { me: { ...sampleMe, askAbout: 'liderar equipos de ingeniería de plataformas', language: 'es' } });
    const popup = await popupOn(browser, 'amara-okafor', mensaje);
    expect(await popup.getByRole('button', { name: 'Guardar y recordármelo' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Copiar el mensaje' }).count()).toBe(1);
    // Where the cited thing was found, in Spanish too (the thing itself is theirs, as written).
    // (The composer cites the hook the note has room to name: her current role, or what she featured.)
    const source = await popup.getByTestId('hook-line').locator('summary .hook-source').textContent();
    expect(source).toMatch(/^(?:Destacado|Puesto actual)/);
    expect(source).not.toMatch(/Featured|Current role/);
    expect(await popup.getByLabel('Dónde lo vas a enviar').locator('option').allTextContents()).toEqual(['Nota de la solicitud de contacto', 'Mensaje a un contacto', 'InMail', 'Correo electrónico']);
    expect(await popup.getByRole('button', { name: 'Abrir el panel' }).count()).toBe(1);
    await popup.getByText('Tono, extensión, idioma y las cinco partes').click();
    expect(await popup.getByLabel('Idioma del mensaje').inputValue()).toBe('es');
    // Waits for the Spanish composer (issue 18's drafting half): until it lands, drafts are English.
    const body = await mensaje(popup).inputValue();
    expect(body).toMatch(/^Hola\b/);
    expect(body).toMatch(/\b(15|20) minutos\b/);
  });

  it('the dashboard reads in Spanish', async () => {
    const dashboard = await browser.openExtensionPage('dashboard.html');
    await expect.poll(() => dashboard.locator('h1').textContent()).toBe('Panel');
    expect(await dashboard.getByLabel('Buscar contactos').count()).toBe(1);
    await expect.poll(() => dashboard.getByText('Próximamente').count()).toBeGreaterThan(0);
    await expect.poll(() => dashboard.getByText(/Aún no hay contactos guardados/).count()).toBe(1);
    expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe('es');
  });

  it('a contact opened on the dashboard has their follow-up drafted in Spanish, Me’s language (its words come with the contact’s view)', async () => {
    await browser.askWorker('saveSettings', { me: { ...sampleMe, language: 'es' } });
    const kofi = personNamed('kofi-mensah', 'Kofi Mensah', { headline: 'Product Director at Northwind Logistics' });
    expect(await browser.askWorker('saveContact', { profile: kofi, stage: 'replied' })).toMatchObject({ ok: true });
    const dashboard = await browser.openExtensionPage('dashboard.html');
    await dashboard.getByRole('button', { name: /Kofi Mensah/ }).click();
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe('Kofi Mensah');
    expect(await dashboard.getByTestId('next-kind').textContent()).toBe('Proponer horarios para la charla');
    const draft = await dashboard.getByLabel('Mensaje redactado').inputValue();
    expect(draft).toMatch(/^Hola, Kofi:/);
    expect(draft).toContain('Muchas gracias por su respuesta');
  });
});

describe('a profile written in another of our languages, in Chromium', () => {
  const browser = browserPerFile();
  beforeEach(() => freshStart(browser));

  it('is offered in its language in place of a note, one click switches, and the switch is kept with the draft', async () => {
    // My words in German are kept: a German draft uses them (without them it asks first, see me-words.e2e.ts).
    await browser.askWorker('saveSettings', { me: { ...sampleMe, wordsIn: { de: { intro: 'Datenanalyst bei Northwind Logistics', askAbout: 'die Führung von Plattformteams' } } } });
    // A made-up person whose profile is written in German.
    const popup = await popupOn(browser, 'lena-fischer');
    await expect.poll(() => popup.getByTestId('language-offer').count()).toBe(1);
    expect(await popup.getByTestId('language-offer').textContent()).toMatch(/^This profile is in German: draft in German\?/);
    // The checker's findings follow the draft a moment later: none says the offer again.
    await expect.poll(() => popup.locator('#findings-heading').count()).toBe(1);
    expect(await popup.locator('[data-finding="their-language"]').count()).toBe(0);
    await popup.getByRole('button', { name: 'Draft in German' }).click();
    await expect.poll(() => popup.getByTestId('language-offer').count()).toBe(0);
    await popup.getByText('Tone, length and the five parts').click();
    expect(await popup.getByLabel('Language of the message').inputValue()).toBe('de');

    // Closed and opened again, the draft keeps its language.
    await popup.close();
    const again = await popupOn(browser, 'lena-fischer');
    await again.getByText('Tone, length and the five parts').click();
    expect(await again.getByLabel('Language of the message').inputValue()).toBe('de');
    expect(await again.getByTestId('language-offer').count()).toBe(0);
  });

  it('offers nothing on a profile in the draft’s own language', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    await expect.poll(() => popup.getByTestId('profile-name').textContent()).toBe('Amara Okafor');
    expect(await popup.getByTestId('language-offer').count()).toBe(0);
  });
});

describe('under a Brazilian Portuguese browser (pt-BR), in Chromium', () => {
  const browser = browserPerFile({ language: 'pt-BR' });

  it('the Me page reads in Portuguese, not English: Chrome looks for pt_BR, not pt', async () => {
    const options = await browser.openExtensionPage('options.html');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Sobre mim');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
    expect(await options.getByLabel('Idioma das minhas mensagens').inputValue()).toBe('pt');
  });
});
