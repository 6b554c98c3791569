import { effect, signal } from '@preact/signals';
import { known } from './state';

/** The saved-contact part of the popup, once loaded (see SavedContact.tsx). */
export const savedView = signal<typeof import('./SavedContact') | undefined>(undefined);

// Loaded as soon as the profile turns out to be a saved contact, or is saved.
effect(() => {
  if (known.value && !savedView.value) void import('./SavedContact').then((view) => (savedView.value = view));
});
