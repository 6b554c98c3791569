import { describe, expect, it, vi } from 'vitest';
import { onDemand } from '@/utils/on-demand';

describe('a part of the page loaded when first wanted', () => {
  it('is not there before it is wanted, and is there once loaded', async () => {
    const part = onDemand(() => Promise.resolve({ words: 'Opening Kofi Mensah' }));
    expect(part.loaded.value).toBeUndefined();
    await expect(part.want()).resolves.toEqual({ words: 'Opening Kofi Mensah' });
    expect(part.loaded.value).toEqual({ words: 'Opening Kofi Mensah' });
  });

  it('loads once, however often it is asked for meanwhile', async () => {
    const load = vi.fn(() => Promise.resolve('view'));
    const part = onDemand(load);
    const [first, second] = await Promise.all([part.want(), part.want()]);
    await part.want();
    expect([first, second]).toEqual(['view', 'view']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again at the next ask after a failed load', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module')).mockResolvedValue('view');
    const part = onDemand(load);
    await expect(part.want()).rejects.toThrow('Failed to fetch');
    expect(part.loaded.value).toBeUndefined();
    await expect(part.want()).resolves.toBe('view');
    expect(part.loaded.value).toBe('view');
  });
});
