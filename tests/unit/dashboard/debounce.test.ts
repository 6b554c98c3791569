import { describe, expect, it, vi } from 'vitest';
import { debounce } from '@/utils/debounce';

describe('saving as you type', () => {
  it('saves once, with the last text, after typing stops', () => {
    vi.useFakeTimers();
    const save = vi.fn();
    const later = debounce(save, 300);
    later('S');
    later('Sa');
    vi.advanceTimersByTime(299);
    later('Sam');
    vi.advanceTimersByTime(300);
    expect(save.mock.calls).toEqual([['Sam']]);
    vi.useRealTimers();
  });

  it('saves what is waiting at once when the page closes', () => {
    vi.useFakeTimers();
    const save = vi.fn();
    const later = debounce(save, 300);
    later('Sam Lee');
    later.flush();
    expect(save.mock.calls).toEqual([['Sam Lee']]);
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
