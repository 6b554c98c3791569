import { beforeEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser-per-file';
import { freshStart, messageBox, popupOn } from './drafting';

const browser = browserPerFile();
beforeEach(() => freshStart(browser));

describe('"Greet them as" in the popup', () => {
  it('shows the name the draft greets, changes the draft as it is typed, keeps it across a reopen, and the saved contact’s follow-up greets the same way', async () => {
    const popup = await popupOn(browser, 'amara-okafor');
    // A message (a pending invitation gets no check-in: they cannot read one until they accept).
    await popup.getByLabel('Where you will send it').selectOption('message');
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

    // Opened again on the saved contact: the check-in greets them so.
    const later = await browser.openPopup(await browser.openLinkedIn('/in/amara-okafor/'));
    await expect.poll(() => later.getByTestId('follow-up-todo').textContent()).toMatch(/check-in/);
    expect(await later.getByLabel('Message', { exact: true }).inputValue()).toMatch(/^(?:Hi|Hello|Dear) Ama,/);
    // And a new first message to them too.
    await later.getByRole('button', { name: 'Draft a new first message instead' }).click();
    await expect.poll(() => later.getByLabel('Greet them as').inputValue()).toBe('Ama');
    expect(await messageBox(later).inputValue()).toMatch(/^(?:Hi|Hello|Dear) Ama,/);
  });
});
