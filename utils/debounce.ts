/** A function that waits until calls stop for `ms` before running with the last arguments. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Runs a waiting call now (a page being closed must not lose the last keystrokes). */
  flush(): void;
}

export function debounce<A extends unknown[]>(run: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: A | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const args = waiting;
    waiting = undefined;
    if (args) run(...args);
  };
  const debounced = (...args: A) => {
    waiting = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, ms);
  };
  return Object.assign(debounced, { flush });
}
