/** The checker in German: the guide's findings said to the mentee ("Sie") and the German ways of breaking its rules. */
import type { FindingId } from './types';
import { germanAsks } from './asks';
import { type CheckWords, type Explained, commonPlaceholders, wordPattern as w } from './types';

const explanations: Record<FindingId, (detail: string) => Explained> = {
  empty: () => ({ severity: 'error', message: 'Die Nachricht ist leer.', advice: 'Ihre Nachricht sollte respektvoll, persönlich und konkret sein.' }),
  'mentorship-ask': (phrase) => ({
    severity: 'error',
    message: `„${phrase}“ bittet die Person, Ihr Mentor zu werden.`,
    advice:
      'Die goldene Regel: Fragen Sie nicht „Möchten Sie mein Mentor sein?“ Das klingt nach einer großen, unbestimmten Verpflichtung. Bitten Sie um wenig, klar begrenzte Zeit für ein bestimmtes Thema.',
  }),
  'sponsorship-ask': (phrase) => ({
    severity: 'error',
    message: `„${phrase}“ bittet die Person, Sie zu empfehlen, bevor sie Ihre Arbeit kennt.`,
    advice:
      'Ein Mentor empfiehlt jemanden für ein Projekt oder eine Stelle, wenn er dessen Arbeit kennt und ihr vertraut; wer Sie nicht kennt, kann sich nicht für Arbeit verbürgen, die er nie gesehen hat. Bitten Sie um 15 bis 20 Minuten, um zu erfahren, wie die Person dorthin gekommen ist oder was die Stelle verlangt. Eine Empfehlung kann später kommen, von ihr aus.',
  }),
  'no-hook': () => ({
    severity: 'warning',
    message: 'Nichts in der Nachricht bezieht sich gezielt auf diese Person.',
    advice:
      'Zeigen Sie, dass Sie sich mit der Person beschäftigt haben: Nennen Sie einen Artikel, einen Vortrag oder ein Projekt von ihr, das Sie angesprochen hat. Eine allgemeine Nachricht wird übergangen.',
  }),
  'no-time-box': () => ({
    severity: 'warning',
    message: 'Die Bitte hat keine zeitliche Grenze.',
    advice: 'Bitten Sie um wenig, klar begrenzte Zeit für einen bestimmten Zweck, etwa einen virtuellen Kaffee von 15 bis 20 Minuten.',
  }),
  'big-ask': (phrase) => ({
    severity: 'warning',
    message: `„${phrase}“ bittet um mehr Zeit oder eine längere Verpflichtung, als eine erste Nachricht sollte.`,
    advice: 'Beginnen Sie ein Gespräch: Bitten Sie um wenig, klar begrenzte Zeit, etwa 15 bis 20 Minuten. Eine dauerhafte Verbindung kann später entstehen, von der anderen Seite aus.',
  }),
  pushy: (phrase) => ({
    severity: 'warning',
    message: `„${phrase}“ setzt die Person unter Druck.`,
    advice: 'Respektieren Sie ihre Zeit und seien Sie flexibel: „Ich richte mich gern nach Ihrem Kalender.“ Eine Frist oder ein Anruf, dem niemand zugestimmt hat, wirkt wie Druck.',
  }),
  'employer-only': (company) => ({
    severity: 'warning',
    message: `Das Einzige, was Sie über die Person sagen, ist, dass sie bei ${company} arbeitet – wie Tausende andere.`,
    advice: 'Nennen Sie einen Artikel, einen Vortrag oder ein Projekt von ihr, das Sie angesprochen hat.',
  }),
  'same-as-saved': (who) => ({
    severity: 'warning',
    message: `Diese Nachricht ist fast dieselbe wie die, die Sie für ${who} gespeichert haben.`,
    advice: 'Eine allgemeine Nachricht wird übergangen: Machen Sie den Einstieg und den Grund Ihrer Nachricht zu etwas, das nur für diese Person gilt.',
  }),
  'no-citable-hook': () => ({
    severity: 'warning',
    message: 'Nichts im Profil ist konkret genug, um es zu zitieren, deshalb ist der Einstieg allgemein.',
    advice: 'Nennen Sie einen Artikel, einen Vortrag oder ein Projekt der Person: Wählen Sie „Etwas anderes“ und beschreiben Sie es in eigenen Worten.',
  }),
  'no-introduction': () => ({
    severity: 'warning',
    message: 'Die Nachricht sagt nicht, wer Sie sind.',
    advice: 'Stellen Sie sich kurz vor: Ihre Rolle, Ihre Organisation und Ihr aktueller Schwerpunkt. Ergänzen Sie unter „Ich“ eine einzeilige Vorstellung.',
  }),
  'intro-left-out': (limit) => ({
    severity: 'warning',
    message: `${limit} Zeichen ließen keinen Platz, um zu sagen, wer Sie sind.`,
    advice: 'Kürzen Sie den Anfang Ihrer Vorstellung unter „Ich“ („Logistikleiterin bei Rhein Paket“) oder das Thema Ihrer Fragen, damit die Notiz beides sagen kann.',
  }),
  'no-why-them': () => ({
    severity: 'tip',
    message: 'Nichts im Profil passt zu dem Mentor, den Sie suchen, deshalb sagt der Entwurf nicht, warum Sie gerade diese Person gewählt haben.',
    advice: 'Verbinden Sie Ihr Ziel in eigenen Worten mit ihrer Erfahrung, oder suchen Sie jemanden, dessen Erfahrung zu Ihren Zielen passt.',
  }),
  'me-in-other-language': () => ({
    severity: 'warning',
    message: 'Wer Sie sind und was Sie fragen möchten, stammt aus „Ich“ und ist dort in einer anderen Sprache geschrieben als diese Nachricht.',
    advice: 'Schreiben Sie es in den Teilen unten in der Sprache der Nachricht (oder entwerfen Sie in der Sprache von „Ich“), bevor Sie sie senden.',
  }),
  'no-persona': () => ({
    severity: 'tip',
    message: 'Der Entwurf kann nicht sagen, warum Sie diese Person gewählt haben: Unter „Ich“ ist noch kein Mentorenprofil beschrieben.',
    advice: 'Beschreiben Sie unter „Ich“ die Erfahrung und die Fähigkeiten, die Sie bei einem Mentor suchen; der Entwurf nennt dann, was die Person davon mitbringt.',
  }),

  'no-easy-yes': () => ({
    severity: 'warning',
    message: 'Nichts macht es der Person leicht, Ja zu sagen.',
    advice: 'Zeigen Sie zum Schluss Respekt vor ihrer Zeit und Flexibilität: „Ich richte mich gern nach Ihrem Kalender.“',
  }),
  'over-limit': (detail) => ({
    severity: 'error',
    message: `Die Nachricht ist für diesen Kanal zu lang: ${detail}.`,
    advice: 'Behalten Sie den konkreten Bezug und die Bitte; kürzen Sie den Rest.',
  }),
  'subject-over-limit': (detail) => ({
    severity: 'error',
    message: `Der Betreff ist für diesen Kanal zu lang: ${detail}.`,
    advice: 'Ein klarer, professioneller Betreff ist kurz: „Frage zu Ihrer Erfahrung mit dem Wachstum von SaaS-Produkten“.',
  }),
  'subject-missing': () => ({
    severity: 'warning',
    message: 'Der Betreff ist leer.',
    advice: 'Wählen Sie einen klaren, professionellen Betreff wie „Frage zu Ihrer Erfahrung mit dem Wachstum von SaaS-Produkten“.',
  }),
  'generic-opener': (phrase) => ({
    severity: 'warning',
    message: `„${phrase}“ ist ein allgemeiner Einstieg.`,
    advice: 'Beginnen Sie mit etwas Konkretem von der Person, das Sie angesprochen hat, damit sie sieht, dass Sie sich Zeit für ihre Arbeit genommen haben.',
  }),
  placeholder: (phrase) => ({
    severity: 'error',
    message: `„${phrase}“ sieht nach einer Lücke aus, die nie ausgefüllt wurde.`,
    advice: 'Ersetzen Sie sie vor dem Senden durch die richtigen Worte: Eine Nachricht mit Lücke wirkt wie ein Serienbrief.',
  }),
  idiom: (phrase) => ({
    severity: 'tip',
    message: `„${phrase}“ ist eine Redewendung, die nicht überall gleich verstanden wird.`,
    advice: 'Vorsicht mit Redewendungen, Jargon und Humor, die sich schlecht übertragen lassen; sagen Sie es in einfachen Worten.',
  }),
};

export const germanChecks: CheckWords = {
  explanations,
  limitDetail: (length, most) => `${length} Zeichen, höchstens ${most}`,
  mentorshipAsks: germanAsks,
  timeBoxes: w(String.raw`\b(?:\d{1,2}|fünf|zehn|fünfzehn|zwanzig|dreißig)\s?(?:minuten|min\.?|-?minütig(?:e[nmrs]?)?)\b`),
  bigAsks: [
    w(String.raw`\b(?:eine|1)\s+(?:ganze\s+|volle\s+)?stunde\s+(?:zeit|lang|für|gespräch)\b|\b(?:für|auf)\s+(?:eine|1)\s+(?:ganze\s+|volle\s+)?stunde\b`),
    w(String.raw`\b(?:einstündige[nms]?|stundenlange[nms]?)\b`),
    w(String.raw`\b(?:45|60|90)\s?minuten\b`),
    w(String.raw`\b(?:jede|jeden|alle)\s+(?:woche|monat|zwei wochen|vierzehn tage)\b`),
    w(String.raw`\b(?:wöchentliche|monatliche|regelmäßige|laufende)[nrs]?\s+(?:termine?|gespräche?|anrufe?|calls?|treffen|sitzungen?|austausch)\b`),
    w(String.raw`\b(?:wöchentlich|monatlich|regelmäßig|dauerhaft)\s+(?:sprechen|treffen|austauschen|telefonieren)\b`),
    w(String.raw`\b(?:langfristige|dauerhafte)[nrs]?\s+(?:beziehung|begleitung|betreuung|unterstützung|zusammenarbeit|verpflichtung)\b`),
  ],
  pushy: [
    w(String.raw`\bich\s+(?:rufe|melde)\s+(?:sie|mich)\b[^.?!]*\b(?:an|so oder so|auf jeden fall)\b[^.?!]*`),
    w(String.raw`\bso oder so\b|\bauf jeden fall an\b`),
    w(String.raw`\b(?:bis|vor)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute abend|ende der woche|feierabend)\b`),
    w(String.raw`\b(?:antworten sie|bitte antworten|ich erwarte)\s+(?:bitte\s+)?(?:umgehend|sofort|schnellstmöglich|heute|bis)\b[^.?!]*`),
    w(String.raw`\b(?:dringend|umgehend|schnellstmöglich|asap|frist)\b`),
  ],
  easierWay: w(String.raw`\b(?:wenn (?:ihnen )?(?:das|es) lieber ist|falls (?:ihnen )?(?:das|es) lieber ist|falls (?:das|es) einfacher ist|wenn (?:das|es) einfacher ist|stattdessen|statt eines (?:anrufs|gesprächs)|genauso (?:sehr|gut)|ebenso (?:sehr|gut))\b`),
  easyYes: w(
    String.raw`\b(?:flexibel|ihrem kalender|ihren kalender|ihnen passt|ihnen recht|ihnen zeitlich passt|wann immer|jeder termin|unverbindlich|verständnis|in ordnung|ihre zeit|ihrer zeit|richte mich)\b`,
  ),
  genericOpeners: [
    w(String.raw`\bich hoffe,? (?:diese|meine) (?:nachricht|e-mail|mail) (?:erreicht sie|findet sie) (?:wohlauf|gut|bei bester gesundheit)\b`),
    w(String.raw`\bich (?:möchte|würde) sie gern(?:e)? (?:zu )?meinem (?:beruflichen )?netzwerk hinzufügen\b`),
    w(String.raw`\bsehr geehrte damen und herren\b`),
    w(String.raw`\bich bin (?:zufällig )?auf ihr profil gestoßen\b`),
    w(String.raw`\bich möchte mich (?:kurz )?vorstellen\b`),
  ],
  placeholders: [...commonPlaceholders, w(String.raw`^\s*(?:hallo|guten tag|sehr geehrte[r]?|liebe[r]?)\s+,`)],
  idioms: w(
    String.raw`\b(?:über den tellerrand|am ende des tages|win-win|quick win|low hanging fruit|tief hängende früchte|ins boot holen|auf dem schirm|kurz connecten|abholen|asap|fyi|lg|vg)\b`,
  ),
  commonWords: new Set('der die das und mit für von ist eine ein einen mein meine ihr ihre ihren ihnen sie ich über zu zum zur bei im in auf als'.split(' ')),
  shared: w(String.raw`\b(?:wir (?:haben )?beide\b|derselben hochschule|auch ich habe bei|auch dort (?:studiert|gearbeitet))`),
  theirWork: w(
    String.raw`\b(?:ihr|ihre|ihren|ihrem)\s+(?:(?:aktuelle[nrs]?|neue[nrs]?|letzte[nrs]?)\s+)?(?:artikel|fachartikel|vortrag|beitrag|buch|podcast|folge|projekt|forschung|präsentation|interview|webinar|newsletter|video|kurs|studie|bericht|essay|zeit als|zeit bei|ehrenamtliches engagement|satz im profil|profiltext)\b|\bauszeichnung\b`,
  ),
  theirRole: w(String.raw`\b(?:ihr|ihre|ihren|ihrem)\s+(?:beruflichen werdegang|aktuelle position|arbeit\s+(?:als|bei|an))\b`),
  workAt: w(String.raw`\bihre arbeit bei\s+([^.,;!?]+)`),
  greeting: w(String.raw`^\s*(?:hallo|guten tag|sehr geehrte[r]?|liebe[r]?)\b[^,\n]{0,60},`),
};
