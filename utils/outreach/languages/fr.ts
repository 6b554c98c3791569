// One language's words for drafts and follow-ups, as one chunk loaded when a draft needs it.
export { french as wording } from '../wording/fr';
export { frenchFollowUps as followUps } from '../wording/fr-follow-ups';
