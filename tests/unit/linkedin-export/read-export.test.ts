import { describe, expect, it } from 'vitest';
import { connectedOn, messageDate, readLinkedInExport } from '@/utils/linkedin-export/read-export';

// The shape of LinkedIn's own files (see the comment in read-export.ts); the people are made up.
const notes = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];
const connectionsHeader = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const messagesHeader = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
const me = 'https://www.linkedin.com/in/sam-lee-mentee';

const connections = (...rows: string[]) => ({ name: 'Connections.csv', text: [...notes, connectionsHeader, ...rows].join('\r\n') + '\r\n' });
const messages = (...rows: string[]) => ({ name: 'messages.csv', text: [messagesHeader, ...rows].join('\n') + '\n' });
const read = (...files: { name: string; text: string }[]) => {
  const reading = readLinkedInExport(files);
  if (!reading.ok) throw new Error(`${reading.file}: ${reading.problem}`);
  return reading.value;
};

describe('LinkedIn’s dates', () => {
  it('reads “Connected On” as that day at noon UTC, and a message date as its moment in UTC', () => {
    expect(connectedOn('02 Dec 2026')).toBe(Date.UTC(2026, 11, 2, 12));
    expect(connectedOn('7 Sep 2019')).toBe(Date.UTC(2019, 8, 7, 12));
    expect(connectedOn('2026-12-02')).toBe(Date.UTC(2026, 11, 2, 12));
    expect(connectedOn('31 Feb 2026')).toBeUndefined();
    expect(connectedOn('12/02/26')).toBeUndefined();
    expect(messageDate('2026-11-30 14:05:11 UTC')).toBe(Date.UTC(2026, 10, 30, 14, 5, 11));
    expect(messageDate('2026-11-30T14:05:11Z')).toBe(Date.UTC(2026, 10, 30, 14, 5, 11));
    expect(messageDate('yesterday')).toBeUndefined();
  });
});

describe('Connections.csv', () => {
  it('finds the header after LinkedIn’s notes and reads every address form to one canonical address', () => {
    const reading = read(
      connections(
        'Amara,Okafor,https://www.linkedin.com/in/amara-okafor,,Contoso,Head of Platform,02 Dec 2026',
        'Kenji,Watanabe,http://linkedin.com/in/Kenji-Watanabe/,,Northwind,CTO,15 Nov 2026',
        'Inès,Moreau,https://www.linkedin.com/in/ACoAAB1234xyz,,"Fabrikam, Inc.",VP,01 Jan 2025',
      ),
    );
    expect(reading.connections).toBe(3);
    expect(reading.people).toEqual([
      { url: 'https://www.linkedin.com/in/amara-okafor/', connectedAt: Date.UTC(2026, 11, 2, 12) },
      { url: 'https://www.linkedin.com/in/kenji-watanabe/', connectedAt: Date.UTC(2026, 10, 15, 12) },
      { url: 'https://www.linkedin.com/in/ACoAAB1234xyz/', memberId: 'ACoAAB1234xyz', connectedAt: Date.UTC(2025, 0, 1, 12) },
    ]);
    expect(reading.skipped).toEqual({});
  });

  it('skips rows without an address, with an address that is not a profile, or with a date it cannot read, and says so', () => {
    const reading = read(
      connections(
        ',,,,,,04 Jan 2024',
        'Dee,Fox,,,Modal,AE,05 Jan 2024',
        'Company,Page,https://www.linkedin.com/company/contoso,,,,05 Jan 2024',
        'Odd,Date,https://www.linkedin.com/in/odd-date,,,,someday',
        'Good,One,https://www.linkedin.com/in/good-one,,,,06 Jan 2024',
      ),
    );
    expect(reading.connections).toBe(5);
    expect(reading.people.map((person) => person.url)).toEqual(['https://www.linkedin.com/in/good-one/']);
    expect(reading.skipped).toEqual({ noAddress: 2, notProfile: 1, badDate: 1 });
  });

  it('reads a file saved with a byte-order mark and no notes', () => {
    const reading = read({ name: 'c.csv', text: `\uFEFF${connectionsHeader}\nA,B,https://www.linkedin.com/in/a-b,,,,02 Dec 2026\n` });
    expect(reading.people).toHaveLength(1);
  });
});

describe('messages.csv', () => {
  it('tells who wrote last in each one-to-one conversation, with message texts full of commas, quotes, HTML and line breaks', () => {
    const reading = read(
      messages(
        `c1,,Sam Lee,${me},Amara Okafor,https://www.linkedin.com/in/amara-okafor,2026-11-20 09:00:00 UTC,,"Hi Amara, I loved your talk ""Scaling platforms"",\nwould you have 15 minutes?",INBOX`,
        `c1,,Amara Okafor,https://www.linkedin.com/in/amara-okafor,Sam Lee,${me},2026-11-30 14:05:11 UTC,,"<p>Happy to, Sam!</p>\n<p>Next week?</p>",INBOX`,
        `c2,,Sam Lee,${me},Kenji Watanabe,http://linkedin.com/in/kenji-watanabe/,2026-11-25 10:00:00 UTC,,Hello Kenji,INBOX`,
      ),
    );
    expect(reading.messages).toBe(3);
    // The account holder is in every conversation: they are left out.
    expect(reading.people).toEqual([
      { url: 'https://www.linkedin.com/in/amara-okafor/', messages: { count: 2, lastFrom: 'them', lastAt: Date.UTC(2026, 10, 30, 14, 5, 11), theirLastAt: Date.UTC(2026, 10, 30, 14, 5, 11) } },
      { url: 'https://www.linkedin.com/in/kenji-watanabe/', messages: { count: 1, lastFrom: 'me', lastAt: Date.UTC(2026, 10, 25, 10) } },
    ]);
  });

  it('leaves out drafts and group conversations, reads extra columns and recipients separated by “;”', () => {
    const header = `${messagesHeader},IS MESSAGE DRAFT,IS CONVERSATION DRAFT,ATTACHMENTS`;
    const text = [
      header,
      `c1,,Sam Lee,${me},Amara Okafor,https://www.linkedin.com/in/amara-okafor,2026-11-20 09:00:00 UTC,,Hi,INBOX,No,No,`,
      `c1,,Sam Lee,${me},Amara Okafor,https://www.linkedin.com/in/amara-okafor,2026-12-01 09:00:00 UTC,,Unsent words,DRAFT,Yes,No,`,
      `c2,Team,Sam Lee,${me},"Ana, Ben","https://www.linkedin.com/in/ana-team;https://www.linkedin.com/in/ben-team",2026-11-21 09:00:00 UTC,,Hello both,INBOX,No,No,`,
      `c3,,Sam Lee,${me},Kenji,https://www.linkedin.com/in/kenji-watanabe,2026-11-22 09:00:00 UTC,,Hi Kenji,INBOX,No,No,`,
    ].join('\n');
    const reading = read({ name: 'messages.csv', text });
    expect(reading.skipped).toEqual({ draft: 1, group: 1 });
    expect(reading.people.map((person) => [person.url, person.messages?.count])).toEqual([
      ['https://www.linkedin.com/in/amara-okafor/', 1],
      ['https://www.linkedin.com/in/kenji-watanabe/', 1],
    ]);
  });

  it('joins both files on the person, in any order', () => {
    const reading = read(
      messages(`c1,,Amara Okafor,https://www.linkedin.com/in/amara-okafor,Sam Lee,${me},2026-11-30 14:05:11 UTC,,Yes!,INBOX`),
      connections('Amara,Okafor,https://www.linkedin.com/in/amara-okafor/,,Contoso,Head of Platform,02 Dec 2026'),
    );
    expect(reading.people).toEqual([
      expect.objectContaining({ url: 'https://www.linkedin.com/in/amara-okafor/', connectedAt: Date.UTC(2026, 11, 2, 12), messages: expect.objectContaining({ lastFrom: 'them' }) }),
    ]);
  });
});

describe('a file that is not LinkedIn’s export', () => {
  it('names the file and what is wrong: empty, another table, or the whole ZIP', () => {
    expect(readLinkedInExport([{ name: 'Connections.csv', text: ' \n' }])).toEqual({ ok: false, file: 'Connections.csv', problem: 'empty' });
    expect(readLinkedInExport([{ name: 'contacts.csv', text: 'Name,Email\nAmara,a@example.com\n' }])).toEqual({ ok: false, file: 'contacts.csv', problem: 'notExport' });
    expect(readLinkedInExport([{ name: 'backup.json', text: '{"format":"mentor-outreach"}' }])).toEqual({ ok: false, file: 'backup.json', problem: 'notExport' });
    expect(readLinkedInExport([{ name: 'Basic_LinkedInDataExport.zip', text: 'PK\u0003\u0004…' }])).toEqual({ ok: false, file: 'Basic_LinkedInDataExport.zip', problem: 'archive' });
    // A good file beside a wrong one: nothing is read.
    expect(readLinkedInExport([connections('A,B,https://www.linkedin.com/in/a-b,,,,02 Dec 2026'), { name: 'notes.txt', text: 'hello' }]).ok).toBe(false);
  });

  it('refuses a table whose header comes only after many lines', () => {
    const text = [...Array.from({ length: 30 }, (_, index) => `line ${index}`), connectionsHeader, 'A,B,https://www.linkedin.com/in/a-b,,,,02 Dec 2026'].join('\n');
    expect(readLinkedInExport([{ name: 'odd.csv', text }])).toMatchObject({ ok: false, problem: 'notExport' });
  });
});
