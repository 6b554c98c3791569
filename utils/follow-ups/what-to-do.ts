import { nudgeFor, nudgeText, type NudgeClock, type NudgeWords } from '@/utils/relationship/nudge-text';
import type { FollowUp } from '@/utils/store/schema/records';

/** A follow-up in words, as its nudge says it: "Send Amara a gentle, no-pressure check-in: you reached out 7 days ago." */
export function whatToDo(name: string, followUp: Pick<FollowUp, 'kind' | 'since'>, meetingAt: number | undefined, clock: NudgeClock, words: NudgeWords): string {
  return nudgeText([nudgeFor(name, followUp, meetingAt)], clock, words).message;
}
