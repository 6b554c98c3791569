// One language's words for drafts, as one chunk loaded when a draft needs it.
export { french as wording } from '../wording/fr';
