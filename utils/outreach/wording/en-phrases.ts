/** How an English phrase typed in a note or in Me is read: its form, and the words a frame takes. */
import { lowerFirstWord } from './shape';
import { type PhraseReader, type TypedPhrase, asSentence, withoutLabel } from './typed-phrase';

const words = (list: string) => new Set(list.split(' '));

/** Words that open a noun phrase. */
const determiners = words(
  'the a an my your our their his her its this that these those one two three four five some any more less each every no another such both ' +
    'few many much several first last next better clearer',
);
/** Words after which a word can only be a verb: "finish a certificate", "move into product". */
const verbFollowers = words(
  'a an the my your our their his her its this that these those some any more less each every one two three four five six ten ' +
    'to into up out off away back down over through about with me myself us them it him everything something someone what how why where who',
);
/** Common verbs, so that "finish a certificate" or "ask" alone is read as one. */
const verbs = words(
  'accept add adapt address adopt agree aim align analyse analyze answer apply approach argue arrange ask assess attend automate avoid ' +
    'balance be become begin believe benchmark block book borrow break bring build buy calculate call care carry challenge change check choose ' +
    'clarify clean close coach collect combine come commit communicate compare complete connect consider contact continue contribute convince ' +
    'create cut deepen define delegate deliver demonstrate describe design develop discuss do document double draft drop earn ease email ' +
    'embrace enable encourage engage enjoy enter establish estimate evaluate expand experiment explain explore fail fill find finish fix focus ' +
    'follow forget formalise formalize frame gain gather get give go grow handle have help hire hold identify implement improve include ' +
    'increase interview introduce invest invite iterate join keep know land launch lead learn leave let limit list listen look make manage map ' +
    'master measure meet mentor model move name negotiate network note observe offer open organise organize own pair pass pay pick pilot pitch ' +
    'plan practise practice prepare present prioritise prioritize protect prove publish push put question raise reach read rebuild reconnect ' +
    'record reduce reflect reframe rehearse reject remember remove repeat replace report request research resist respond rest rethink review ' +
    'rewrite run save say schedule scope see seek sell send set shadow share shift ship show sign simplify sit skip sleep slow solve speak ' +
    'spend split start step stick stop streamline strengthen study submit suggest support switch take talk teach tell test thank think track ' +
    'train transition treat trust try turn understand update use validate visit volunteer wait walk watch win work write',
);
/** Irregular past forms: "sent four applications". */
const pastForms = words(
  'sent wrote met took made got went spoke led ran built found had did began gave saw told thought brought bought taught caught felt kept left ' +
    'lost paid said sold spent stood understood won drew grew knew flew chose came became drove fell forgot held heard meant rose sat slept ' +
    'stuck tore woke wore rewrote rebuilt redid overcame undertook withdrew sought fought shook rang sang swam',
);
/** Both a base form and a past one: "set up a meeting" is advice, or what I did. */
const bothForms = words('set put read cut let hit shut quit cast spread');
/** Words in -ing that are nouns first ("pricing strategy"), and words in -ed that are adjectives. */
const ingNouns = words(
  'thing something nothing anything everything morning evening spring string ring king ceiling wedding building marketing engineering ' +
    'pricing funding training planning hiring budgeting forecasting storytelling networking mentoring consulting accounting manufacturing ' +
    'nursing onboarding shipping meeting offering learning understanding writing reporting',
);
const subjects = /^(?:i|i'm|i've|i'd|i'll|we|we're|we've|she|he|they|they're|it|it's|there|there's|you|you're|people|nobody|everyone|everybody)$/;
const auxiliary = /\s(?:is|are|was|were|will|would|should|can|could|must|may|might|need|needs|has|have|had|does|do|did|isn't|aren't|wasn't|don't|doesn't|won't|matters?|works?|beats?|wins?|helps?)(?:\s|$)/i;

/** A goal or an advice said with its wish or its messenger: what follows is the phrase itself. */
const wishes =
  /^(?:i(?:'d| would)? (?:really )?(?:want|like|love|hope|plan|aim|need|intend|wish|mean|am going|'m going)(?: to)?|i(?:'m| am) (?:hoping|planning|aiming|trying|working|going) to|my (?:main )?(?:goal|aim|plan|focus|priority|objective)(?: this year| for (?:this|next) year| now)? (?:is|will be)(?: to)?|(?:her|his|their|your) (?:advice|point|tip|suggestion|recommendation) (?:was|is)(?: to| that)?|to)\s+/i;
const reported =
  /^(?:(?:she|he|they|you|[A-Z][\p{Ll}]+) (?:said|says|told me|suggested|recommended|advised(?: me)?|thinks|believes|explained|pointed out|stressed|mentioned|reminded me|insisted|warned(?: me)?)(?: that)?,?)\s+/u;
/** Reported without a subject, as notes often are: "told me to start small", "suggested starting small". */
const reportedBare = /^(?:told me|suggested|recommended|advised(?: me)?|said)(?: that)?,?\s+(?=to\s|\S+ing\b|i\s|you\s|we\s)/i;
const shouldOf = /^(?:i|you|we) (?:should|must|need to|have to|ought to|could|might|can)(?: try to)?\s+/i;
const negative = /^(?:don't|do not|never)\s+/i;
const adverbs = /^(?:always|just|really|first|first of all|actively|simply|gently|also|only|regularly)[,]?\s+/i;

export const readEnglishPhrase: PhraseReader = (typed, hadStop) => {
  let core = withoutLabel(typed);
  // Said by someone ("She said I should start small"): what they said is the phrase.
  const told = reported.exec(core);
  if (told) core = core.slice(told[0].length);
  const bare = reportedBare.exec(core);
  if (bare) core = core.slice(bare[0].length);
  const wish = wishes.exec(core);
  if (wish) core = core.slice(wish[0].length);
  const should = shouldOf.exec(core);
  if (should) return imperative(core.slice(should[0].length));
  if (negative.test(core)) return { form: 'imperative', text: `not ${lowerVerb(core.replace(negative, ''))}` };
  const [first = '', second = ''] = core.toLowerCase().split(/\s+/);
  if (first === 'i' || first === "i've" || first === "i'm") {
    const rest = core.replace(/^i(?:'ve|'m)?\s+/i, '');
    if (first === "i've") return { form: 'past', text: `have ${rest}` };
    if (first === "i'm") return /^\S+ing\b/i.test(rest) ? { form: 'ing', text: rest } : sentence(core);
    const [verb = ''] = rest.toLowerCase().split(/\s+/);
    if (/^(?:have|had)$/.test(verb) && /^\S+\s+\S+(?:ed|en|t)\b/i.test(rest)) return { form: 'past', text: rest };
    if (/ed$/.test(verb) || pastForms.has(verb) || bothForms.has(verb)) return { form: 'past', text: rest };
    if (/^(?:am)$/.test(verb) && /^am\s+\S+ing\b/i.test(rest)) return { form: 'ing', text: rest.replace(/^am\s+/i, '') };
    return sentence(core);
  }
  if (subjects.test(first)) return sentence(core);
  // "how to frame a budget", "what to ask first": a noun phrase.
  if (/^(?:how|what|why|when|where|which|who|whether)$/.test(first)) return { form: 'noun', text: lowerVerb(core) };
  if (adverbs.test(core) && isVerb(core.replace(adverbs, ''))) return imperative(core);
  if (determiners.has(first)) return auxiliary.test(` ${core} `) && !wish ? sentence(core) : { form: 'noun', text: lowerVerb(core) };
  if (/ing$/.test(first) && first.length > 4 && !(ingNouns.has(first) && second && !verbFollowers.has(second))) return { form: 'ing', text: lowerVerb(core) };
  if ((/ed$/.test(first) && (!second || verbFollowers.has(second) || /^\d/.test(second))) || pastForms.has(first)) return { form: 'past', text: lowerVerb(core) };
  if (isVerb(core)) return imperative(core);
  // A verb after the first word or two: a sentence whatever its first word ("Clinicians adopt what saves them a click.").
  if (auxiliary.test(` ${core} `) || hasVerbAfterSubject(core)) return sentence(core);
  // Four words or more ending in a full stop, and no phrase of another form: a sentence ("Boards fund stories, not spreadsheets."),
  // which is quoted whole rather than guessed at.
  if (hadStop && core.split(/\s+/).length >= 4) return sentence(core);
  return { form: 'noun', text: lowerFirstWord(core) };
};

function hasVerbAfterSubject(core: string): boolean {
  return core
    .toLowerCase()
    .split(/\s+/)
    .slice(1, 3)
    .some((word, index, all) => (verbs.has(word) || pastForms.has(word)) && (index === 0 || !verbs.has(all[0] ?? '')) && !/^(?:and|or)$/.test(all[index - 1] ?? ''));
}

function isVerb(phrase: string): boolean {
  const [first = '', second = '', third] = phrase.toLowerCase().split(/\s+/);
  // "change management", "design thinking": a noun made of a verb and a noun.
  if (third === undefined && /(?:ment|thinking)$/.test(second)) return false;
  // "promotion to senior nurse", "leadership of a team": a noun by its ending, whatever follows it.
  const noun = /(?:tion|sion|ment|ship|ity|ness|ance|ence|ism|ist|ency|ancy|hood|dom|ure|ogy|phy)$/.test(first);
  return verbs.has(first) || bothForms.has(first) || (/^[a-z]+$/.test(first) && !noun && verbFollowers.has(second) && !/(?:ing|ed|s)$/.test(first));
}

function imperative(phrase: string): TypedPhrase {
  const [first = ''] = phrase.toLowerCase().split(/\s+/);
  // "set up a meeting and learned how they plan" is what I did, not advice.
  if (bothForms.has(first) && /\sand\s+\S+ed\b/i.test(phrase)) return { form: 'past', text: lowerVerb(phrase) };
  return { form: 'imperative', text: lowerVerb(phrase), ...(bothForms.has(first) && { pastToo: true as const }) };
}

const lowerVerb = (phrase: string) => phrase.charAt(0).toLowerCase() + phrase.slice(1);
const sentence = (core: string): TypedPhrase => ({ form: 'sentence', text: asSentence(core) });
