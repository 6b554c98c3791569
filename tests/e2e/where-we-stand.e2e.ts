import type { Worker } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser-per-file';
import { freshStart, popupOn } from './drafting';

const browser = browserPerFile();

beforeEach(() => freshStart(browser));

const priya = 'https://www.linkedin.com/in/priya-raman/';

describe('where we stand, read from the profile', () => {
  it('a profile showing 1st degree offers "They accepted" for a contact we invited, and logging it plans a message', async () => {
    // Priya's page shows "· 1st": a first message to her goes as a message, not a note.
    const popup = await popupOn(browser, 'priya-raman');
    expect(await popup.getByLabel('Where you will send it').inputValue()).toBe('message');
    // We invited her before she accepted: the saved message went as a connection note.
    await popup.getByLabel('Where you will send it').selectOption('connection-note');
    await popup.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => popup.getByTestId('saved').isVisible()).toBe(true);

    const again = await browser.openPopup(await browser.openLinkedIn('/in/priya-raman/'));
    await expect.poll(() => again.getByTestId('accepted-offer').textContent()).toMatch(/Priya accepted your invitation: you can now message them/);
    await again.getByRole('button', { name: 'Log it' }).click();
    await expect.poll(() => again.getByRole('status').filter({ hasText: 'Logged' }).count()).toBe(1);
    await expect.poll(() => again.getByTestId('accepted-offer').count()).toBe(0);

    const view = await browser.askWorker('getContact', { url: priya });
    expect(view.ok && view.value?.contact.history.map((entry) => entry.kind)).toEqual(['sent', 'accepted']);
    const open = view.ok ? view.value!.followUps.filter((followUp) => followUp.state === 'pending') : [];
    // The check-in waits a week from the acceptance: the note was all she had read until now.
    expect(open.map((followUp) => followUp.kind)).toEqual(['check-in']);
  });

  it('takes no for an answer: "Not now" pauses until the day named, "Do not contact" ends every nudge', async () => {
    const popup = await popupOn(browser, 'priya-raman');
    await popup.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => popup.getByTestId('saved').isVisible()).toBe(true);

    const again = await browser.openPopup(await browser.openLinkedIn('/in/priya-raman/'));
    await again.getByText('If they answered no').click();
    await again.getByLabel('Ask again on').fill('2031-03-03');
    await again.getByRole('button', { name: 'Pause until then' }).click();
    await expect.poll(() => again.getByTestId('stage').textContent()).toBe('Not now');
    let view = await browser.askWorker('getContact', { url: priya });
    let open = view.ok ? view.value!.followUps.filter((followUp) => followUp.state === 'pending') : [];
    expect(open.map((followUp) => [followUp.kind, new Date(followUp.dueAt).toISOString().slice(0, 10)])).toEqual([['check-in', '2031-03-03']]);

    expect(await browser.askWorker('logInteraction', { url: priya, kind: 'do-not-contact' })).toMatchObject({ ok: true });
    view = await browser.askWorker('getContact', { url: priya });
    open = view.ok ? view.value!.followUps.filter((followUp) => followUp.state === 'pending' || followUp.state === 'snoozed') : [];
    expect(open).toEqual([]);
    const due = await browser.askWorker('listDue', { until: Date.UTC(2040, 0, 1) });
    expect(due.ok && due.value).toEqual([]);
  });
});

/** A made-up contact saved as invited with a note, as the popup's "Save & remind me" would. */
function invited(slug: string) {
  const url = `https://www.linkedin.com/in/${slug}/`;
  const profile = { url, slug, name: slug, experience: [], education: [], featured: [], activity: [], skills: [], layout: 'sdui' as const, missing: [] };
  return { profile, message: { channel: 'connection-note' as const, body: `Hello ${slug}` } };
}

describe('this month’s invitation notes on a free account', () => {
  it('warns before the fifth note of the month, and offers a message, InMail or email after it', async () => {
    for (const slug of ['note-one', 'note-two', 'note-three', 'note-four']) {
      expect(await browser.askWorker('saveContact', invited(slug))).toMatchObject({ ok: true });
    }
    const fifth = await popupOn(browser, 'amara-okafor');
    await expect.poll(() => fifth.getByTestId('notes-this-month').textContent()).toMatch(/last personalized note this month: 5 of 5/);
    await fifth.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => fifth.getByTestId('saved').isVisible()).toBe(true);

    const sixth = await popupOn(browser, 'ruth-abebe');
    await expect.poll(() => sixth.getByTestId('notes-this-month').textContent()).toMatch(/used this month’s 5 personalized notes/);
    await sixth.getByRole('button', { name: 'InMail' }).click();
    expect(await sixth.getByLabel('Where you will send it').inputValue()).toBe('inmail');
    await expect.poll(() => sixth.getByTestId('notes-this-month').count()).toBe(0);
  });
});

const badgeOf = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const amara = 'https://www.linkedin.com/in/amara-okafor/';

describe('replies from the conversation I open', () => {
  it('a reply on a served thread page raises the badge, the popup offers to log it, and logging it replaces the check-in', async () => {
    const saved = await popupOn(browser, 'amara-okafor');
    await saved.getByRole('button', { name: 'Save & remind me' }).click();
    await expect.poll(() => saved.getByTestId('saved').isVisible()).toBe(true);
    const worker = await browser.worker();
    expect(await badgeOf(worker)).toBe('');

    // The thread with Amara shows her message last (tests/fixtures/linkedin/messaging-amara.html).
    const thread = await browser.openLinkedIn('/messaging/thread/amara/');
    await expect.poll(() => badgeOf(worker), { timeout: 15_000 }).toBe('1');
    let view = await browser.askWorker('getContact', { url: amara });
    // Seen, not logged: the stage and history wait for the click.
    expect(view.ok && view.value?.contact.stage).toBe('reached-out');
    expect(view.ok && view.value?.contact.history.map((entry) => entry.kind)).toEqual(['sent']);

    const popup = await browser.openPopup(thread);
    await expect.poll(() => popup.getByTestId('replies-seen').textContent()).toMatch(/Amara replied (just now|\d+ min ago|\d+ h ago)/);
    await popup.getByRole('button', { name: 'Log it: Amara' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/Logged: Amara replied/);

    view = await browser.askWorker('getContact', { url: amara });
    expect(view.ok && view.value?.contact.stage).toBe('replied');
    const open = view.ok ? view.value!.followUps.filter((followUp) => followUp.state === 'pending').map((followUp) => followUp.kind) : [];
    expect(open).toEqual(['schedule-chat']);
    await expect.poll(() => badgeOf(worker)).toBe('');
  });
});
