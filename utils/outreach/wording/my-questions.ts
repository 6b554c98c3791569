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
 * A topic typed as a question, as it follows "questions about": "How do you decide when to
 * move?" → "how you decide when to move", "Should I do an MBA?" → "whether to do an MBA".
 */
function asTopic(typed: string): string {
  const question = typed.trim().replace(/\?+$/, '');
  const rules: [RegExp, string][] = [
    [/^how (?:do|did|would|can|could|should) (?:i|one)\s+/i, 'how to '],
    [/^(how|what|when|why|where|which) (?:do|did) you\s+/i, '$1 you '],
    [/^(how|what|when|why|where|which) (?:would|could|should) you\s+/i, '$1 you would '],
    [/^should i\s+/i, 'whether to '],
    [/^is it\s+/i, 'whether it is '],
    [/^(?:would|could) you\s+/i, 'whether you would '],
    [/^(?:do|did|can) you\s+/i, 'whether you '],
  ];
  const rule = rules.find(([pattern]) => pattern.test(question));
  if (!rule) return typed;
  const topic = question.replace(rule[0], rule[1]);
  return topic.charAt(0).toLowerCase() + topic.slice(1);
}

/**
 * What my questions are about, from what Me says most precisely: the topic I named, the skill
 * I miss, my short-term goal ("how to present data to …"), the kind of guidance I want.
 */
export function questionTopicOf(me: MyQuestions): string {
  const goal = me.shortTermGoal || me.longTermGoal;
  const verb = goal ? asInfinitive(goal.replace(/[.!]+$/, '')) : undefined;
  const guidance = /^(?:encouragement|technical advice)$/i.test(me.guidance) ? '' : me.guidance;
  const topic = (me.askAbout && asTopic(me.askAbout)) || lowerFirst(me.skillsMissing) || (verb ? `how to ${verb}` : lowerFirst(goal)) || guidance;
  return topic.replace(/[.!?]+$/, '').replace(/^(?:about|on)\s+/i, '');
}
