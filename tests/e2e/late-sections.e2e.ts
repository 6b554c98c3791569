import { beforeEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser-per-file';
import { freshStart, messageBox } from './drafting';

// Issue 27, item 4, as the user meets it: LinkedIn draws a profile's Activity after the rest.
// The popup says it is still loading, and shows the new post as a hook once the page has it,
// with no click, no scroll and no request of ours. The page (tests/fixtures/linkedin/
// ingrid-solberg.html) fills the section in by its own script when the test, playing LinkedIn's
// server, calls activityArrives(): so every step below is a state waited for, never a time.

// The machine is shared and busy: every state is waited for generously, never a fixed time.
const patiently = { timeout: 20_000 };
const latePost = 'What I wish I had known before my first on-call rotation';

const browser = browserPerFile();
beforeEach(() => freshStart(browser));

async function popupOnLatePage() {
  const tab = await browser.openLinkedIn('/in/ingrid-solberg/');
  const popup = await browser.openPopup(tab);
  await expect.poll(() => messageBox(popup).count(), patiently).toBe(1);
  return { tab, popup, line: popup.getByTestId('late-sections'), hooks: popup.getByTestId('hook-line') };
}

describe('the popup on a profile whose Activity LinkedIn is still loading', () => {
  it('says so, then offers the late post as a hook by itself when the page shows it', async () => {
    const { tab, popup, line, hooks } = await popupOnLatePage();
    await expect.poll(() => line.textContent(), patiently).toBe('Still loading on the page: Activity…');
    expect(await line.getAttribute('role')).toBe('status');
    expect(await hooks.textContent()).not.toContain(latePost);
    // Nothing asks the user to type what is only loading.
    expect(await popup.getByRole('group', { name: /Not found on the page/ }).count()).toBe(0);

    const asked = browser.server.requests.length;
    await tab.evaluate(() => (window as unknown as { activityArrives(): void }).activityArrives());
    await expect.poll(() => hooks.textContent(), patiently).toContain(latePost);
    await expect.poll(() => line.textContent(), patiently).toBe('');
    // The fuller profile came from the page as it is: nothing was fetched from LinkedIn.
    expect(browser.server.requests.slice(asked)).toEqual([]);
  });

  it('leaves a message the user has written in exactly as it is when the section arrives', async () => {
    const { tab, line, popup } = await popupOnLatePage();
    await expect.poll(() => line.textContent(), patiently).toBe('Still loading on the page: Activity…');
    const mine = 'Hi Ingrid, I run on-call for a small team and would value 15 minutes of your advice.';
    await messageBox(popup).fill(mine);
    await tab.evaluate(() => (window as unknown as { activityArrives(): void }).activityArrives());
    // The popup stops waiting for the section; the draft stays as the user wrote it.
    await expect.poll(() => line.textContent(), patiently).toBe('');
    expect(await messageBox(popup).inputValue()).toBe(mine);
  });
});
