import { describe, expect, it } from 'vitest';
import { customHook, findHooks } from '@/utils/outreach/hooks';
import { mes, people } from './people';

describe('findHooks', () => {
  it('lists what they made first, then their role, then what we share, then their About', () => {
    const hooks = findHooks(people.rich!, { ...mes.full!, schools: ['University of Lagos'] });
    expect(hooks.map((hook) => [hook.kind, hook.source, hook.text])).toEqual([
      ['featured', 'Featured article', 'From engineer to product lead: what I wish I had known'],
      ['recent-post', 'Recent post', 'We just shipped offline payments for market traders.'],
      ['role', 'Current role', 'VP Product at Kestrel Pay'],
      ['shared-company', 'A company you both worked at', 'Northwind Logistics'],
      ['shared-school', 'A school you both attended', 'University of Lagos'],
      ['about', 'About section', 'I build payment products for small merchants.'],
    ]);
  });

  it('cites a post by its first sentence, without links, hashtags or emoji', () => {
    const [hook] = findHooks(people.postOnly!, mes.empty!);
    expect(hook?.text).toBe('Presenting a model to a board is a translation job, not a statistics job.');
  });

  it('falls back to the headline when there is no current role', () => {
    expect(findHooks(people.headlineOnly!, mes.empty!).map((hook) => hook.kind)).toEqual(['headline']);
  });

  it('finds no hooks on a profile with nothing to cite', () => {
    expect(findHooks(people.nothing!, mes.full!)).toEqual([]);
  });

  it('gives every hook a distinct id', () => {
    const hooks = findHooks(people.rich!, mes.full!);
    expect(new Set(hooks.map((hook) => hook.id)).size).toBe(hooks.length);
  });
});

describe('customHook', () => {
  it('keeps the words typed, tidied, with a stable id', () => {
    const hook = customHook('  your keynote   on supply chains ');
    expect(hook).toMatchObject({ text: 'your keynote on supply chains', source: 'Written by you', kind: 'custom' });
    expect(customHook('your keynote on supply chains').id).toBe(hook.id);
  });
});
