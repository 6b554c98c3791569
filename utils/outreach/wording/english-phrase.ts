/**
 * What shape of words a user typed in an English Me field, so that a draft can put them in a
 * sentence that fits: "finish a health informatics certificate" (a verb phrase) follows "I want
 * to"; "a health informatics certificate" (a noun phrase) follows "working towards"; "getting
 * better at public speaking" follows "focused on"; "I'm preparing for the CFA." is a sentence of
 * its own. Where the shape cannot be known, `unsure`: the draft then uses a frame that is correct
 * for any phrase rather than guess.
 */
export type PhraseForm = 'verb' | 'noun' | 'ing' | 'sentence' | 'unsure';

export interface TypedPhrase {
  form: PhraseForm;
  /** The words to put in the frame: a wish ("I want to …") and a final full stop taken off. */
  phrase: string;
}

// "I want to", "I'd love to", "My goal is to", "To": what is left is the verb phrase.
const wishToVerb = /^(?:i\s+(?:really\s+)?(?:want|would like|would love|'d like|'d love|hope|plan|aim|need|intend|am hoping|am planning|am trying|'m hoping|'m planning|'m trying)\s+to|(?:my\s+)?(?:goal|aim|plan|hope|dream)\s+is\s+to|to)\s+/i;
// "I want a promotion", "My goal is a promotion": what is left is the noun phrase.
const wishForNoun = /^(?:i\s+(?:want|would like|'d like|hope for|am aiming for|'m aiming for|am working towards?|'m working towards?)|(?:my\s+)?(?:goal|aim|focus|target)\s+is)\s+(?=\S)/i;
// A sentence of its own: it has a subject and a verb ("I'm preparing…", "My team is…").
const ownSentence = /^(?:i|i'm|i am|i've|i have|i'll|i will|my|we|we're|our|this year|next year|by \d{4}|in \d{4})\b/i;

/** Common verbs a goal starts with, in their base form. */
const verbs = new Set(
  (
    'get become move transition learn build improve grow lead switch land develop master understand present ' +
    'start launch find make shift step take gain strengthen deepen manage run earn publish speak write ' +
    'prepare join create design ship scale mentor hire change pivot break finish complete pass secure win ' +
    'raise open close sell buy teach train coach certify qualify graduate study research apply obtain achieve ' +
    'reach double triple cut reduce increase expand negotiate deliver own set organise organize plan found ' +
    'co-found fund grow return go work transfer relocate specialise specialize lead build read try explore ' +
    'figure sharpen polish refresh redesign rebuild establish launch release complete attend speak host give ' +
    'submit defend publish enter re-enter retrain upskill reskill network connect meet volunteer contribute ' +
    'automate migrate modernise modernize digitise digitize standardise standardize document measure prove ' +
    'validate test pilot implement introduce roll adopt deploy integrate streamline simplify clarify define'
  ).split(' '),
);

/** Words that open a noun phrase, never a verb phrase. */
const nounOpeners = /^(?:a|an|the|my|our|more|less|better|greater|stronger|deeper|new|first|second|next|one|two|three|some|senior|junior|principal|staff|full-time|part-time|formal|official|professional|financial|technical|public|basic|advanced|\d+)$/i;
/** Endings of nouns ("promotion", "management", "leadership", "fluency", "readiness"). */
const nounEnding = /(?:tion|sion|ment|ship|ity|ness|ance|ence|ism|ist|ency|ancy|hood|dom|ure|age|ics|ogy|phy|cy)$/i;
/** Words that follow a verb and not a noun ("finish a …", "pass the …", "speak at …", "move into …"). */
const afterVerb = /^(?:a|an|the|my|our|their|more|some|up|out|into|onto|from|back|off|over|through|across|away|down|\d+)$/i;

/** Reads the shape of one typed English phrase (a goal, a takeaway, a topic). */
export function englishPhrase(typed: string): TypedPhrase {
  const text = typed.replace(/\s+/g, ' ').trim();
  const bare = text.replace(/[.!]+$/, '');
  if (!bare) return { form: 'unsure', phrase: '' };
  const toVerb = bare.replace(wishToVerb, '');
  if (toVerb !== bare && toVerb) return { form: 'verb', phrase: lowerWord(toVerb) };
  const toNoun = bare.replace(wishForNoun, '');
  if (toNoun !== bare && toNoun) return { form: /^\p{L}+ing\b/iu.test(toNoun) ? 'ing' : 'noun', phrase: lowerWord(toNoun) };
  if (ownSentence.test(bare) || /[.!?]\s+\p{Lu}/u.test(bare)) return { form: 'sentence', phrase: /[.!?]$/.test(text) ? text : `${text}.` };
  const [first = '', second = ''] = bare.toLowerCase().split(' ');
  const phrase = lowerWord(bare);
  if (/^\p{L}{2,}ing$/u.test(first) && !/^(?:thing|something|nothing|everything|spring|string|king|ring|wing|ceiling|wedding|evening|morning|building)$/.test(first)) return { form: 'ing', phrase };
  if (nounOpeners.test(first) || nounEnding.test(first)) return { form: 'noun', phrase };
  if (verbs.has(first)) return { form: 'verb', phrase };
  // "digitise the ward's rota", "pass the bar": an unknown word followed by what follows a verb.
  if (second && afterVerb.test(second) && !/s$/.test(first)) return { form: 'verb', phrase };
  return { form: 'unsure', phrase };
}

/** Lower-case the first word unless it is a name, an acronym or "I" ("CFA", "Python"). */
function lowerWord(text: string): string {
  const [first = ''] = text.split(' ');
  if (first === 'I' || /^\p{Lu}{2,}/u.test(first) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(first)) return text;
  return /^\p{Lu}\p{Ll}/u.test(first) && verbsOrCommon(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function verbsOrCommon(word: string): boolean {
  const lower = word.toLowerCase();
  return verbs.has(lower) || nounOpeners.test(lower) || /ing$/.test(lower) || nounEnding.test(lower) || /^(?:to|get|be)$/.test(lower);
}
