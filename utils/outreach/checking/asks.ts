/**
 * The ways of asking someone to be one's mentor, in each language but English (whose list is in
 * en.ts), and of asking a stranger to recommend one, and of saying one does not ask, in all five.
 * Apart from the rest of each language's checks, which load only with a draft in it
 * (utils/outreach/languages.ts): a message in one language is checked for every language's asks.
 */
import { wordPattern as w } from './types';

const mentorWords = '(?:mentor|mentora|mentores|mentoras|tutor|tutora|coach|guía|padrino|madrina|consejer[oa])';

export const spanishAsks: RegExp[] = [
  w(String.raw`\b(?:ser|seas|sea|sería|serías|fueras|fuera|fuese|fueses|convertirse en|convertirte en|actuar como|hacer de)\s+(?:mi|mis)\s+${mentorWords}\b`),
  w(String.raw`\b(?:mi|mis)\s+(?:mentor|mentora|tutor|tutora|padrino|madrina)\b`),
  w(String.raw`\b(?:busco|buscando|necesito|quiero|quisiera|me gustaría(?: tener| recibir)?)\s+(?:un[ao]?\s+|su\s+)?(?:mentor|mentora|mentoría|mentorías|tutoría|coaching|padrino|madrina)\b`),
  w(String.raw`\b(?:mentoría|mentorías|tutoría|coaching)\s+(?:de|con)\s+(?:usted|ti)\b`),
  w(String.raw`\b(?:mentorearme|mentorizarme|tutelarme|apadrinarme|amadrinarme)\b`),
  w(String.raw`\b(?:me|nos)\s+(?:mentoree|mentorice|apadrine|amadrine|tutele)\b`),
  w(String.raw`\bguiarme\b(?:[^.?!]*\b(?:a largo plazo|de forma continuada|regularmente|durante mi carrera))?`),
  w(String.raw`\bbajo su ala\b`),
  // Guidance with no end is the ask, whatever it is called: "orientarme durante los próximos meses".
  w(String.raw`\b(?:acompañarme|orientarme|asesorarme|aconsejarme|enseñarme|me acompañe|me oriente|me asesore|me aconseje)\b[^.?!]*?\b(?:de (?:forma|manera) (?:continua|continuada|regular|periódica)|a largo plazo|regularmente|durante (?:los próximos|el próximo|todo el|este) (?:meses|años|año|mes)|a lo largo de(?:l| los| las)? (?:próxim[oa]s? )?(?:meses|año|años|carrera|proceso)|cada (?:semana|mes|dos semanas|quince días))\b`),
  w(String.raw`\b(?:acompañarme|me acompañe)\s+como\s+(?:guía|mentor|mentora|tutor|tutora)\b`),
];

export const frenchAsks: RegExp[] = [
  w(String.raw`\b(?:être|devenir|soyez|seriez|deveniez|deviendriez)\s+(?:mon|ma)\s+(?:mentor|mentore|mentoresse|coach|guide|parrain|marraine|tuteur|tutrice)\b`),
  w(String.raw`\b(?:mon|ma)\s+(?:mentor|mentore|parrain|marraine|tuteur|tutrice)\b`),
  w(
    String.raw`\b(?:je cherche|je recherche|besoin d'|je souhaite|je voudrais|j'aimerais)\s*(?:avoir\s+|trouver\s+|bénéficier\s+d(?:e\s+|'))?(?:un[e]?\s+|d'un[e]?\s+|votre\s+|du\s+)?(?:mentor|mentore|mentorat|parrain|marraine|parrainage|coaching|tutorat)\b`,
  ),
  w(String.raw`\b(?:me|nous)\s+(?:mentorer|parrainer|coacher|prendre sous votre aile)\b`),
  w(String.raw`\bmentorat\s+(?:avec|de)\s+vous\b`),
  w(String.raw`\bme guider\b(?:[^.?!]*\b(?:sur le long terme|dans la durée|régulièrement|tout au long de ma carrière))?`),
  // Guidance with no end is the ask, whatever it is called: "m'accompagner pendant les prochains mois".
  w(String.raw`\b(?:m'accompagner|me conseiller|m'épauler|me suivre|m'orienter|me montrer les ficelles|m'apprendre les ficelles)\b[^.?!]*?\b(?:sur le long terme|dans la durée|régulièrement|(?:pendant|durant|sur) (?:les|des) (?:prochains mois|prochaines années|mois à venir|années à venir)|au fil des (?:mois|semaines|ans)|toutes les (?:semaines|deux semaines|trois semaines)|tous les mois|chaque (?:semaine|mois)|tout au long de (?:l'année|ma carrière|ma transition)|de (?:façon|manière) (?:continue|régulière|suivie))`),
  w(String.raw`\bme montrer les ficelles\b`),
];

export const germanAsks: RegExp[] = [
  w(String.raw`\b(?:mein|meine|meinen|meiner|meinem)\s+(?:mentor|mentorin|coach|pate|patin|förderer|förderin|tutor|tutorin|ratgeber|ratgeberin|sparringspartner|sparringspartnerin)\b`),
  w(String.raw`\b(?:mich|uns)\s+(?:[\p{L}]+\s+){0,2}(?:zu\s+)?(?:mentorn|coachen)\b`),
  // Being accompanied is an ask only when it has no end.
  w(String.raw`\b(?:mich|uns)\s+(?:[\p{L}]+\s+){0,2}(?:langfristig|dauerhaft|regelmäßig)\s+(?:[\p{L}]+\s+){0,2}(?:zu\s+)?(?:betreuen|begleiten)\b|\b(?:mich|uns)\s+(?:zu\s+)?(?:betreuen|begleiten)\b[^.?!]*\b(?:langfristig|dauerhaft|regelmäßig)\b`),
  w(String.raw`\b(?:suche|suchen|brauche|wünsche mir|hätte gern)\s+(?:einen\s+|eine\s+|ein\s+)?(?:mentor|mentorin|mentoring|coaching|patenschaft|paten|patin)\b`),
  w(String.raw`\b(?:mentoring|coaching|mentorship)\s+(?:von|bei|mit)\s+(?:ihnen|dir)\b`),
  w(String.raw`\b(?:unter ihre fittiche)\b`),
  // "Über die nächsten Monate begleiten": accompanied for a stretch of time, not on one question.
  w(String.raw`\b(?:mich|uns)\s+(?:[\p{L}]+\s+){0,2}(?:über|während|für) (?:die|der) (?:nächsten|kommenden) (?:wochen|monate|jahre|zeit)\s+(?:[\p{L}]+\s+){0,2}(?:zu\s+)?(?:begleiten|betreuen|beraten|coachen|unterstützen|anleiten)\b`),
];

export const portugueseAsks: RegExp[] = [
  w(String.raw`\b(?:ser|seja|fosse|se tornar|tornar-se|atuar como)\s+(?:o\s+|a\s+)?(?:meu|minha)\s+(?:mentor|mentora|coach|guia|padrinho|madrinha|tutor|tutora|conselheir[oa])\b`),
  w(String.raw`\b(?:meu|minha)\s+(?:mentor|mentora|padrinho|madrinha|tutor|tutora)\b`),
  w(String.raw`\b(?:procuro|busco|preciso de|quero|gostaria de ter|gostaria de receber)\s+(?:um[a]?\s+|sua\s+)?(?:mentor|mentora|mentoria|mentorias|tutoria|coaching|padrinho|madrinha)\b`),
  w(String.raw`\b(?:mentoria|tutoria|coaching)\s+(?:com|de)\s+(?:você|vocês|o senhor|a senhora)\b`),
  w(String.raw`\b(?:me\s+(?:mentorar|mentorear|orientar|apadrinhar)|mentorar-me|orientar-me|apadrinhar-me)\b(?:[^.?!]*\b(?:a longo prazo|regularmente|ao longo da minha carreira))?`),
  w(String.raw`\bsob (?:a )?sua asa\b`),
  // Guidance with no end is the ask, whatever it is called: "me acompanhar ao longo dos próximos meses".
  w(String.raw`\b(?:me\s+(?:acompanhar|guiar|aconselhar|acompanhe|guie|aconselhe)|acompanhar-me|guiar-me|aconselhar-me)\b[^.?!]*?\b(?:de forma (?:contínua|regular|periódica)|regularmente|continuamente|a longo prazo|(?:ao longo|durante|no decorrer) d(?:os|as|o|a) próxim[oa]s? (?:meses|anos|ano|semanas)|toda semana|todo mês|todas as semanas|todos os meses|a cada (?:semana|mês|duas semanas|quinze dias))`),
];

/**
 * Asking someone who does not know you yet to recommend you: "put my name forward", "refer me".
 * A mentor champions a mentee once they know their work; a stranger cannot.
 */
// What follows the ask ("for the analyst role on your team") is quoted only when the clause ends within a few words.
export const sponsorshipAsks: RegExp[] = [
  w(String.raw`\bput\s+(?:my\s+name|me)\s+forward\b|\bput\s+forward\s+my\s+name\b`),
  w(String.raw`\b(?:refer|recommend|nominate|endorse|propose)\s+me\s+(?:for|as|internally)\b(?:(?:\s+[^\s.?!,;:]+){1,8}(?=\s*[.?!,;:]|$))?|\brefer\s+me\s+to\s+(?:the|your)\s+(?:hiring|recruit|talent|hr\b)(?:(?:\s+[^\s.?!,;:]+){1,8}(?=\s*[.?!,;:]|$))?|\b(?:would|could|can|will)\s+you\s+refer\s+me\b|\bvouch\s+for\s+me\b`),
  w(String.raw`\b(?:put|say)\s+in\s+a\s+good\s+word\s+for\s+me\b|\bput\s+in\s+a\s+good\s+word\b`),
  w(String.raw`\b(?:pass|forward|send|hand)\s+(?:my|on my|along my)\s+(?:cv|résumé|resume|application|name|profile)\s+(?:on\s+|along\s+)?to\b(?:(?:\s+[^\s.?!,;:]+){1,8}(?=\s*[.?!,;:]|$))?`),
  w(String.raw`\b(?:ask(?:ing)? (?:you )?for|give me|need|want|hoping for|would value)\s+(?:a|an|your)\s+(?:internal\s+)?(?:referral|endorsement)\b|\b(?:a|an|your)\s+(?:referral|recommendation|endorsement)\s+for\s+(?:the|a|an|this|that)\s+(?:role|job|position|opening|vacancy)\b`),
  w(String.raw`\b(?:recomendarme|referirme|proponerme|me recomiende|me recomiendes|me refiera|me proponga|me\s+(?:podría|puede|podrías|puedes)\s+(?:recomendar|referir|proponer))\s+(?:para|como)\b(?:(?:\s+[^\s.?!,;:]+){1,8}(?=\s*[.?!,;:]|$))?|\bavalarme\b|\bproponer mi (?:nombre|candidatura)\b|\bhablar bien de mí\b|\bpasar mi (?:cv|currículum|currículo)\b(?:(?:\s+[^\s.?!,;:]+){1,8}(?=\s*[.?!,;:]|$))?`),
  w(String.raw`\bme (?:recommander|coopter|pistonner|proposer)\s+(?:pour|auprès|au|comme)\b(?:(?:\s+[^\s.?!,;:]+){1,8}(?=\s*[.?!,;:]|$))?|\b(?:appuyer|soutenir|transmettre|recommander) ma candidature\b|\btransmettre mon (?:cv|curriculum)\b(?:(?:\s+[^\s.?!,;:]+){1,8}(?=\s*[.?!,;:]|$))?|\bglisser un (?:bon )?mot (?:pour moi|en ma faveur)\b`),
  w(String.raw`\bmich\s+(?:[\p{L}]+\s+){0,6}(?:empfehlen|weiterempfehlen|vorschlagen|ins spiel bringen)\b|\bein gutes wort für mich\b(?:\s+einlegen)?|\bmeinen lebenslauf\s+(?:[\p{L}]+\s+){0,4}(?:weiterleiten|weitergeben|weiterreichen)\b`),
  w(String.raw`\b(?:me\s+(?:indicar|recomendar|referenciar)|indicar-me|recomendar-me)\s+(?:para|à|ao|na|no)\b(?:(?:\s+[^\s.?!,;:]+){1,8}(?=\s*[.?!,;:]|$))?|\bfalar bem de mim\b|\bpassar (?:o )?meu (?:currículo|cv|nome)\b(?:(?:\s+[^\s.?!,;:]+){1,8}(?=\s*[.?!,;:]|$))?`),
];

/**
 * "I'm not asking you to be my mentor": a message that says what it does not ask, read up to the
 * end of an ask found in it. A negation, a verb of asking or wanting, then the ask in the same clause.
 */
export const saysItDoesNotAsk: RegExp[] = [
  w(String.raw`(?:\bnot|n't|\bnever|\bwithout)\s+(?:[\p{L}]+\s+){0,2}(?:asking|ask|looking|seeking|requesting|request|expecting|expect|want|wanting|need|hoping|suggesting)\b(?:(?!\bbut\b)[^.?!;:,]){0,80}$`),
  w(String.raw`\b(?:no|nunca|sin)\s+(?:[\p{L}]+\s+){0,2}(?:pido|pedirle|pedirte|pedir|busco|espero|quiero|pretendo|necesito|propongo)\b(?:(?!\bpero\b)[^.?!;:,]){0,80}$`),
  w(String.raw`(?:\bne\b|\bn'|\bsans\b)\s*(?:[\p{L}]+\s+){0,2}(?:demande|demander|cherche|recherche|attends|veux|souhaite|propose)\b(?:(?!\bmais\b)[^.?!;:,]){0,80}$`),
  w(String.raw`(?:\b(?:bitte|frage|erwarte|suche|möchte|will|brauche)\s+(?:[\p{L}]+\s+){0,2}(?:nicht|keinen|keine|kein)\b|\bnicht\s+darum\b|\bohne\s+(?:[\p{L}]+\s+){0,2}(?:zu\s+)?(?:bitten|fragen))(?:(?!\b(?:aber|sondern|doch)\b)[^.?!;:]){0,80}$`),
  w(String.raw`\b(?:não|nunca|sem)\s+(?:[\p{L}]+\s+){0,2}(?:peço|pedir|pedindo|procuro|procurando|busco|espero|quero|preciso)\b(?:(?!\bmas\b)[^.?!;:,]){0,80}$`),
];
