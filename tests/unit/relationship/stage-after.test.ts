import { describe, expect, it } from 'vitest';
import { interactionOnDone, stageAfter } from '@/utils/relationship/stage-after';
import type { InteractionKind, Stage } from '@/utils/relationship/stages';

describe('where a logged interaction leaves a contact', () => {
  it.each<[InteractionKind, Stage | undefined, Stage]>([
    ['sent', undefined, 'reached-out'],
    ['drafted', 'met', 'met'],
    ['checked-in', 'reached-out', 'checked-in'],
    ['replied', 'checked-in', 'replied'],
    ['replied', 'closed-no-response', 'replied'],
    ['meeting-scheduled', 'replied', 'meeting-scheduled'],
    ['met', 'meeting-scheduled', 'met'],
    ['thanked', 'met', 'thanked'],
    ['checked-in', 'thanked', 'ongoing'],
    ['replied', 'ongoing', 'ongoing'],
    ['closed', 'checked-in', 'closed-no-response'],
    ['closed', 'ongoing', 'closed-natural-end'],
    ['met', 'closed-mismatch', 'closed-mismatch'],
    ['accepted', 'reached-out', 'reached-out'],
    ['accepted', 'checked-in', 'checked-in'],
    ['declined', 'reached-out', 'declined'],
    ['not-now', 'replied', 'not-now'],
    ['do-not-contact', 'ongoing', 'do-not-contact'],
    // Their word stands: nothing the user logs moves them on but a reply of theirs.
    ['checked-in', 'not-now', 'not-now'],
    ['sent', 'declined', 'declined'],
    ['closed', 'not-now', 'not-now'],
    ['replied', 'not-now', 'replied'],
    ['replied', 'do-not-contact', 'do-not-contact'],
    ['not-now', 'do-not-contact', 'do-not-contact'],
  ])('%s at %s → %s', (interaction, current, expected) => {
    expect(stageAfter(interaction, current)).toBe(expected);
  });

  it('logs the check-in when the user marks a check-in follow-up done, so the plan moves on', () => {
    expect(stageAfter(interactionOnDone['check-in']!, 'reached-out')).toBe('checked-in');
    expect(stageAfter(interactionOnDone['thank-you']!, 'met')).toBe('thanked');
    expect(stageAfter(interactionOnDone['move-on']!, 'checked-in')).toBe('closed-no-response');
  });
});
