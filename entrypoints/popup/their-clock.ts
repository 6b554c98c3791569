import { signal } from '@preact/signals';

/**
 * Their local time needs the table of places and zones (a few KB): it loads just after the
 * popup starts, so the draft does not wait for it.
 */
export const theirClock = signal<typeof import('@/utils/sizing-up/their-time') | undefined>(undefined);

export function loadTheirClock(): void {
  if (!theirClock.value) void import('@/utils/sizing-up/their-time').then((clock) => (theirClock.value = clock));
}
