// One language's words for drafts and checks, as one chunk loaded when a draft needs it.
export { spanish as wording } from '../wording/es';
export { spanishChecks as checks } from '../checking/es';
