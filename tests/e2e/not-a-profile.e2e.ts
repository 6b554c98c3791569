import { describe, expect, it } from 'vitest';
import { browserPerFile } from './browser-per-file';

// Issue 27 as the user meets it: LinkedIn's sign-in wall at a profile address is no person.
// The popup says what it sees, in plain words, and drafts for nobody ("Dear Join," before).

// The machine is shared and busy: every state is waited for generously, never a fixed time.
const patiently = { timeout: 20_000 };

const browser = browserPerFile();

describe('the popup on a page at a profile address that shows no profile', () => {
  it('on the sign-in wall, says LinkedIn is asking to sign in, with no name and no draft', async () => {
    await browser.askWorker('saveSettings', { me: { name: 'Sam Lee', intro: 'a data analyst at Northwind', askAbout: 'route planning' } });
    const wall = await browser.openLinkedIn('/in/not-a-profile-login-wall/');
    const popup = await browser.openPopup(wall);
    const notProfile = popup.getByTestId('not-profile');
    await expect.poll(() => notProfile.isVisible(), patiently).toBe(true);
    expect(await notProfile.innerText()).toMatch(/No profile on this page[\s\S]*sign-in page[\s\S]*Sign in to LinkedIn/);
    expect(await popup.getByTestId('profile-name').count()).toBe(0);
    expect(await popup.getByRole('textbox').count()).toBe(0);
    expect(await popup.locator('body').innerText()).not.toMatch(/Join\b|Dear|Hello|Hi /);
  });
});
