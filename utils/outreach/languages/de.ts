// One language's words for drafts, as one chunk loaded when a draft needs it.
export { german as wording } from '../wording/de';
