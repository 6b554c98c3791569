/**
 * The ways of asking someone to be one's mentor, in each language but English (whose list is in
 * en.ts). Apart from the rest of each language's checks, which load only with a draft in it
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
];

export const germanAsks: RegExp[] = [
  w(String.raw`\b(?:mein|meine|meinen|meiner|meinem)\s+(?:mentor|mentorin|coach|pate|patin|förderer|förderin|tutor|tutorin|ratgeber|ratgeberin)\b`),
  w(String.raw`\b(?:mich|uns)\s+(?:[\p{L}]+\s+){0,2}(?:zu\s+)?(?:mentorn|coachen)\b`),
  // Being accompanied is an ask only when it has no end.
  w(String.raw`\b(?:mich|uns)\s+(?:[\p{L}]+\s+){0,2}(?:langfristig|dauerhaft|regelmäßig)\s+(?:[\p{L}]+\s+){0,2}(?:zu\s+)?(?:betreuen|begleiten)\b|\b(?:mich|uns)\s+(?:zu\s+)?(?:betreuen|begleiten)\b[^.?!]*\b(?:langfristig|dauerhaft|regelmäßig)\b`),
  w(String.raw`\b(?:suche|suchen|brauche|wünsche mir|hätte gern)\s+(?:einen\s+|eine\s+|ein\s+)?(?:mentor|mentorin|mentoring|coaching|patenschaft|paten|patin)\b`),
  w(String.raw`\b(?:mentoring|coaching|mentorship)\s+(?:von|bei|mit)\s+(?:ihnen|dir)\b`),
  w(String.raw`\b(?:unter ihre fittiche)\b`),
];

export const portugueseAsks: RegExp[] = [
  w(String.raw`\b(?:ser|seja|fosse|se tornar|tornar-se|atuar como)\s+(?:o\s+|a\s+)?(?:meu|minha)\s+(?:mentor|mentora|coach|guia|padrinho|madrinha|tutor|tutora|conselheir[oa])\b`),
  w(String.raw`\b(?:meu|minha)\s+(?:mentor|mentora|padrinho|madrinha|tutor|tutora)\b`),
  w(String.raw`\b(?:procuro|busco|preciso de|quero|gostaria de ter|gostaria de receber)\s+(?:um[a]?\s+|sua\s+)?(?:mentor|mentora|mentoria|mentorias|tutoria|coaching|padrinho|madrinha)\b`),
  w(String.raw`\b(?:mentoria|tutoria|coaching)\s+(?:com|de)\s+(?:você|vocês|o senhor|a senhora)\b`),
  w(String.raw`\b(?:me\s+(?:mentorar|mentorear|orientar|apadrinhar)|mentorar-me|orientar-me|apadrinhar-me)\b(?:[^.?!]*\b(?:a longo prazo|regularmente|ao longo da minha carreira))?`),
  w(String.raw`\bsob (?:a )?sua asa\b`),
];
