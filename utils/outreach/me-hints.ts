import type { Me } from './me';

// Every hint a user reads, in one place. Hints help; they never block saving.
const hintText = {
  name: 'Add the name you sign with: a message without a name reads as anonymous.',
  introLong: 'Keep it to one line: role, organization and current focus. Busy people skim.',
  introStartsWithI: 'Write it as it would follow “I’m”: “a data analyst at Northwind, focused on …”.',
  vagueGoal: 'Be specific: the guide warns that “I need a mentor” rarely succeeds. What do you want to get better at?',
  goalTooShort: 'A few more words help: what, exactly, in the next 6–12 months?',
  personaEmpty: 'List a few experiences, skills or traits you look for: each profile will show how it matches.',
  askAboutLong: 'A few words fit best: a 200-character connection note also has to cite their work and say who you are.',
  askAboutMentor: 'Name the topic, not a mentorship: “moving into product management”, not “being my mentor”.',
} as const;

/** What a 200-character note can give the topic of my questions and still cite their work by name. */
export const askAboutMaxLength = 35;

/** One line of an introduction: past this, a connection note has no room left for the ask. */
export const introMaxLength = 140;

// "find a mentor", "get mentorship", "a mentor": a goal that names the means, not the end.
const vague = /^(to\s+)?((find|get|have|need)\s+(a\s+)?)?(mentor(ship)?|a mentor|some guidance|advice|help)\.?$/i;

/**
 * Gentle hints about "Me" (guide Step 1: "Vague requests like 'I need a mentor' are unlikely
 * to succeed. Instead, get specific."). Empty fields get no hint except the sign-off name,
 * which every draft needs.
 */
export function meHints(me: Me): Partial<Record<keyof Me, string>> {
  const hints: Partial<Record<keyof Me, string>> = {};
  if (!me.name.trim() && !me.signature?.trim()) hints.name = hintText.name;
  const intro = me.intro.trim();
  if (intro.length > introMaxLength || /[\n\r]/.test(me.intro)) hints.intro = hintText.introLong;
  else if (/^(i am|i'm|i’m|hi|hello)\b/i.test(intro)) hints.intro = hintText.introStartsWithI;
  const goal = me.shortTermGoal.trim();
  if (goal && (vague.test(goal) || /\bmentor\b/i.test(goal) && goal.split(/\s+/).length <= 5)) hints.shortTermGoal = hintText.vagueGoal;
  else if (goal && goal.split(/\s+/).length < 3) hints.shortTermGoal = hintText.goalTooShort;
  const longGoal = me.longTermGoal.trim();
  if (longGoal && vague.test(longGoal)) hints.longTermGoal = hintText.vagueGoal;
  if (me.persona.length === 0 && (me.shortTermGoal || me.longTermGoal)) hints.persona = hintText.personaEmpty;
  const askAbout = me.askAbout.trim();
  if (/\bmentor(ship|ing)?\b/i.test(askAbout)) hints.askAbout = hintText.askAboutMentor;
  else if (askAbout.length > askAboutMaxLength) hints.askAbout = hintText.askAboutLong;
  return hints;
}
