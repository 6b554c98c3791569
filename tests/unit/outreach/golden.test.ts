import { describe, expect, it } from 'vitest';
import type { Channel } from '@/utils/outreach/channels';
import { compose } from '@/utils/outreach/compose';
import { draftFollowUp } from '@/utils/outreach/follow-up-drafts';
import { shownDraft as shown, shownFollowUp } from './golden-format';
import { findHooks } from '@/utils/outreach/hooks';
import { mes, people } from './people';

/**
 * Drafts kept as files, so that a change of wording shows as a diff someone reviews.
 * After a deliberate change: `npx vitest run tests/unit/outreach/golden.test.ts -u`.
 */

const channelsShown: Channel[] = ['connection-note', 'inmail'];
const now = Date.UTC(2026, 11, 2, 10);

describe('golden drafts', () => {
  it('ten made-up profiles, as a connection note (free and premium) and as an InMail', async () => {
    const sections = Object.entries(people).flatMap(([who, profile]) => [
      `## ${who}: ${profile.name ?? '(no name)'}\n`,
      ...channelsShown.map((channel) => shown(channel, compose(profile, mes.full!, { channel, now }))),
      shown('connection-note, premium', compose(profile, { ...mes.full!, account: 'premium' }, { channel: 'connection-note', now })),
    ]);
    await expect(`# Drafts for Sam Lee (tests/unit/outreach/people.ts)\n\n${sections.join('\n')}`).toMatchFileSnapshot('golden/first-messages.md');
  });

  it('the follow-ups for one contact, from check-in to a natural end', async () => {
    const profile = people.rich!;
    const hook = findHooks(profile, mes.full!)[0];
    const context = {
      profile,
      ...(hook && { hook }),
      now: Date.UTC(2026, 10, 24, 9),
      meetingAt: Date.UTC(2026, 11, 1, 15),
      theirTimeZone: 'Africa/Lagos',
      takeaways: ['framing a product proposal around the customer problem'],
      advice: 'shadow a product manager for a sprint',
      whatITried: 'joined the pricing squad’s planning for two weeks and wrote my first one-page proposal',
      needInstead: 'hardware logistics',
      since: Date.UTC(2025, 10, 1),
    };
    const kinds = ['check-in', 'move-on', 'schedule-chat', 'meeting-prep', 'thank-you', 'progress-update', 'keep-in-touch', 'mismatch', 'natural-end'] as const;
    const sections = kinds.map((kind) => shownFollowUp(kind, draftFollowUp(kind, context, mes.full!)));
    await expect(`# Follow-ups with Amara Okafor\n\n${sections.join('\n')}`).toMatchFileSnapshot('golden/follow-ups.md');
  });
});
