// What the drafting view shows below the message or one click away, as one chunk loaded once
// the draft is on screen (App.tsx): its first screen does not wait for it.
export { DraftControls } from '@/components/popup/DraftControls';
export { Findings } from '@/components/popup/Findings';
export { DraftPartsEditor } from '@/components/popup/DraftPartsEditor';
export { HookPicker } from '@/components/popup/HookPicker';
export { NotesThisMonth } from '@/components/popup/NotesThisMonth';
export { PersonaFit } from '@/components/popup/PersonaFit';
