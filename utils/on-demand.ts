import { signal, type ReadonlySignal } from '@preact/signals';

/** Code a page loads with import() when first wanted, not with its first screen. */
export interface OnDemand<T> {
  /** The module once here (a page shows its part then), undefined before. */
  loaded: ReadonlySignal<T | undefined>;
  /** Loads it, once however often asked; a failed load (the extension updated underneath) is tried again at the next ask. */
  want: () => Promise<T>;
}

export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  const loaded = signal<T | undefined>(undefined);
  let loading: Promise<T> | undefined;
  const want = () => {
    if (!loading) {
      const attempt = load().then((module) => (loaded.value = module));
      attempt.catch(() => {
        if (loading === attempt) loading = undefined;
      });
      loading = attempt;
    }
    return loading;
  };
  return { loaded, want };
}
