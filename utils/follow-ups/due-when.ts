import { howLongAgo, whenAhead, type NudgeClock } from '@/utils/relationship/nudge-text';

/** When a follow-up is due, in words: "2 days ago" once passed, "tomorrow at 09:30" ahead. */
export function dueWhen(dueAt: number, clock: NudgeClock): string {
  return dueAt <= clock.now ? howLongAgo(dueAt, clock) : whenAhead(dueAt, clock);
}
