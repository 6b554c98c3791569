import { tidy } from './text';
import { list } from './de';
import type { FollowUpWords } from './types';

/** What the follow-up drafts say in German: apart from the first message's words, so that a first draft does not carry them. */
export const germanFollowUps: FollowUpWords = {
  checkIn: {
    subject: 'Kurze Nachfrage zu meiner Nachricht',
    body: (minutes, topic) =>
      `Ich hoffe, es geht Ihnen gut. Ich wollte kurz an meine letzte Nachricht erinnern, in der ich Sie um ein ${minutes}-minütiges Gespräch${topic ? ` über ${topic}` : ''} gebeten habe. Ich weiß, wie voll der Kalender sein kann, also ganz unverbindlich, aber ich würde mich freuen, wenn wir sprechen könnten, sobald Sie einen Moment Zeit haben.`,
  },
  askedAbout: /(?:Fragen?|Gespräch|Videogespräch|Kaffee|Minuten|Ihnen|um)\s+(?:über|zu)\s+([^.,;?!\n]{3,80})/i,
  askedTail: /\s+(?:zu sprechen|zu stellen|stellen(?: zu dürfen)?|sprechen|finden)$/i,
  logReply: [
    'Die Antwort steht in der Unterhaltung, die auf LinkedIn geöffnet ist. Dort lesen.',
    'Hier festhalten: Die freundliche Erinnerung ist nicht mehr nötig, der nächste Schritt ist, Termine für das Gespräch vorzuschlagen.',
  ],
  withdrawInvitation: [
    'Die Einladung wartet seit drei Wochen auf eine Antwort.',
    'Selbst auf LinkedIn zurückziehen (Netzwerk, Verwalten, Gesendet): Viele offene Einladungen können zur Einschränkung des Kontos führen, und eine zurückgezogene Einladung lässt sich nach drei Wochen erneut senden.',
    'Der Rat des Leitfadens: Kommt weiterhin keine Antwort, ist es am besten, weiterzugehen. Die Energie lieber in die nächste Nachricht stecken.',
  ],
  moveOn: [
    'Auf die erste Nachricht und die Nachfrage kam keine Antwort.',
    'Der Rat des Leitfadens: Kommt weiterhin keine Antwort, ist es besser, weiterzuziehen. Diesen Kontakt als „Keine Antwort“ abschließen.',
    'Das liegt nicht an Ihnen: Viele Menschen sind überlastet. Die Energie lieber in die nächste Nachricht stecken.',
  ],
  schedule: {
    subject: 'Vielen Dank – und ein Termin für unser Gespräch',
    thanks: (minutes) => `Vielen Dank für Ihre Antwort und dafür, dass Sie sich ${minutes} Minuten Zeit nehmen möchten.`,
    times: 'Ich bin zeitlich flexibel und richte mich gern nach Ihrem Kalender. Könnten Sie mir zwei oder drei Termine in den nächsten Wochen nennen, die Ihnen passen?',
    invite: 'Sobald wir uns auf einen geeinigt haben, schicke ich Ihnen eine Kalendereinladung in Ihrer Zeitzone.',
  },
  prep: {
    them: 'Ihrem Kontakt',
    summary: (minutes, who, when) => [`${minutes}-minütiges Gespräch mit ${who}.`, ...when].join('\n'),
    you: (when) => `Ihre Zeit: ${when}`,
    theirs: (when) => `Zeit Ihres Kontakts: ${when}`,
    locale: 'de-DE',
    reminders: (minutes, outreach) => [
      outreach ? `Die erste Nachricht noch einmal lesen: „${tidy(outreach)}“` : 'Die erste Nachricht noch einmal lesen.',
      'Pünktlich sein und mehr zuhören als reden. Notizen machen und an das Gesagte mit Nachfragen anknüpfen.',
      `Bei den erbetenen ${minutes} Minuten bleiben. Ein paar Minuten vor Schluss sagen: „Ich sehe, dass die ${minutes} Minuten, um die ich gebeten habe, gleich um sind, und ich möchte Ihre Zeit respektieren.“`,
      'Sich zum Schluss bedanken und innerhalb von 24 Stunden eine Dankesnachricht schicken.',
    ],
  },
  questions: {
    hook: (hook) => `Als Sie „${hook}“ geschrieben haben: Welche Erfahrung stand hinter dieser Sicht?`,
    move: (from, role) => `Wenn Sie auf Ihren Wechsel von ${from} in Ihre Rolle als ${role} zurückblicken: Was hätten Sie gern vorher gewusst?`,
    role: (role) => `Was hat Sie an Ihrer Arbeit als ${role} am meisten überrascht?`,
    skill: (skill) => `Wenn Sie heute anfangen würden: Wie würden Sie ${skill} angehen?`,
    // The goal ends in its verb ("Daten besser präsentieren") or is a noun: the modal verb follows either.
    shortGoal: (goal) => `Wenn Sie an meiner Stelle wären und in den nächsten sechs Monaten ${goal} wollten: Worauf würden Sie sich zuerst konzentrieren?`,
    longGoal: (goal) => `Worauf würden Sie bei jemandem achten, der in den nächsten Jahren ${goal} möchte?`,
    general: [
      'Welche Entscheidung in Ihrer Laufbahn würden Sie heute anders treffen, und warum?',
      'Welche Gewohnheiten haben Ihnen am meisten geholfen, in Ihrem Bereich zu wachsen?',
      'Von wem sollte ich Ihrer Meinung nach noch lernen, und was sollte ich diese Person fragen?',
    ],
  },
  thankYou: {
    subject: 'Vielen Dank für Ihre Zeit heute',
    body: (takeaways) =>
      takeaways.length
        ? `Vielen Dank noch einmal für Ihre Zeit heute. Was Sie mir über ${list(takeaways)} gesagt haben, war für mich sehr wertvoll, und ich überlege schon, wie ich es umsetze.`
        : 'Vielen Dank noch einmal für Ihre Zeit heute und dafür, dass Sie Ihre Erfahrungen so offen geteilt haben.',
    addTakeaways:
      'Ein oder zwei Erkenntnisse aus dem Gespräch notieren (der Leitfaden: „Nennen Sie ein oder zwei zentrale Erkenntnisse“), in den Notizen zu diesem Kontakt: Der Entwurf nimmt sie auf.',
    checkInLater: 'Wenn es Ihnen recht ist, würde ich mich in ein paar Monaten gern wieder melden und von meinen Fortschritten berichten.',
    within24Hours: 'Innerhalb von 24 Stunden nach dem Gespräch senden, solange es beiden noch frisch in Erinnerung ist.',
  },
  progress: {
    subject: 'Ein kurzes Update – und danke',
    body: (advice, tried) => {
      if (advice && tried) return `Ihren Rat („${advice}“) habe ich beherzigt und ${tried}.`;
      if (advice) return `Ihren Rat („${advice}“) habe ich beherzigt, und das hilft mir schon jetzt.`;
      if (tried) return `Ich wollte Ihnen kurz berichten, was seit unserem Gespräch passiert ist: ${tried}.`;
      return 'Ich wollte Ihnen kurz berichten, was seit unserem Gespräch passiert ist: Ich setze Ihre Ratschläge um, und das hilft mir schon jetzt.';
    },
    thanks: 'Nochmals vielen Dank, dass Sie sich die Zeit genommen haben. Ich würde mich freuen zu hören, wie es Ihnen geht.',
  },
  keepInTouch: {
    subject: 'Ein kurzes Update',
    body: (goal) =>
      goal
        ? `Seit unserem Gespräch sind ein paar Monate vergangen, und ich wollte Ihnen erzählen, wo ich stehe: Ich möchte weiterhin ${goal}, und Ihre Ratschläge helfen mir dabei.`
        : 'Seit unserem Gespräch sind ein paar Monate vergangen, und ich wollte Ihnen erzählen, wo ich stehe, und mich noch einmal für Ihre Hilfe bedanken.',
    ask: (minutes) =>
      `Wenn Sie in den nächsten Wochen ${minutes} Minuten hätten, wäre mir Ihre Meinung zu meinem nächsten Schritt sehr wertvoll. Ich richte mich gern nach Ihrem Kalender.`,
  },
  mismatch: {
    subject: 'Vielen Dank für Ihre Unterstützung',
    body: (need) =>
      need
        ? `Vielen Dank für Ihre ersten Ratschläge. Durch Sie ist mir klar geworden, dass ich eigentlich jemanden mit mehr Erfahrung im Bereich ${need} brauche. Ich bin Ihnen sehr dankbar für diese Klarheit.`
        : 'Vielen Dank für Ihre ersten Ratschläge. Durch Sie sehe ich klarer, welche Unterstützung ich als Nächstes brauche. Ich bin Ihnen sehr dankbar für diese Klarheit.',
  },
  naturalEnd: {
    subject: 'Vielen Dank',
    periodYear: 'des vergangenen Jahres',
    periodMonths: 'der vergangenen Monate',
    periodUnknown: 'unserer Gespräche',
    body: (period) =>
      `Ich habe das Gefühl, dank Ihrer Unterstützung im Laufe ${period} sehr gewachsen zu sein. Ich habe die Ziele erreicht, die wir uns gesetzt hatten, und kann Ihnen gar nicht genug danken. Ich würde mich freuen, in Kontakt zu bleiben, während ich diesen nächsten Schritt gehe.`,
  },
};
