import { describe, expect, it } from 'vitest';
import { stageQuery } from '@/utils/dashboard/stage-query';

describe('searching contacts by name, organization, notes and stage', () => {
  it.each([
    ['a name searches every stage', 'reached-out', 'Reached out', 'Amara', { search: 'Amara' }],
    ['a stage word shows everyone at that stage', 'met', 'Met', 'met', {}],
    ['“closed” shows each closed stage whole', 'closed-mismatch', 'Closed: not the right fit', 'closed', {}],
    ['a stage word elsewhere still has to match the contact', 'replied', 'Replied', 'closed', { search: 'closed' }],
    ['a name and a stage find that person at that stage', 'meeting-scheduled', 'Chat scheduled', 'amara chat', { search: 'amara' }],
    ['the stage’s own name works too', 'closed-mismatch', 'Closed: not the right fit', 'mismatch', {}],
    ['an empty search lists the stage', 'thanked', 'Thanked', '  ', {}],
  ] as const)('%s', (_what, stage, label, search, expected) => {
    expect(stageQuery(stage, label, search, 50)).toEqual({ stage, limit: 50, ...expected });
  });
});
