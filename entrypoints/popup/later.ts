import { onDemand } from '@/utils/on-demand';

/**
 * A part of the drafting view that is not on its first screen (utils/on-demand.ts): asking for
 * it starts its load, undefined until it is here, and a view that asked is drawn again then.
 */
export function later<T>(load: () => Promise<T>): () => T | undefined {
  const part = onDemand(load);
  return () => {
    // A failed load is tried again at the next ask; the view goes on without the part meanwhile.
    void part.want().catch(() => undefined);
    return part.loaded.value;
  };
}
