import { asInfinitive, lowerFirst } from './text';

/** What Me (utils/outreach/me.ts) says my questions are about: all a language reads to word the topic. */
export interface MyQuestions {
  askAbout: string;
  skillsMissing: string;
  shortTermGoal: string;
  longTermGoal: string;
  guidance: string;
}

/** Past forms a question's verb takes ("How did you handle…" → "how you handled…"); the rest add -ed. */
const irregularPast: Record<string, string> = {
  be: 'were', become: 'became', begin: 'began', build: 'built', buy: 'bought', choose: 'chose', come: 'came', deal: 'dealt',
  do: 'did', feel: 'felt', find: 'found', get: 'got', give: 'gave', go: 'went', grow: 'grew', have: 'had', hear: 'heard',
  hold: 'held', keep: 'kept', know: 'knew', lead: 'led', learn: 'learned', leave: 'left', lose: 'lost', make: 'made', meet: 'met',
  pay: 'paid', put: 'put', quit: 'quit', read: 'read', run: 'ran', say: 'said', see: 'saw', sell: 'sold', send: 'sent',
  set: 'set', spend: 'spent', stand: 'stood', take: 'took', teach: 'taught', tell: 'told', think: 'thought', win: 'won', write: 'wrote',
};

/** A verb in the past: "handle" → "handled", "stop" → "stopped", "try" → "tried", "make" → "made". */
function pastOf(verb: string): string {
  const lower = verb.toLowerCase();
  if (irregularPast[lower]) return irregularPast[lower]!;
  if (/e$/.test(lower)) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(lower)) return `${lower}${lower.slice(-1)}ed`;
  return `${lower}ed`;
}

/**
 * One question as it follows "questions about": "How do you decide when to move?" → "how you
 * decide when to move", "How did you handle X?" → "how you handled X" (its tense kept: it asks
 * about their past), "Should I do an MBA?" → "whether to do an MBA".
 */
function questionAsTopic(typed: string): string {
  const question = typed.trim().replace(/\?+$/, '');
  const past = /^(how|what|when|why|where|which)\s+did\s+you\s+(\p{L}+)\b/iu.exec(question);
  if (past) return `${past[1]!.toLowerCase()} you ${pastOf(past[2]!)}${question.slice(past[0].length)}`;
  const rules: [RegExp, string][] = [
    [/^how (?:do|did|would|can|could|should) (?:i|one)\s+/i, 'how to '],
    [/^(how|what|when|why|where|which) do you\s+/i, '$1 you '],
    [/^(how|what|when|why|where|which) (?:would|could|should) you\s+/i, '$1 you would '],
    [/^(how|what|when|why|where|which) should (?:i|one)\s+/i, '$1 I should '],
    [/^(what|which|where|when|why) do i\s+/i, '$1 I '],
    [/^should i\s+/i, 'whether to '],
    [/^is it\s+/i, 'whether it is '],
    [/^(?:would|could) you\s+/i, 'whether you would '],
    [/^(?:do|did|can) you\s+/i, 'whether you '],
  ];
  const rule = rules.find(([pattern]) => pattern.test(question));
  if (!rule) return typed.trim().replace(/\?+$/, '');
  const topic = question.replace(rule[0], rule[1]);
  return topic.charAt(0).toLowerCase() + topic.slice(1);
}

/**
 * A topic typed as one or several questions, as it follows "questions about": several are
 * listed ("how you handled X, how you keep Y and what you stopped doing"), so a note that cannot
 * hold them all asks about the first (write-draft.ts); text that is not a question stays as typed.
 */
function asTopic(typed: string): string {
  const questions = typed.split(/(?<=\?)\s+/).map((part) => part.trim()).filter(Boolean);
  if (questions.length < 2 || !questions.every((part) => part.endsWith('?'))) return questions.length === 1 && typed.trim().endsWith('?') ? questionAsTopic(typed) : typed;
  const topics = questions.map(questionAsTopic);
  return `${topics.slice(0, -1).join(', ')} and ${topics[topics.length - 1]}`;
}

/**
 * What my questions are about, from what Me says most precisely: the topic I named, the skill
 * I miss, my short-term goal ("how to present data to …"), the kind of guidance I want.
 */
/**
 * A question asked inside a topic ("…and what should I build first") in the word order a topic
 * takes ("…and what I should build first"), and a shorthand slash between two words said out
 * ("teaching/another career" → "teaching or another career"; "CI/CD" stays).
 */
function asSaid(topic: string): string {
  return topic
    .replace(/\b(how|what|when|why|where|which) should (?:i|one)\b/gi, (_, word: string) => `${word} I should`)
    .replace(/\b(what|which|where|when|why) do i\b/gi, (_, word: string) => `${word} I`)
    .replace(/(?<![\p{L}/])(\p{Ll}{3,})\/(?!or\b)(\p{Ll}[\p{Ll} ]*?)(?=[\s,.?]|$)/gu, '$1 or $2');
}

export function questionTopicOf(me: MyQuestions): string {
  const goal = me.shortTermGoal || me.longTermGoal;
  const verb = goal ? asInfinitive(goal.replace(/[.!]+$/, '')) : undefined;
  const guidance = /^(?:encouragement|technical advice)$/i.test(me.guidance) ? '' : me.guidance;
  const topic = (me.askAbout && asTopic(me.askAbout)) || lowerFirst(me.skillsMissing) || (verb ? `how to ${verb}` : lowerFirst(goal)) || guidance;
  return asSaid(topic.replace(/[.!?]+$/, '').replace(/^(?:about|on)\s+/i, ''));
}
