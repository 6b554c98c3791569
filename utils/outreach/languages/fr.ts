// One language's words for drafts and checks, as one chunk loaded when a draft needs it.
export { french as wording } from '../wording/fr';
export { frenchChecks as checks } from '../checking/fr';
