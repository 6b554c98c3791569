// The checker, as one chunk the drafting view loads just after it shows the draft (state.ts).
export { check } from '@/utils/outreach/check';
export { checkWritten, explainNotes, withNotes } from '@/utils/outreach/compose';
