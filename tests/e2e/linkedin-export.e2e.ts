import { describe, expect, it } from 'vitest';
import { browserPerFile } from './browser-per-file';
import { personNamed } from '../unit/outreach/people';
import { sampleMe } from './sample-me';

const browser = browserPerFile();

// Made-up people; the files are shaped as LinkedIn's "Get a copy of your data" writes them
// (utils/linkedin-export/read-export.ts says where that comes from).
const saved = [
  { slug: 'amara-okafor', name: 'Amara Okafor', csvUrl: 'https://www.linkedin.com/in/amara-okafor' },
  { slug: 'kenji-watanabe', name: 'Kenji Watanabe', csvUrl: 'http://linkedin.com/in/Kenji-Watanabe/' },
  { slug: 'ines-moreau', name: 'Inès Moreau', csvUrl: 'https://fr.linkedin.com/in/ines-moreau/' },
  { slug: 'ruth-abebe', name: 'Ruth Abebe', csvUrl: 'https://www.linkedin.com/in/ruth-abebe' },
  { slug: 'tomas-lindqvist', name: 'Tomás Lindqvist', csvUrl: 'https://www.linkedin.com/in/tomas-lindqvist?trk=export' },
];
const me = 'https://www.linkedin.com/in/sam-lee-mentee';
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const connectedOn = (at: Date) => `${String(at.getUTCDate()).padStart(2, '0')} ${months[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
const messageDate = (at: number) => `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

/** 2,000 connections: the saved contacts among made-up strangers, and two members without an address. */
function connectionsCsv(today: Date): string {
  const rows = saved.map(({ name, csvUrl }) => [...name.split(' '), csvUrl, '', 'Contoso', 'Head of Platform', connectedOn(today)].join(','));
  for (let index = 0; rows.length < 1_998; index++) {
    rows.push(`Person${index},Example,https://www.linkedin.com/in/person-${index}-example,,${quoted(`Fabrikam, Inc. ${index}`)},Engineer,0${(index % 9) + 1} Mar 2024`);
  }
  rows.push(',,,,,,04 Jan 2024', 'Dee,Fox,,,Modal,AE,05 Jan 2024');
  return [
    'Notes:',
    quoted('When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261'),
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...rows,
  ].join('\r\n');
}

/** Amara answered after we saved her (a message full of commas, quotes and lines); Kenji did not. */
function messagesCsv(savedAt: number): string {
  const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
  return [
    header,
    `c1,,Sam Lee,${me},Amara Okafor,https://www.linkedin.com/in/amara-okafor,${messageDate(savedAt - 60_000)},,${quoted('Hi Amara, your talk "Platforms that last" stayed with me.')},INBOX`,
    `c1,,Amara Okafor,https://www.linkedin.com/in/amara-okafor,Sam Lee,${me},${messageDate(savedAt + 2_000)},,${quoted('<p>Happy to talk, Sam!</p>\n<p>Does "Thursday, 3pm" work?</p>')},INBOX`,
    `c2,,Sam Lee,${me},Kenji Watanabe,https://www.linkedin.com/in/kenji-watanabe,${messageDate(savedAt - 30_000)},,Hello Kenji,INBOX`,
    `c3,,Person1 Example,https://www.linkedin.com/in/person-1-example,Sam Lee,${me},${messageDate(savedAt)},,Hi,INBOX`,
  ].join('\n');
}

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('LinkedIn’s own data export on the options page, in Chromium', () => {
  it('imports 2,000 connections and the messages with a preview, all at once, offering the reply and the acceptance it finds', async () => {
    expect(await browser.askWorker('saveSettings', { me: sampleMe })).toMatchObject({ ok: true });
    for (const { slug, name } of saved) {
      const saving = await browser.askWorker('saveContact', { profile: personNamed(slug, name), message: { channel: 'connection-note', body: `Hello ${name}` } });
      expect(saving).toMatchObject({ ok: true });
    }
    const savedAt = Math.ceil(Date.now() / 1000) * 1000;
    const today = new Date(savedAt);
    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel('LinkedIn’s data export…').setInputFiles([csv('Connections.csv', connectionsCsv(today)), csv('messages.csv', messagesCsv(savedAt))]);

    const preview = options.getByTestId('linkedin-preview');
    await expect.poll(() => preview.textContent(), { timeout: 60_000 }).toContain('5 of your saved contacts are in it.');
    const sentences = await preview.getByRole('listitem').allTextContents();
    expect(sentences).toEqual([
      'Read 2,000 connections, 4 messages.',
      '5 of your saved contacts are in it.',
      '5 get the day you connected.',
      '3 messages with them tell who wrote last.',
      '1 reply you have not logged: it will be offered for you to log, not logged.',
      '5 accepted your invitations: you can log them.',
      '1,993 connections are not saved contacts and are left out.',
      '2 rows were skipped: 2 without a profile address.',
    ]);
    // A preview changes nothing.
    const amaraUrl = 'https://www.linkedin.com/in/amara-okafor/';
    const before = await browser.askWorker('getContact', { url: amaraUrl });
    expect(before.ok && before.value?.contact.connectedAt).toBeUndefined();

    await options.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => options.getByTestId('linkedin-status').textContent()).toBe('Done: 5 saved contacts updated. Nothing was logged for you.');
    const amara = options.getByTestId('linkedin-contact').filter({ hasText: 'Amara Okafor' });
    // Days in Me's zone: the connection day as LinkedIn gave it, the reply's day where Me lives.
    const inMyZone = (at: number) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: sampleMe.timeZone }).format(at);
    const connectedDay = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12);
    expect(await amara.textContent()).toContain(`connected on ${inMyZone(connectedDay)}; last message from them on ${inMyZone(savedAt + 2_000)}`);
    expect(await options.getByTestId('linkedin-contact').filter({ hasText: 'Kenji Watanabe' }).textContent()).toContain('last message from you on');

    // Kept on the contact; nothing logged; the reply waits as a follow-up to log, as a reply seen on screen does.
    const after = await browser.askWorker('getContact', { url: amaraUrl });
    if (!after.ok || !after.value) throw new Error('Amara is gone');
    expect(after.value.contact).toMatchObject({ stage: 'reached-out', linkedInMessages: { lastFrom: 'them', count: 2 } });
    expect(after.value.contact.connectedAt).toBe(connectedDay);
    expect(after.value.contact.history.map((entry) => entry.kind)).toEqual(['sent']);
    expect(after.value.followUps.filter((followUp) => followUp.state === 'pending').map((followUp) => followUp.kind)).toContain('log-reply');
    // Nobody new was added.
    expect(await browser.askWorker('listContacts', {})).toMatchObject({ ok: true, value: { total: 5 } });
    // The dashboard's contact view says when you connected, the same day as the preview.
    const dashboard = await browser.openExtensionPage('dashboard.html');
    await dashboard.getByRole('button', { name: /Amara Okafor/ }).click();
    await expect.poll(() => dashboard.getByTestId('connected-on').textContent()).toBe(`Connected on LinkedIn on ${inMyZone(connectedDay)} (from LinkedIn’s data export).`);
    await dashboard.close();

    // One click logs the reply: the stage moves on and the check-in is replaced.
    await amara.getByRole('button', { name: 'Log their reply: Amara Okafor' }).click();
    await expect.poll(() => amara.textContent()).toContain('Logged: Amara Okafor replied.');
    const replied = await browser.askWorker('getContact', { url: amaraUrl });
    if (!replied.ok || !replied.value) throw new Error('Amara is gone');
    expect(replied.value.contact.stage).toBe('replied');
    expect(replied.value.followUps.filter((followUp) => followUp.state === 'pending').map((followUp) => followUp.kind)).toEqual(['schedule-chat']);

    // The popup on Ruth's profile offers the acceptance the export found, whatever the page shows.
    const ruthPage = await browser.openLinkedIn('/in/ruth-abebe/');
    const popup = await browser.openPopup(ruthPage);
    await expect.poll(() => popup.getByTestId('accepted-offer').textContent()).toMatch(/^Ruth accepted your invitation/);
    await popup.close();
    await ruthPage.close();

    // And one click logs an acceptance.
    const kenji = options.getByTestId('linkedin-contact').filter({ hasText: 'Kenji Watanabe' });
    await kenji.getByRole('button', { name: 'Log it: Kenji Watanabe' }).click();
    await expect.poll(() => kenji.textContent()).toContain('Logged: Kenji Watanabe accepted your invitation.');
    const accepted = await browser.askWorker('getContact', { url: 'https://www.linkedin.com/in/kenji-watanabe/' });
    expect(accepted.ok && accepted.value?.contact.history.map((entry) => entry.kind)).toEqual(['sent', 'accepted']);
    await options.close();
  });

  it('refuses a file that is not LinkedIn’s export, or the whole archive, in plain words, and changes nothing', async () => {
    const before = await browser.askWorker('exportData');
    const options = await browser.openExtensionPage('options.html');
    const picker = options.getByLabel('LinkedIn’s data export…');
    await picker.setInputFiles(csv('contacts.csv', 'Name,Email\nAmara,amara@example.org\n'));
    await expect.poll(() => options.getByTestId('linkedin-error').textContent()).toBe(
      '“contacts.csv” is not LinkedIn’s Connections.csv or messages.csv (it has no line with their column names). Nothing was changed.',
    );
    await picker.setInputFiles({ name: 'Basic_LinkedInDataExport_12-02-2026.zip', mimeType: 'application/zip', buffer: Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0]) });
    await expect.poll(() => options.getByTestId('linkedin-error').textContent()).toMatch(/is the whole archive: unzip it/);
    expect(await options.getByTestId('linkedin-preview').count()).toBe(0);
    const after = await browser.askWorker('exportData');
    expect(after.ok && before.ok && after.value.contacts).toEqual(before.ok && before.value.contacts);
  });
});
