import type { StoreNotice } from './backup';

const contactsText = (count: number) => (count === 1 ? '1 contact' : `${count.toLocaleString('en')} contacts`);
const whenText = (time: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(time);

/** What the user is told after the database was lost: what happened, what came back, what to do. */
export function storeNoticeText(notice: StoreNotice, timeZone: string): { title: string; message: string } {
  const lost = 'Your browser lost the extension’s database (this can happen when the disk fills up).';
  if (notice.kind === 'restored') {
    const missed = notice.changedAt
      ? ` Changes made after that, up to ${whenText(notice.changedAt, timeZone)}, could not be brought back: please check your latest notes.`
      : ' Nothing else was lost.';
    return {
      title: 'Your contacts were brought back',
      message: `${lost} ${contactsText(notice.contacts)}, their follow-ups and Me were brought back from the backup of ${whenText(notice.backupAt, timeZone)}.${missed}`,
    };
  }
  if (notice.reason === 'unreadable' || notice.reason === 'missing' || notice.backupAt === undefined) {
    const backup = notice.reason === 'missing' ? 'It had not been backed up yet.' : 'Its backup could not be read either.';
    return {
      title: 'Your contacts were lost',
      message: `${lost} ${backup} If you exported your data, choose “Import…” under “Your data” on the “Me” page to bring your contacts back.`,
    };
  }
  const why = notice.reason === 'full' ? 'the disk is too full to put it back' : 'the browser refused to put it back';
  const what = notice.reason === 'full' ? 'Free some disk space, then reload this page' : 'Restart the browser';
  return {
    title: 'Your contacts are waiting to come back',
    message: `${lost} The backup of ${whenText(notice.backupAt, timeZone)} with ${contactsText(notice.contacts)} is safe, but ${why}. Saving is paused so nothing is written into the empty database. ${what}: your contacts come back by themselves.`,
  };
}

// Every sentence the store can say to a user, in one place, ready for translation.
export const storeText = {
  full: 'Your disk is full, so this was not saved. Everything saved before is kept. Free some disk space, then try again.',
  closed: 'Your browser closed the database in the middle of saving, so this was not saved. Everything saved before is kept; please try again.',
  damaged: (detail: string) =>
    `Your browser could not write to the extension’s database (it said: “${detail}”), so this was not saved. Everything saved before is kept. If your disk is nearly full, free some space, then try again.`,
  refused: (detail: string) =>
    `Your browser refused to save this (it said: “${detail}”), so nothing was changed. Everything saved before is kept.`,
  failed: (detail: string) => `Saving failed, and nothing was changed: ${detail}`,
  notSaved: 'This was not saved.',
  cannotOpen: (detail: string) =>
    `Your browser cannot open the extension’s database just now (it said: “${detail}”), so this was not saved. If your disk is full, free some space, then restart the browser; your contacts are checked, and brought back from the backup if they were lost.`,
  noContact: (who: string) => `No saved contact matches ${who}. Save them from their profile first.`,
  contactGone: 'This contact is no longer saved (it may have been erased), so what you typed was not saved. Copy it if you need it.',
  changedElsewhere: 'Changed elsewhere: reload to see the latest. What you typed here was not saved, so copy it first.',
  noFollowUp: 'That follow-up no longer exists. It may have been erased or replaced.',
  followUpClosed: 'That follow-up is already done or was replaced by a newer one.',
  snoozeInPast: 'Pick a time in the future to snooze to.',
  notJson: 'This file is not a Mentor Outreach export: it is not valid JSON (it may be cut short or damaged).',
  notText: 'This file is not a Mentor Outreach export: its text is not UTF-8 or UTF-16 (it may be another kind of file).',
  notExport: 'This file is not a Mentor Outreach export: it has no "format": "mentor-outreach" field.',
  tooNew: (version: number) =>
    `This file comes from a newer version of Mentor Outreach (format ${version}). Update the extension, then import it.`,
  tooLarge: (megabytes: number) =>
    `This file is ${megabytes.toLocaleString('en')} MB: longer than this browser can read as text at once (about 536 million characters), so nothing was imported.`,
  backupTooLarge: (characters: number) =>
    `The store is over ${characters.toLocaleString('en')} characters as a file, more than the backup's storage takes in one piece; export it to keep a copy.`,
  keyNotProfile: (position: number, url: string, profileUrl: string) =>
    `Contact ${position} in the file is filed under ${url} but its profile is ${profileUrl}: one person cannot be filed under another's address. Nothing was imported.`,
  exportGone: 'The export was interrupted (the extension’s background restarted). Nothing was saved; please export again.',
  uploadGone: 'The import was interrupted (the extension’s background restarted). Nothing from this part was imported; please import the file again.',
  sameContactTwice: (first: number, second: number) =>
    `Contacts ${first} and ${second} in the file are the same person. Nothing was imported.`,
  unknownContact: (index: number, url: string) =>
    `Follow-up ${index} belongs to ${url}, who is not among the file's contacts. Nothing was imported.`,
  invalid: (reason: string) => `${reason} Nothing was imported.`,
  eraseNotConfirmed: 'Erasing everything needs your confirmation.',
} as const;
