// One language's words for the checker, as one chunk loaded when a draft is checked in it.
export { portugueseChecks as checks } from '../checking/pt';
