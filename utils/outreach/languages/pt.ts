// One language's words for drafts and checks, as one chunk loaded when a draft needs it.
export { portuguese as wording } from '../wording/pt';
export { portugueseChecks as checks } from '../checking/pt';
