// One language's words for drafts and follow-ups, as one chunk loaded when a draft needs it.
export { spanish as wording } from '../wording/es';
export { spanishFollowUps as followUps } from '../wording/es-follow-ups';
