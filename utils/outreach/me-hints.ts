import type { Me } from './me';

/** The hints about "Me", by what they say; their words, in the interface's language, are in components/me/me-fields.ts. */
export type MeHint = 'name' | 'introLong' | 'introStartsWithI' | 'vagueGoal' | 'goalTooShort' | 'personaEmpty' | 'askAboutLong' | 'askAboutMentor';

/** What a 200-character note can give the topic of my questions and still cite their work by name. */
export const askAboutMaxLength = 35;

/** One line of an introduction: past this, a connection note has no room left for the ask. */
export const introMaxLength = 140;

// The introduction follows "I'm" / "Soy" / "Je suis" / "Ich bin" / "Sou" in a draft: one that opens so (or with a greeting) says it twice.
const startsLikeASentence = /^(?:i am|i'm|i’m|hi|hello|soy|yo soy|hola|je suis|bonjour|ich bin|hallo|eu sou|sou|olá)(?=\s|,|$)/iu;

// "find a mentor", "get mentorship", "a mentor": a goal that names the means, not the end.
const vague = /^(to\s+)?((find|get|have|need)\s+(a\s+)?)?(mentor(ship)?|a mentor|some guidance|advice|help)\.?$/i;

/**
 * Gentle hints about "Me" (guide Step 1: "Vague requests like 'I need a mentor' are unlikely
 * to succeed. Instead, get specific."). Empty fields get no hint except the sign-off name,
 * which every draft needs.
 */
export function meHints(me: Me): Partial<Record<keyof Me, MeHint>> {
  const hints: Partial<Record<keyof Me, MeHint>> = {};
  if (!me.name.trim() && !me.signature?.trim()) hints.name = 'name';
  const intro = me.intro.trim();
  if (intro.length > introMaxLength || /[\n\r]/.test(me.intro)) hints.intro = 'introLong';
  else if (startsLikeASentence.test(intro)) hints.intro = 'introStartsWithI';
  const goal = me.shortTermGoal.trim();
  if (goal && (vague.test(goal) || /\bmentor\b/i.test(goal) && goal.split(/\s+/).length <= 5)) hints.shortTermGoal = 'vagueGoal';
  else if (goal && goal.split(/\s+/).length < 3) hints.shortTermGoal = 'goalTooShort';
  const longGoal = me.longTermGoal.trim();
  if (longGoal && vague.test(longGoal)) hints.longTermGoal = 'vagueGoal';
  if (me.persona.length === 0 && (me.shortTermGoal || me.longTermGoal)) hints.persona = 'personaEmpty';
  const askAbout = me.askAbout.trim();
  if (/\bmentor(ship|ing)?\b/i.test(askAbout)) hints.askAbout = 'askAboutMentor';
  else if (askAbout.length > askAboutMaxLength) hints.askAbout = 'askAboutLong';
  return hints;
}
