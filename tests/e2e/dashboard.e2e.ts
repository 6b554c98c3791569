import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { Profile } from '@/utils/linkedin/profile';
import type { Stage } from '@/utils/relationship/stages';
import { personNamed } from '../unit/outreach/people';
import { browserPerFile } from './browser-per-file';
import { newContact } from '@/utils/store/contacts/contacts';
import { dateFieldValue } from '@/utils/follow-ups/field-times';
import { notNowDefault } from '@/utils/relationship/snooze-until';
import { dueRanges } from '@/utils/follow-ups/split-due';
import { sampleMe } from './sample-me';

// Made-up people at different stages.
const person = (slug: string, name: string, title: string, company: string, location: string): Profile =>
  personNamed(slug, name, { headline: `${title} at ${company}`, current: { title, company }, location });
const people: [Profile, Stage, string][] = [
  [person('ines-moreau', 'Inès Moreau', 'Head of Data', 'Brightline Analytics', 'Lyon, France'), 'reached-out', ''],
  [person('kofi-mensah', 'Kofi Mensah', 'Product Director', 'Northwind Logistics', 'Accra, Ghana'), 'replied', 'Prefers email'],
  [person('hana-sato', 'Hana Sato', 'Engineering Manager', 'Fabrikam', 'Tokyo, Japan'), 'met', 'Asked about budgeting for platform teams'],
];
const [ines, kofi, hana] = people.map(([profile]) => profile) as [Profile, Profile, Profile];
const day = 86_400_000;

const browser = browserPerFile();
let dashboard: Page;
beforeAll(async () => {
  for (const [profile, stage, notes] of people) {
    expect(await browser.askWorker('saveContact', { profile, stage, notes })).toMatchObject({ ok: true });
  }
  dashboard = await browser.openExtensionPage('dashboard.html');
});

const badgeOf = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const notificationsOf = (worker: Worker) => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const listed = (page: Page) => page.locator('.groups .contact-name').allTextContents();
const comingUp = (page: Page) => page.getByTestId('coming-up');
const overdue = (page: Page) => page.getByTestId('due-overdue');

describe('the dashboard in Chromium', () => {
  it('shows every saved contact under their stage, with counts', async () => {
    await expect.poll(() => listed(dashboard)).toHaveLength(3);
    await expect(dashboard.getByRole('heading', { name: 'Replied (1)' }).count()).resolves.toBe(1);
    await expect(dashboard.getByRole('heading', { name: 'Met (1)' }).count()).resolves.toBe(1);
  });

  it.each([
    ['name', 'hana', ['Hana Sato']],
    ['organization', 'Northwind', ['Kofi Mensah']],
    ['notes', 'budgeting', ['Hana Sato']],
    ['stage', 'replied', ['Kofi Mensah']],
  ])('finds a saved contact by %s', async (_what, words, names) => {
    await dashboard.getByLabel('Search contacts').fill(words);
    await expect.poll(() => listed(dashboard)).toEqual(names);
    await dashboard.getByLabel('Search contacts').fill('');
    await expect.poll(() => listed(dashboard)).toHaveLength(3);
  });

  it('opens a contact chosen from the list, with their profile, next follow-up and its draft', async () => {
    await dashboard.getByRole('button', { name: /Kofi Mensah/ }).click();
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe('Kofi Mensah');
    expect(await dashboard.getByTestId('contact-stage').textContent()).toBe('Replied');
    expect(await dashboard.getByTestId('next-kind').textContent()).toBe('Propose times for the chat');
    expect(await dashboard.getByLabel('Drafted message').inputValue()).toContain('Kofi');
    expect(dashboard.url()).toContain(`#contact=${encodeURIComponent(kofi.url)}`);
  });

  it('opens the contact a notification names', async () => {
    const page = await browser.openExtensionPage(`dashboard.html#contact=${encodeURIComponent(hana.url)}`);
    await expect.poll(() => page.getByTestId('contact-name').textContent()).toBe('Hana Sato');
    expect(await page.getByTestId('next-kind').textContent()).toBe('Thank-you');
    await page.close();
  });

  it('a due date moved into the past raises the badge and a notification, and is said to be overdue; a snooze moves it on', async () => {
    const worker = await browser.worker();
    await dashboard.getByRole('button', { name: /Inès Moreau/ }).click();
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe('Inès Moreau');
    expect(await dashboard.getByTestId('next-kind').textContent()).toBe('Gentle check-in');
    expect(await overdue(dashboard).count()).toBe(0);

    const twoDaysAgo = new Date(Date.now() - 2 * day).toISOString().slice(0, 10);
    await dashboard.getByLabel('Due date').fill(twoDaysAgo);

    await expect.poll(() => badgeOf(worker)).toBe('1');
    await expect.poll(() => notificationsOf(worker)).toHaveLength(1);
    await expect.poll(() => overdue(dashboard).textContent()).toContain('Inès');
    expect(await overdue(dashboard).textContent()).toContain('Due 2 days ago');
    // The page says what the list says: overdue, not "moved to today".
    expect(await dashboard.getByTestId('dashboard-status').textContent()).toBe('Moved: it is overdue, due 2 days ago.');

    await dashboard.getByLabel('Snooze for').selectOption({ label: '3 days' });
    await dashboard.getByRole('button', { name: 'Snooze', exact: true }).click();

    await expect.poll(() => overdue(dashboard).count()).toBe(0);
    await expect.poll(() => badgeOf(worker)).toBe('');
    expect(await dashboard.getByTestId('dashboard-status').textContent()).toMatch(/^Snoozed until/);
    expect(await dashboard.getByTestId('due-thisWeek').textContent()).toContain('Inès');
  });

  it('Coming up lists every planned follow-up in date order, beyond today, each with Snooze and Done', async () => {
    const zoe = person('zoe-adeyemi', 'Zoe Adeyemi', 'VP Engineering', 'Contoso', 'Nairobi, Kenya');
    // Checked in already (a stage the 10,000 below do not use, so their counts stay round).
    expect(await browser.askWorker('saveContact', { profile: zoe, stage: 'checked-in' })).toMatchObject({ ok: true });
    const saved = await browser.askWorker('getContact', { url: zoe.url });
    const zoeCheckIn = saved.ok ? saved.value?.followUps[0] : undefined;
    expect(await browser.askWorker('setFollowUpDue', { id: zoeCheckIn!.id, dueAt: Date.now() + 40 * day })).toMatchObject({ ok: true });
    await dashboard.reload();

    const later = dashboard.getByTestId('due-later');
    await expect.poll(() => later.textContent()).toContain('Zoe');
    expect(await later.getByRole('heading').textContent()).toMatch(/^Later/);
    // Nearest first: this week's (Inès, snoozed above) before what is planned later.
    const groups = (await comingUp(dashboard).locator('.due-group h3').allTextContents()).map((heading) => heading.replace(/ \(\d+\)$/, ''));
    expect(groups.indexOf('This week')).toBeGreaterThanOrEqual(0);
    expect(groups.indexOf('This week')).toBeLessThan(groups.indexOf('Later'));

    await dashboard.getByRole('button', { name: 'Snooze a day: Zoe' }).click();
    await expect.poll(() => dashboard.getByTestId('dashboard-status').textContent()).toMatch(/^Snoozed until/);
    await dashboard.getByRole('button', { name: 'Done: Zoe' }).click();
    await expect.poll(() => dashboard.getByTestId('dashboard-status').textContent()).toBe('Marked done.');
    const after = await browser.askWorker('getContact', { url: zoe.url });
    expect(after.ok && after.value?.followUps.find((item) => item.id === zoeCheckIn!.id)?.state).toBe('done');
  });

  it('Coming up shows the first ten of a long group with its count, and the whole group on "Show all"', async () => {
    // Twelve made-up contacts, checked in already (a stage the 10,000 below do not use), their check-ins planned weeks ahead.
    for (let index = 0; index < 12; index++) {
      const profile = person(`long-list-${index}`, `Longlist ${index}`, 'Analyst', 'Contoso', 'Nairobi, Kenya');
      expect(await browser.askWorker('saveContact', { profile, stage: 'checked-in' })).toMatchObject({ ok: true });
      const saved = await browser.askWorker('getContact', { url: profile.url });
      const checkIn = saved.ok ? saved.value?.followUps[0] : undefined;
      expect(await browser.askWorker('setFollowUpDue', { id: checkIn!.id, dueAt: Date.now() + (60 + index) * day })).toMatchObject({ ok: true });
    }
    await dashboard.reload();
    const later = dashboard.getByTestId('due-later');
    await expect.poll(() => later.getByRole('heading').textContent()).toMatch(/^Later \((1[2-9]|[2-9]\d)\)$/);
    const total = Number(/\((\d+)\)/.exec((await later.getByRole('heading').textContent())!)![1]);
    expect(await later.locator('.due-item').count()).toBe(10);
    await later.getByRole('button', { name: `Show all ${total}: Later` }).click();
    await expect.poll(() => later.locator('.due-item').count()).toBe(total);
    expect(await later.getByRole('button', { name: /^Show all/ }).count()).toBe(0);
    // Date order across the whole group: the last of the twelve, planned furthest ahead, is the last shown.
    expect(await later.locator('.due-item .link').last().textContent()).toBe('Longlist');
  });

  it('keeps notes and takeaways typed for a contact, and the thank-you names the takeaway', async () => {
    await dashboard.getByRole('button', { name: /Hana Sato/ }).click();
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe('Hana Sato');
    await dashboard.getByLabel('Takeaways', { exact: true }).fill('framing a platform budget for finance');
    await expect.poll(() => dashboard.getByTestId('notes-status').textContent()).toBe('Saved');
    await expect.poll(() => dashboard.getByLabel('Drafted message').inputValue()).toContain('framing a platform budget for finance');
    const saved = await browser.askWorker('getContact', { url: hana.url });
    expect(saved.ok && saved.value?.contact.takeaways).toBe('framing a platform budget for finance');
  });

  it('schedules the chat in both zones and offers its calendar file', async () => {
    await dashboard.getByRole('button', { name: /Inès Moreau/ }).click();
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe('Inès Moreau');
    const nextMonth = new Date(Date.now() + 30 * day).toISOString().slice(0, 10);
    await dashboard.getByLabel(/^Chat time/).fill(`${nextMonth}T15:00`);
    expect(await dashboard.getByLabel('Their time zone').inputValue()).toBe('Europe/Paris');
    const times = await dashboard.getByTestId('meeting-times').textContent();
    expect(times).toContain('15:00');
    expect(times).toContain('Europe/Paris');

    const download = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
    expect((await download).suggestedFilename()).toBe('chat-with-ines-moreau.ics');

    await dashboard.getByRole('button', { name: 'Save chat time' }).click();
    await expect.poll(() => dashboard.getByTestId('contact-stage').textContent()).toBe('Chat scheduled');
    const saved = await browser.askWorker('getContact', { url: ines.url });
    expect(saved.ok && saved.value?.contact.meetingAt).toBeGreaterThan(Date.now());
  });

  it('"Done" moves the relationship on: the thank-you sent, a progress update comes next', async () => {
    await dashboard.getByRole('button', { name: /Hana Sato/ }).click();
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe('Hana Sato');
    expect(await dashboard.getByTestId('next-kind').textContent()).toBe('Thank-you');
    await dashboard.getByRole('button', { name: 'Done', exact: true }).click();
    await expect.poll(() => dashboard.getByTestId('contact-stage').textContent()).toBe('Thanked');
    await expect.poll(() => dashboard.getByTestId('next-kind').textContent()).toMatch(/progress/i);
    const saved = await browser.askWorker('getContact', { url: hana.url });
    expect(saved.ok && saved.value?.contact.history.map((step) => step.kind)).toContain('thanked');
  });

  it('"Change stage" to not the right fit closes the plan and offers a gracious closing message', async () => {
    await dashboard.getByRole('button', { name: /Kofi Mensah/ }).click();
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe('Kofi Mensah');
    await dashboard.getByLabel('New stage').selectOption('closed-mismatch');
    await dashboard.getByRole('button', { name: 'Change stage' }).click();
    await expect.poll(() => dashboard.getByTestId('contact-stage').textContent()).toBe('Closed: not the right fit');
    await expect.poll(() => dashboard.getByLabel('Drafted message').inputValue()).toMatch(/Thank you|grateful/);
    const due = await browser.askWorker('listDue', { until: Date.now() + 365 * day });
    expect(due.ok && due.value.some((item) => item.contact.url === kofi.url)).toBe(false);
  });

  it('"Not now" asks until when (a month on, first), pauses until that morning, then one gentle check-in', async () => {
    await dashboard.getByRole('button', { name: /Hana Sato/ }).click();
    await expect.poll(() => dashboard.getByTestId('contact-name').textContent()).toBe('Hana Sato');
    await dashboard.getByLabel('New stage').selectOption('not-now');
    const until = dashboard.getByLabel('Ask again on');
    const zone = await dashboard.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(await until.inputValue()).toBe(dateFieldValue(notNowDefault(Date.now(), zone), zone));
    await until.fill('2031-03-03');
    await dashboard.getByRole('button', { name: 'Change stage' }).click();
    await expect.poll(() => dashboard.getByTestId('contact-stage').textContent()).toBe('Not now');
    const view = await browser.askWorker('getContact', { url: hana.url });
    if (!view.ok || !view.value) throw new Error('Hana is gone');
    const morning = new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(view.value.contact.pausedUntil);
    expect(morning).toBe('03/03/2031, 09:00');
    const open = view.value.followUps.filter((followUp) => followUp.state === 'pending');
    expect(open.map((followUp) => [followUp.kind, followUp.dueAt])).toEqual([['check-in', view.value.contact.pausedUntil]]);
  });

  // Issue 15: it passes on a busy machine (run beside npm run bench): it waits for each state, however long the import and the reads take.
  it('opens with 10,000 contacts a page at a time, and shows more on demand', { timeout: 600_000 }, async () => {
    const stagesUsed: Stage[] = ['reached-out', 'replied', 'met', 'thanked'];
    const now = Date.now();
    const contacts = Array.from({ length: 10_000 }, (_, index) => {
      const profile = person(`made-up-${index}`, `Made Up ${index}`, 'Analyst', `Org ${index % 97}`, 'Lagos, Nigeria');
      const at = now - index * 60_000;
      return { ...newContact(profile, at), stage: stagesUsed[index % 4]! };
    });
    const file = { format: 'mentor-outreach', version: 1, exportedAt: now, settings: { me: null }, contacts, followUps: [] };
    const imported = await browser.askWorker('importData', { text: JSON.stringify(file), apply: true });
    expect(imported).toMatchObject({ ok: true, value: { newContacts: 10_000 } });

    // How fast is the bench's to say (npm run bench); here only what is shown.
    await dashboard.reload();
    await dashboard.getByRole('heading', { name: 'Reached out (50 of 2500)' }).waitFor({ timeout: 180_000 });
    // Only a page per stage is in the document, however many are saved.
    expect(await dashboard.locator('.groups .contact-button').count()).toBeLessThanOrEqual(50 * 10);

    await dashboard.getByRole('button', { name: 'Show more: Reached out' }).click();
    await dashboard.getByRole('heading', { name: 'Reached out (100 of 2500)' }).waitFor({ timeout: 180_000 });
    await dashboard.getByLabel('Search contacts').fill('Made Up 9999');
    // A search reads the rows of all 10,000 contacts (in a few large records): on a busy machine that can take a while, so wait for the state.
    await expect.poll(() => listed(dashboard), { timeout: 180_000 }).toEqual(['Made Up 9999']);
  });

  // Last: it changes Me, which the tests above leave unset.
  it('Coming up draws its days in Me’s zone, not the browser’s', async () => {
    // UTC+14: its days begin ten to fourteen hours before most browsers' do.
    const kiritimati = 'Pacific/Kiritimati';
    expect(await browser.askWorker('saveSettings', { me: { ...sampleMe, timeZone: kiritimati } })).toMatchObject({ ok: true });
    const tarawa = person('tarawa-example', 'Tarawa Example', 'Analyst', 'Contoso', 'Tarawa, Kiribati');
    expect(await browser.askWorker('saveContact', { profile: tarawa, stage: 'checked-in' })).toMatchObject({ ok: true });
    const saved = await browser.askWorker('getContact', { url: tarawa.url });
    const checkIn = saved.ok ? saved.value?.followUps[0] : undefined;
    // An hour before today began in Kiritimati: overdue there, though perhaps still today where the browser is.
    const dueAt = dueRanges(Date.now(), kiritimati).today.from - 3_600_000;
    expect(await browser.askWorker('setFollowUpDue', { id: checkIn!.id, dueAt })).toMatchObject({ ok: true });
    const page = await browser.openExtensionPage('dashboard.html');
    await expect.poll(() => overdue(page).textContent()).toContain('Tarawa');
    expect(await page.getByTestId('due-today').filter({ hasText: 'Tarawa' }).count()).toBe(0);
    await page.close();
  });
});
