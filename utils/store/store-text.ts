// Every sentence the store can say to a user, in one place, ready for translation.
export const storeText = {
  full: 'Your browser has no room left to save this. Export your data, free some disk space, then try again.',
  closed: 'The database was closed while saving. Nothing was changed; please try again.',
  failed: (detail: string) => `Saving failed, and nothing was changed: ${detail}`,
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
  tooLarge: (megabytes: number) => `This file is larger than ${megabytes} MB, too large to be an export.`,
  sameContactTwice: (first: number, second: number) =>
    `Contacts ${first} and ${second} in the file are the same person. Nothing was imported.`,
  unknownContact: (index: number, url: string) =>
    `Follow-up ${index} belongs to ${url}, who is not among the file's contacts. Nothing was imported.`,
  invalid: (reason: string) => `${reason} Nothing was imported.`,
  eraseNotConfirmed: 'Erasing everything needs your confirmation.',
} as const;
