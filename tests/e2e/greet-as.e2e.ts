import { beforeEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser-per-file';
import { freshStart, messageBox, popupOn } from './drafting';

const browser = browserPerFile();
beforeEach(() => freshStart(browser));

describe('"Greet them as" in the popup', () => {
  it('shows the name the draft greets, changes the draft as it is typed, keeps it across a reopen and saves it with the contact', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    const greetAs = popup.getByLabel('Greet them as');
    await expect.poll(() => greetAs.inputValue()).toBe('Amara');
    expect(await messageBox(popup).inputValue()).toMatch(/^(?:Hi|Hello|Dear) Amara,/);

    // By keyboard: into the field, the old name out, the new one in.
    await greetAs.focus();
    await popup.keyboard.press('ControlOrMeta+A');
    await popup.keyboard.type('Ama');
    await expect.poll(() => messageBox(popup).inputValue()).toMatch(/^(?:Hi|Hello|Dear) Ama,/);
    await popup.close();

    const again = await popupOn(browser, 'amara-okafor');
    expect(await again.getByLabel('Greet them as').inputValue()).toBe('Ama');
    expect(await messageBox(again).inputValue()).toMatch(/^(?:Hi|Hello|Dear) Ama,/);

    await again.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => again.getByTestId('saved').isVisible()).toBe(true);
    const saved = await browser.askWorker('getContact', { url: 'https://www.linkedin.com/in/amara-okafor/' });
    expect(saved.ok && saved.value?.contact.profile.greetAs).toBe('Ama');
  });
});
