// One language's words for drafts and follow-ups, as one chunk loaded when a draft needs it.
export { german as wording } from '../wording/de';
export { germanFollowUps as followUps } from '../wording/de-follow-ups';
