// One language's words for drafts and checks, as one chunk loaded when a draft needs it.
export { german as wording } from '../wording/de';
export { germanChecks as checks } from '../checking/de';
