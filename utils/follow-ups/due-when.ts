import { howLongAgo, whenAhead, type NudgeClock, type NudgeWords } from '@/utils/relationship/nudge-text';

/** When a follow-up is due, in words: "2 days ago" once passed, "tomorrow at 09:30" ahead. */
export function dueWhen(dueAt: number, clock: NudgeClock, words: NudgeWords): string {
  return dueAt <= clock.now ? howLongAgo(dueAt, clock, words) : whenAhead(dueAt, clock, words);
}
