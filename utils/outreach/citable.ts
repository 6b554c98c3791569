/**
 * What is worth citing to a mentor, and how to name it in a few words. A mentor recognises
 * their own talk or post; they do not recognise "Article" (a card's type label), "He/Him", a
 * tagline or an event promo, and a compliment on those reads as mail merge.
 */
import { tidy } from './wording/text';

/** Card type labels the 2026 layout shows where a title would be (seen 2026 on featured cards). */
const typeLabels = new Set(
  'article link post document video image photo newsletter event media pdf presentation podcast featured slides carousel poll repost'.split(' '),
);

const pronouns = /^\(?\s*(?:he|she|they|xe|ze|ey|it)\s*\/\s*(?:him|her|them|hers|theirs|xem|zir|em|its)\b/i;

/** Words of promotion, recruiting and announcements: not their thinking, so not a hook. */
const promotion =
  /\b(?:looking forward to|join (?:us|me)|register(?: now| here| today)?|sign up|link in (?:bio|comments?)|dm me|follow (?:me|us)|we'?re hiring|i'?m hiring|now hiring|(?:we|i) (?:are|am) hiring|(?:is|are) hiring|hiring (?:for|a|an)|join (?:our|the) team|open (?:roles?|positions?)|job openings?|#hiring|apply (?:now|here|today)|check (?:it )?out|don'?t miss|save the date|get your tickets?|tickets? (?:are )?(?:on sale|available)|discount|promo code|coming soon|stay tuned|subscribe|book a (?:call|demo)|free (?:trial|consultation|webinar)|limited (?:seats|spots|time)|see you (?:there|at)|starting a new position|open to work)\b/i;

// News of theirs is not their thinking: a funding round, a launch, a new job, a paper "is out".
// A mentor does not remember "We closed our €3.2M seed round!" as something a stranger learned from.
const news =
  /(?<![\p{L}\p{N}])(?:retired|retiring|retirement|sabbatical|stepping down|my last day|(?:team|we) (?:is|are) growing|big news|we(?:'ve| have)? (?:just |finally )?(?:raised|closed|secured) |\p{Lu}[\p{L}\p{N}.&-]* (?:(?:has|have) )?(?:raises|raised|closes|closed|secures|secured|lands|landed|bags|bagged) (?:(?:a |an )?[$€£]?\p{N}[\p{N}.,]*(?:\s?(?:[kmb]n?|million|billion|mio|mrd))?|(?:a|an) [\p{L}$€£]+ (?:round|investment))|(?:pre-?seed|seed|series [a-e]|funding|investment|financing|growth) round|round of funding|levée de fonds|(?:ronda|rodada) de (?:financiación|financiamiento|inversión|investimento|financiamento|captação)|finanzierungsrunde|(?:happy|pleased|proud|excited|thrilled|delighted) to (?:announce|share|welcome|join)|announc(?:e|es|ed|ing|ement)|(?:is|are) (?:now )?(?:out|live)(?=[.!\s]|$)|now (?:live|available)|(?:i|we)(?:'ve| have) joined|new (?:role|job|position|chapter)|welcome (?:to|aboard)|congrat\w*|félicitations|felicidades|felicitaciones|enhorabuena|parabéns|(?:herzlichen )?glückwunsch\w*|gratulation\w*|(?:me|nos) complace anunciar|anunciamos|anunciar que|d'annoncer|wir freuen uns|ich freue mich|fico feliz em|temos o prazer|(?:we(?:'re| are)|i(?:'m| am)) (?:looking|searching) for (?:a|an|our|two|three|\d)|estamos contratando|estamos buscando|buscamos (?:a|un|una)|únete a|nous recrutons|on recrute|rejoignez-nous|wir stellen ein|wir suchen|verstärke unser|vagas? abertas?|venha fazer parte)(?![\p{L}\p{N}])/iu;

/** True when a title or the start of a post is specific enough to cite to its author. */
export function isCitable(text: string | undefined, minWords = 2): boolean {
  const words = tidy(text);
  if (!words) return false;
  const bare = words.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').trim();
  if (typeLabels.has(bare) || typeLabels.has(bare.replace(/s$/, ''))) return false;
  if (pronouns.test(words)) return false;
  if (wordCount(words) < minWords) return false;
  if (promotion.test(words) || news.test(words)) return false;
  // Markup ("<img src=x onerror=…>") is a prank or a broken page, never words to quote back to someone.
  if (/<\/?[a-z][^<>]*>/i.test(words)) return false;
  // Headline-style fragments ("Speaker | Author | Coach") and shouting read as a tagline.
  if ((words.match(/\s[|•·]\s/g) ?? []).length >= 2) return false;
  if ((text?.match(/!/g) ?? []).length >= 2) return false;
  if ((words.match(/\b\p{Lu}{4,}\b/gu) ?? []).length >= 2) return false;
  return true;
}

const noSpaceScript = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/gu;

// A post that opens with a feeling ("Really excited about our partnership…", "Love this example
// from…", "Congratulations to the team…") announces news or reacts to someone else's: quoting it
// back reads as a bot's flattery.
// The same in the other draft languages: "Muy feliz de…", "Ravie de…", "Stolz, …", "Orgulhosa de…".
const announcing =
  /^(?:(?:really|so|super|very|truly|incredibly|extremely|muy|tan|súper|très|vraiment|tellement|sehr|muito|tão)\s+)?(?:excited|thrilled|proud|delighted|happy|pleased|honou?red|humbled|love|loved|loving|congratulations|congrats|kudos|shout-?\s?out|well done|welcome|big thanks|huge thanks|feliz|felices|encantad[oa]s?|orgullos[oa]s?|emocionad[oa]s?|contentísim[oa]s?|bienvenid[oa]s?|enhorabuena|ravie?s?|fi[eè]re?s?|heureu(?:x|se)s?|bienvenue|bravo|stolz|glücklich|begeistert|willkommen|glückwunsch|orgulhos[oa]s?|animad[oa]s?|bem-vind[oa]s?)(?![\p{L}\p{N}])/iu;

/** True when the opening of a post is their own thinking, worth citing: not news of theirs or a reaction to another's. */
export function isOwnThinking(opening: string): boolean {
  return isCitable(opening, 4) && !announcing.test(tidy(opening));
}

/** Words in a text; in scripts written without spaces, about two characters make a word. */
export function wordCount(text: string): number {
  const spaced = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const unspaced = (text.match(noSpaceScript) ?? []).length;
  return Math.max(spaced, Math.ceil(unspaced / 2));
}

/** A title whose first words ask or tell: it can be quoted whole, but not cut to a topic. */
// A post that opens with a feeling or a call ("Love this…", "Excited to share…", "Join us…") is a
// sentence, not a title: "your post on love this end-to-end example" is what a careless bot writes.
const sentenceLike =
  /^(?:what|how|why|when|where|who|which|do|does|did|is|are|can|should|will|would|i|i'm|we|we're|my|our|here|this|it|there|lessons|from|to|on|in|at|for|with|beyond|inside|after|before|if|just|so|today|yesterday|love|loved|loving|excited|thrilled|proud|happy|glad|delighted|honou?red|humbled|grateful|thankful|thanks|thank|congrats|congratulations|great|amazing|incredible|fantastic|wow|join|check|read|watch|meet|welcome|big|huge|\d+)\b/i;
// "Some thoughts on the Reverse Information Paradox" is about the paradox, not "some thoughts".
const preamble = /^(?:(?:some|a few|few|my|quick|more|final|random)\s+)?(?:thoughts|notes|reflections|musings|takeaways)\s+(?:on|about)\s+(?=\S)/iu;
// A topic is said in the mentee's voice: "your post on three things I got wrong" would make the
// mentee the one who got them wrong. Their first and second persons stay in quotation marks.
const person = /\b(?:i|i'm|i've|i'd|me|my|mine|we|we're|we've|us|our|ours|you|you're|your|yours)\b/i;
const cutBefore = /\s(?:at|for|with|in|during|from|to|on|across|through|using|via|and|—|–|-)\s/giu;
// Words that make a clause of a phrase, in the five draft languages: "blended finance only works
// when someone" is the start of a sentence, not what it is about. Such a title is quoted whole.
const clauseWord =
  /(?<![\p{L}\p{N}'’])(?:is|are|was|were|be|been|being|isn't|aren't|has|have|had|do|does|did|don't|doesn't|will|won't|would|can|can't|could|should|must|may|might|when|whenever|if|unless|until|because|since|that|which|who|whom|whose|while|only|just|never|always|beats|works|matters|wins|needs|means|makes|takes|gets|helps|starts|runs|goes|kills|fails|breaks|drives|builds|pays|costs|saves|solves|shapes|comes|becomes|remains|stays|holds|looks|feels|seems|turns|tells|shows|lives|grows|es|son|era|fue|está|están|cuando|si|porque|que|solo|sólo|funciona|cómo|est|sont|était|quand|parce|qui|seulement|fonctionne|comment|pourquoi|ist|sind|war|wenn|weil|dass|nur|wie|warum|funktioniert|é|são|foi|quando|se|só|como)(?![\p{L}\p{N}])/iu;

/** True when a phrase reads as a clause (a verb, a "when", an "only"), not as what something is about. */
export function isClause(phrase: string): boolean {
  return clauseWord.test(phrase);
}

/**
 * The topic of a title in a few words, without quotation marks, or undefined where no honest
 * short form exists: "Keynote: Sustainable supply chains at the Global Logistics Summit 2025"
 * is about "sustainable supply chains". Only a leading noun phrase is kept, never a cut sentence.
 * `asWritten` keeps the title's capitals (German capitalises its nouns). `sentence`: the words are
 * a post's opening sentence, so only a whole short phrase of it is a topic, never its first words.
 */
export function topicOf(title: string, maxLength = 45, asWritten = false, sentence = false): string | undefined {
  const main = mainClauseOf(tidy(title)).replace(/[.!?…]+$/u, '').replace(preamble, '').trim();
  const cased = asWritten ? (phrase: string) => phrase : sentenceCase;
  if (!main || sentenceLike.test(main)) return undefined;
  const phrase = (words: string) => wordCount(words) >= 2 && !person.test(words) && !isClause(words);
  if (main.length <= maxLength) return phrase(main) ? cased(main) : undefined;
  // A post opens with a sentence: the words before its first "to" or "in" are its middle, not its
  // topic. A title may be cut there: "Sustainable supply chains at the Global Logistics Summit".
  if (sentence) return undefined;
  // The longest whole phrase that fits: "Closing the loop on sepsis alerts", not "Closing the loop".
  const heads = [...main.matchAll(cutBefore)].map((match) => main.slice(0, match.index).trim());
  const head = heads.filter((words) => words.length <= maxLength && phrase(words)).pop();
  return head ? cased(head) : undefined;
}

/** The part of a title that says what it is about ("Keynote: X" → "X"; "X: lessons from Y" → "X"). */
export function mainClauseOf(text: string): string {
  const clauses = text.split(/\s*(?::|\s[|–—-]\s)\s*/u).filter(Boolean);
  return clauses.find((clause) => wordCount(clause) >= 2 && !formatClause.test(clause)) ?? clauses[0] ?? text;
}

/** "Sustainable supply chains" → "sustainable supply chains"; names, acronyms and Title Case stay as they are. */
function sentenceCase(phrase: string): string {
  const [first = '', second = ''] = phrase.split(' ');
  const isPlainCapital = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(first);
  const restIsLower = second === '' || /^\p{Ll}/u.test(second);
  return isPlainCapital && restIsLower ? first.toLowerCase() + phrase.slice(first.length) : phrase;
}

/** A title typed in its own quotation marks ("\"Why we rewrote billing\"") without them: the draft puts its own. */
export function unquoted(title: string): string {
  const match = /^["“„«'‘](.+)["”“»'’]$/u.exec(title.trim());
  return match && !/["“”„«»]/u.test(match[1]!) ? match[1]!.trim() : title;
}

/** A quote fit to stand in quotation marks: whole, without its closing full stop. */
export function quotable(text: string, maxLength: number): string | undefined {
  const quote = tidy(text).replace(/(?<=[\p{L}\p{N})])\.$/u, '');
  return quote.length <= maxLength && !quote.includes('…') ? quote : undefined;
}

/** Employers so large that working there says nothing about the person. */
const bigEmployers =
  /^(?:google|alphabet|microsoft|amazon|aws|amazon web services|meta|facebook|apple|linkedin|ibm|oracle|accenture|deloitte|pwc|kpmg|ey|ernst & young|mckinsey|mckinsey & company|bcg|boston consulting group|bain|bain & company|salesforce|sap|intel|cisco|tcs|tata consultancy services|infosys|wipro|cognizant|capgemini|walmart|jpmorgan|jpmorgan chase|jp morgan|goldman sachs|morgan stanley|citi|citigroup|hsbc|barclays|unilever|nestle|nestlé|procter & gamble|p&g|samsung|siemens|netflix|uber|nvidia|adobe)$/i;

export function isBigEmployer(company: string | undefined): boolean {
  return bigEmployers.test(tidy(company).replace(/[.,]?\s*(?:inc|llc|ltd|plc|corp|corporation|gmbh)\.?$/i, ''));
}

/** The words of a label that names an occasion or a format, in the five draft languages, and what they make of the thing. */
const talkLabel =
  /(?:keynotes?|talks?|sessions?|webinars?|panels?|fireside chat|workshops?|masterclass|lectures?|presentations?|speech|ponencias?|charlas?|conferencias?|sesión|taller|mesa redonda|seminarios?|webinarios?|conférences?|interventions?|table ronde|atelier|séance|présentation|webinaires?|vortrags?|vorträge|sitzung|podiumsdiskussion|präsentation|palestras?|painel|sessão|oficina|apresentação|seminários?|webinários?)/.source;
const episodeLabel = /(?:podcast|episodes?|ep\.?|episodios?|épisodes?|folge|episódios?)/.source;
const otherLabel =
  /(?:hot take|unpopular opinion|psa|til|tl;dr|thread|reminder|quick (?:thoughts?|tips?)|pro tip|lessons? learned|(?:monday|friday|sunday) thoughts|new (?:post|article|blog post|video|paper)|blog post|blog|interview|entrevista|entretien|articles?|artículo|artigo|artikel|newsletter|videos?|vídeo|opini[oó]n|opinião|meinung|update|case study|estudio de caso|étude de cas|fallstudie|estudo de caso|slides?|slide deck|deck|essay|ensayo|essai|aufsatz|ensaio|op-ed|recording|transcript|big news|news|breaking)/.source;
const mine = /(?:my|our|mi|mis|nuestra|nuestro|mon|ma|notre|mein|meine|unser|unsere|meu|minha|nosso|nossa)/.source;
const place = /(?:at|@|in|on|for|from|with|during|no|na|nos|nas|em|do|da|en|del|de la|al|à|au|aux|lors de|pour|bei|beim|auf|im|am|von|zur|zum)/.source;
// A whole segment that only labels: "Keynote at Money20/20", "HIMSS26 session", "My talk at SaaStr",
// "Podcast ep. 12", "Palestra no Congresso …", "Hot take". Words before the label's own are a
// name ("HIMSS26"); after it come only a number or the place it was given.
const labelled = new RegExp(
  `^(?:${mine}\\s+)?(?:[\\p{Lu}\\p{N}#]\\S*\\s+){0,2}?(?:(${talkLabel})|(${episodeLabel})|${otherLabel})(?:\\s+(?:ep\\.?|no\\.?|nº|#)?\\s*\\d+[\\p{L}\\p{N}]*)*(?:\\s+${place}\\s+.+)?$`,
  'iu',
);
const labelBreak = /\s*:\s+|\s+[|–—-]\s+/gu;

/**
 * A title without the label its author put before (or after) it: "Keynote at Money20/20: Open
 * banking for the unbanked" is the talk "Open banking for the unbanked"; so are "HIMSS26 session:
 * …", "Palestra no Congresso …: …", "Podcast ep. 12 – …", "Hot take: …". `noun` says what the label
 * made of it (a talk, an episode).
 */
export function withoutLabel(title: string): { title: string; noun?: 'talk' | 'episode' } {
  const breaks = [...title.matchAll(labelBreak)];
  if (breaks.length === 0) return { title };
  const labelOf = (segment: string) => {
    const match = wordCount(segment) <= 10 && !isClause(segment) ? labelled.exec(segment.trim()) : null;
    return match ? { noun: match[1] ? ('talk' as const) : match[2] ? ('episode' as const) : undefined } : undefined;
  };
  const first = breaks[0]!;
  const last = breaks[breaks.length - 1]!;
  const candidates = [
    { label: title.slice(0, first.index), rest: title.slice(first.index! + first[0].length) },
    { label: title.slice(last.index! + last[0].length), rest: title.slice(0, last.index) },
  ];
  for (const { label, rest } of candidates) {
    const found = labelOf(label);
    const remainder = rest.trim().replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
    if (found && wordCount(remainder) >= 2) return { title: remainder, ...(found.noun && { noun: found.noun }) };
  }
  return { title };
}

/** Leading words that name the format, not the subject: "Episode 41", "Part 2", "Keynote". */
export const formatClause = /^(?:(?:my|our)\s+)?(?:episode|ep\.?|part|chapter|session|keynote|talk|webinar|panel|podcast|article|video|newsletter|issue|vol\.?|volume)\b/i;
