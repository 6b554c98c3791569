import { asInfinitive, lowerFirst } from './text';

/** What Me (utils/outreach/me.ts) says my questions are about: all a language reads to word the topic. */
export interface MyQuestions {
  askAbout: string;
  skillsMissing: string;
  shortTermGoal: string;
  longTermGoal: string;
  guidance: string;
}

/**
 * What my questions are about, from what Me says most precisely: the topic I named, the skill
 * I miss, my short-term goal ("how to present data to …"), the kind of guidance I want.
 */
export function questionTopicOf(me: MyQuestions): string {
  const goal = me.shortTermGoal || me.longTermGoal;
  const verb = goal ? asInfinitive(goal.replace(/[.!]+$/, '')) : undefined;
  const guidance = /^(?:encouragement|technical advice)$/i.test(me.guidance) ? '' : me.guidance;
  const topic = me.askAbout || lowerFirst(me.skillsMissing) || (verb ? `how to ${verb}` : lowerFirst(goal)) || guidance;
  return topic.replace(/[.!?]+$/, '').replace(/^(?:about|on)\s+/i, '');
}
