// One language's words for drafts and follow-ups, as one chunk loaded when a draft needs it.
export { portuguese as wording } from '../wording/pt';
export { portugueseFollowUps as followUps } from '../wording/pt-follow-ups';
