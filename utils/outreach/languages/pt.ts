// One language's words for drafts, as one chunk loaded when a draft needs it.
export { portuguese as wording } from '../wording/pt';
