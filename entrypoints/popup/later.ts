import { signal } from '@preact/signals';

/**
 * A part of the drafting view that is not on its first screen, loaded the first time it is
 * asked for: undefined until then, and a view that asked is drawn again once it is here.
 * A failed load (the extension was updated underneath) is tried again at the next ask.
 */
export function later<T>(load: () => Promise<T>): () => T | undefined {
  const loaded = signal<T | undefined>(undefined);
  let asked = false;
  return () => {
    if (!asked) {
      asked = true;
      load().then(
        (module) => (loaded.value = module),
        () => (asked = false),
      );
    }
    return loaded.value;
  };
}
