import { describe, expect, it } from 'vitest';
import { hookSource } from '@/components/popup/text';
import { findHooks } from '@/utils/outreach/hooks';
import { mes, people } from '../outreach/people';

describe('where a hook was found, as the picker says it', () => {
  it('names the place in the interface’s words, with the page’s month in its language', () => {
    expect(hookSource({ source: 'Featured talk · Nov 2026', from: { place: 'featured', when: '2026-11-05' } })).toBe('Featured · Nov 2026');
    expect(hookSource({ source: 'Earlier role · 2015–2021', from: { place: 'earlier-role', when: '2015–2021' } })).toBe('Earlier role · 2015–2021');
    expect(hookSource({ source: 'Current role', from: { place: 'current-role' } })).toBe('Current role');
  });

  it('gives every hook found a place, and keeps the English source of a hook kept from before', () => {
    const hooks = findHooks(people.rich!, { ...mes.full!, schools: ['University of Lagos'] }, Date.UTC(2026, 11, 2));
    expect(hooks.length).toBeGreaterThan(3);
    for (const hook of hooks) expect(hook.from, hook.id).toBeDefined();
    expect(hookSource({ source: 'Featured article' })).toBe('Featured article');
  });
});
