import { tidy } from './text';
import { list } from './de';
import { readGermanPhrase, zuInfinitive } from './de-phrases';
import { capitalize } from './text';
import { type TypedPhrase, withoutStop } from './typed-phrase';
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
    shortGoal: (goal) =>
      goal.form === 'imperative' || goal.form === 'noun'
        ? `Wenn Sie an meiner Stelle wären und in den nächsten sechs Monaten ${goal.text} wollten: Worauf würden Sie sich zuerst konzentrieren?`
        : '',
    longGoal: (goal) =>
      goal.form === 'imperative' || goal.form === 'noun' ? `Worauf würden Sie bei jemandem achten, der in den nächsten Jahren ${goal.text} möchte?` : '',
    general: [
      'Welche Entscheidung in Ihrer Laufbahn würden Sie heute anders treffen, und warum?',
      'Welche Gewohnheiten haben Ihnen am meisten geholfen, in Ihrem Bereich zu wachsen?',
      'Von wem sollte ich Ihrer Meinung nach noch lernen, und was sollte ich diese Person fragen?',
    ],
  },
  readPhrase: readGermanPhrase,
  thankYou: {
    subject: 'Vielen Dank für Ihre Zeit heute',
    body: (takeaways) => {
      if (!takeaways.length) return 'Vielen Dank noch einmal für Ihre Zeit heute und dafür, dass Sie Ihre Erfahrungen so offen geteilt haben.';
      const advice = takeaways.filter(({ form }) => form === 'imperative').map(({ text }) => zuInfinitive(text));
      const about = takeaways.filter(afterUeber).map(({ text }) => text);
      const quoted = takeaways.filter((phrase) => phrase.form !== 'imperative' && phrase.form !== 'past' && !afterUeber(phrase)).map(({ text }) => `„${withoutStop(text)}“`);
      const done = takeaways.filter(({ form }) => form === 'past').map(({ text }) => `Dank Ihnen ${/^bin\s/.test(text) ? `bin ich ${text.slice(4)}` : `habe ich ${text}`}.`);
      // Each a clause closed by a comma before the verb: "Ihr Rat, mit einem Ablauf anzufangen, war …".
      const named = [...(advice.length ? [`Ihr Rat, ${list(advice)},`] : []), ...(about.length ? [`was Sie mir über ${list(about)} gesagt haben,`] : [])];
      const subject = named.join(' und ');
      return [
        'Vielen Dank noch einmal für Ihre Zeit heute.',
        named.length ? `${capitalize(subject)} ${named.length > 1 ? 'waren' : 'war'} für mich sehr wertvoll, und ich überlege schon, wie ich ${named.length > 1 ? 'beides' : 'es'} umsetze.` : '',
        quoted.length ? `${quoted.length > 1 ? 'Zwei Gedanken aus unserem Gespräch sind' : 'Ein Gedanke aus unserem Gespräch ist'} mir geblieben: ${list(quoted)}.` : '',
        ...done,
        named.length || !quoted.length ? '' : 'Ich überlege schon, wie ich das umsetze.',
      ]
        .filter(Boolean)
        .join(' ');
    },
    addTakeaways:
      'Ein oder zwei Erkenntnisse aus dem Gespräch notieren (der Leitfaden: „Nennen Sie ein oder zwei zentrale Erkenntnisse“), in den Notizen zu diesem Kontakt: Der Entwurf nimmt sie auf.',
    checkInLater: 'Wenn es Ihnen recht ist, würde ich mich in ein paar Monaten gern wieder melden und von meinen Fortschritten berichten.',
    within24Hours: 'Innerhalb von 24 Stunden nach dem Gespräch senden, solange es beiden noch frisch in Erinnerung ist.',
  },
  progress: {
    subject: 'Ein kurzes Update – und danke',
    body: (advice, tried) => {
      // After "… habe ich beherzigt": a participle shares its "habe" ("und vier Bewerbungen verschickt").
      const report = tried && whatIDid(tried);
      if (advice?.form === 'past') return `Ich habe Ihren Rat beherzigt und ${advice.text}${report ? `. ${capitalize(report.sentence)}` : ''}.`;
      const lead = !advice ? '' : advice.form === 'imperative' ? `Ihren Rat, ${zuInfinitive(advice.text)}, habe ich beherzigt` : `Ihren Rat („${withoutStop(advice.text)}“) habe ich beherzigt`;
      if (lead && report) return `${lead}${report.afterHabe}.`;
      if (lead) return `${lead}, und das hilft mir schon jetzt.`;
      if (tried?.form === 'noun' || tried?.form === 'ing') return `Seit unserem Gespräch habe ich an Folgendem gearbeitet: ${tried.text}.`;
      if (tried?.form === 'sentence') return `Ich wollte Ihnen kurz berichten, was seit unserem Gespräch passiert ist. ${tried.text}`;
      if (report) return `Ich wollte Ihnen kurz berichten, was seit unserem Gespräch passiert ist: ${report.sentence}.`;
      return 'Ich wollte Ihnen kurz berichten, was seit unserem Gespräch passiert ist: Ich setze Ihre Ratschläge um, und das hilft mir schon jetzt.';
    },
    thanks: 'Nochmals vielen Dank, dass Sie sich die Zeit genommen haben. Ich würde mich freuen zu hören, wie es Ihnen geht.',
  },
  keepInTouch: {
    subject: 'Ein kurzes Update',
    body: (goal) => {
      if (!goal) return 'Seit unserem Gespräch sind ein paar Monate vergangen, und ich wollte mich noch einmal bedanken: Ihre Ratschläge helfen mir weiterhin.';
      const where = {
        imperative: `Ich möchte weiterhin ${goal.text}`,
        ing: `Ich arbeite weiter auf mein Ziel hin („${goal.text}“)`,
        noun: `Ich arbeite weiter auf mein Ziel hin (${goal.text})`,
        past: /^bin\s/.test(goal.text) ? `Ich ${goal.text}` : `Ich habe ${goal.text}`,
        sentence: '',
      }[goal.form];
      return where
        ? `Seit unserem Gespräch sind ein paar Monate vergangen, und ich wollte Ihnen erzählen, wo ich stehe: ${where}, und Ihre Ratschläge helfen mir dabei.`
        : `Seit unserem Gespräch sind ein paar Monate vergangen, und ich wollte Ihnen erzählen, wo ich stehe. ${goal.text} Ihre Ratschläge helfen mir dabei.`;
    },
    ask: (minutes) =>
      `Wenn Sie in den nächsten Wochen ${minutes} Minuten hätten, wäre mir Ihre Meinung zu meinem nächsten Schritt sehr wertvoll. Ich richte mich gern nach Ihrem Kalender.`,
  },
  mismatch: {
    subject: 'Vielen Dank für Ihre Unterstützung',
    body: (need) => {
      const opening = 'Vielen Dank für Ihre ersten Ratschläge.';
      const close = 'Ich bin Ihnen sehr dankbar für diese Klarheit.';
      if (!need) return `${opening} Durch Sie sehe ich klarer, welche Unterstützung ich als Nächstes brauche. ${close}`;
      if (need.form === 'sentence' || need.form === 'past') {
        const said = need.form === 'past' ? `${/^bin\s/.test(need.text) ? 'Ich' : 'Ich habe'} ${need.text}.` : need.text;
        return `${opening} Durch Sie sehe ich klarer, was ich als Nächstes brauche: ${said} ${close}`;
      }
      if (need.form === 'imperative') return `${opening} Durch Sie ist mir klar geworden, dass ich eigentlich jemanden brauche, der mir hilft, ${zuInfinitive(need.text)}. ${close}`;
      const someone = /^(?:jemand|eine Person|einen Mentor|eine Mentorin)\b/i.test(need.text)
        ? need.text
        : `jemanden mit mehr Erfahrung im Bereich ${need.text.replace(/^(?:die|der|das|den|dem|ein|eine|einen)\s+/i, '')}`;
      return `${opening} Durch Sie ist mir klar geworden, dass ich eigentlich ${someone} brauche. ${close}`;
    },
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

/**
 * A takeaway that can follow "über": a noun whose article is the same in the accusative ("die …",
 * "das …", "den …", or none). "der Aufbau" would need "den Aufbau": it is quoted instead.
 */
const afterUeber = ({ form, text }: TypedPhrase) => form === 'noun' && !/^(?:der|ein|kein|mein|dein|sein|unser|ihr|dem|des)\s/i.test(text);

/** What I did: after "… habe ich beherzigt" and as a sentence of its own. */
function whatIDid(tried: TypedPhrase): { afterHabe: string; sentence: string } {
  switch (tried.form) {
    case 'past':
      return /^bin\s/.test(tried.text)
        ? { afterHabe: ` und ${tried.text}`, sentence: `Ich ${tried.text}` }
        : { afterHabe: ` und ${tried.text}`, sentence: `Ich habe ${tried.text}` };
    case 'imperative':
      return { afterHabe: ` und beschlossen, ${zuInfinitive(tried.text)}`, sentence: `Ich habe beschlossen, ${zuInfinitive(tried.text)}` };
    case 'ing':
    case 'noun':
      return { afterHabe: `. Daran habe ich seitdem gearbeitet: ${tried.text}`, sentence: `Daran habe ich seitdem gearbeitet: ${tried.text}` };
    case 'sentence':
      return { afterHabe: `: ${tried.text.replace(/[.!]$/, '')}`, sentence: tried.text.replace(/[.!]$/, '') };
  }
}
