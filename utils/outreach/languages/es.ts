// One language's words for drafts, as one chunk loaded when a draft needs it.
export { spanish as wording } from '../wording/es';
