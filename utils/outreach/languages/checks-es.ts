// One language's words for the checker, as one chunk loaded when a draft is checked in it.
export { spanishChecks as checks } from '../checking/es';
