import { tidy } from './text';
import { fr } from './french-spacing';
import { de, list } from './fr';
import { readFrenchPhrase } from './fr-phrases';
import { lowerFirstWord } from './shape';
import { capitalize } from './text';
import { type TypedPhrase, withoutStop, adviceAsSubject, takeawaysByForm } from './typed-phrase';
import type { FollowUpWords } from './types';

/** What the follow-up drafts say in French: apart from the first message's words, so that a first draft does not carry them. */
export const frenchFollowUps: FollowUpWords = {
  checkIn: {
    subject: 'Suite à mon message',
    body: (minutes, topic) =>
      fr`J'espère que vous allez bien. Je me permets de revenir vers vous au sujet de mon précédent message, dans lequel je vous demandais un échange de ${minutes} minutes` +
      (topic ? ` sur ${topic}` : '') +
      fr`. Je sais combien les agendas peuvent être chargés : aucune obligation, mais j'aimerais beaucoup échanger avec vous quand vous aurez un moment.`,
  },
  askedAbout: /(?:questions?|échange|échanger|appel|minutes|café virtuel)\s+(?:sur|au sujet de|à propos de)\s+([^.,;?!\n\u202F\u00A0]{3,80})/i,
  askedTail: /\s+(?:dans les semaines à venir|dans les prochaines semaines|quand cela vous arrange|au moment qui vous convient|à votre convenance)$/i,
  logReply: [
    'Sa réponse se trouve dans la conversation ouverte sur LinkedIn. La lire là-bas.',
    'L’enregistrer ici : la relance n’est plus utile, et l’étape suivante consiste à proposer des créneaux pour l’échange.',
  ],
  withdrawInvitation: [
    'L’invitation attend depuis trois semaines sans réponse.',
    'La retirer soi-même sur LinkedIn (Réseau, Gérer, Envoyées) : trop d’invitations en attente peuvent entraîner la restriction du compte, et une invitation retirée peut être renvoyée après trois semaines.',
    'Le conseil du guide : sans réponse, mieux vaut passer à autre chose. Consacrer son énergie au prochain message.',
  ],
  moveOn: [
    "Aucune réponse au premier message ni à la relance.",
    fr`Le conseil du guide : sans réponse, mieux vaut passer à autre chose. Clore ce contact en « Sans réponse ».`,
    "Ce n'est pas personnel : beaucoup de gens sont débordés. Mieux vaut consacrer son énergie au prochain message.",
  ],
  schedule: {
    subject: 'Merci, et un moment pour notre échange',
    thanks: (minutes) => `Merci beaucoup pour votre réponse, et d'avoir accepté un échange de ${minutes} minutes.`,
    times: fr`Je suis flexible et m'adapterai volontiers à votre agenda. Pourriez-vous m'indiquer deux ou trois créneaux qui vous conviennent dans les semaines à venir ?`,
    invite: "Dès que nous en aurons choisi un, je vous enverrai une invitation dans votre fuseau horaire.",
  },
  prep: {
    them: 'votre contact',
    summary: (minutes, who, when) => [`Échange de ${minutes} minutes avec ${who}.`, ...when].join('\n'),
    you: (when) => fr`Votre heure : ${when}`,
    theirs: (when) => fr`Heure de votre contact : ${when}`,
    locale: 'fr-FR',
    reminders: (minutes, outreach) => [
      outreach ? fr`Relire le premier message envoyé : « ${tidy(outreach)} »` : 'Relire le premier message envoyé.',
      "Être à l'heure, écouter plus que parler. Prendre des notes et rebondir sur ce qui est dit.",
      fr`Respecter les ${minutes} minutes demandées. Quelques minutes avant la fin, dire : « Je vois que nous arrivons aux ${minutes} minutes que je vous avais demandées, et je tiens à respecter votre temps. »`,
      'Terminer en remerciant, et envoyer un message de remerciement dans les 24 heures.',
    ],
  },
  questions: {
    // No past participle after "vous": it would have to agree with the reader's gender.
    hook: (hook) => fr`Quand vous avez écrit « ${hook} », quelle expérience était à l'origine de ce point de vue ?`,
    move: (from, role) => fr`Avec le recul, dans votre passage de ${from} à votre poste de ${role}, qu'auriez-vous aimé savoir avant ?`,
    role: (role) => fr`Qu'est-ce qui vous surprend le plus dans votre travail en tant que ${role} ?`,
    skill: (skill) => fr`Si vous commenciez aujourd'hui, que feriez-vous en premier pour maîtriser ${skill} ?`,
    shortGoal: (goal) =>
      goal.form === 'imperative'
        ? fr`Si vous étiez à ma place et vouliez ${goal.text} dans les six prochains mois, sur quoi vous concentreriez-vous d'abord ?`
        : goal.form === 'noun' && !goal.bare
          ? fr`Si vous étiez à ma place et travailliez sur ${goal.text} dans les six prochains mois, sur quoi vous concentreriez-vous d'abord ?`
          : '',
    longGoal: (goal) =>
      goal.form === 'imperative'
        ? fr`Que rechercheriez-vous chez une personne qui souhaite ${goal.text} dans les prochaines années ?`
        : goal.form === 'noun' && !goal.bare
          ? fr`Que rechercheriez-vous chez une personne qui vise ${goal.text} dans les prochaines années ?`
          : '',
    general: [
      fr`Quelle décision de votre carrière prendriez-vous autrement aujourd'hui, et pourquoi ?`,
      fr`Quelles habitudes vous ont le plus permis de progresser dans votre domaine ?`,
      fr`Auprès de qui d'autre devrais-je apprendre, et que devrais-je lui demander ?`,
    ],
  },
  readPhrase: readFrenchPhrase,
  thankYou: {
    subject: "Merci pour votre temps aujourd'hui",
    body: (takeaways) => {
      if (!takeaways.length) return "Merci encore pour votre temps aujourd'hui, et pour avoir partagé votre expérience avec autant de générosité.";
      const forms = takeawaysByForm(takeaways, isNamed);
      const advice = forms.advice.map(({ text }) => de(text));
      const about = forms.about.map(({ text }) => text);
      const quoted = forms.quoted.map(({ text }) => fr`« ${withoutStop(text)} »`);
      const done = forms.done.map(({ text }) => `Grâce à vous, ${text}.`);
      const { named, plural, aside } = adviceAsSubject(advice, about, { one: 'votre conseil', many: 'vos conseils', on: 'sur' }, list);
      return [
        "Merci encore pour votre temps aujourd'hui.",
        named.length
          ? `${capitalize(list(named))}${aside} ${plural ? "m'ont" : "m'a"} été très précieux, et je réfléchis déjà à la façon de ${plural ? 'les' : 'le'} mettre en pratique.`
          : '',
        quoted.length ? fr`${quoted.length > 1 ? 'Deux idées de notre échange me sont restées' : 'Une idée de notre échange m’est restée'} : ${list(quoted)}.` : '',
        ...done,
        named.length || !quoted.length ? '' : `Je réfléchis déjà à la façon de ${quoted.length > 1 ? 'les' : 'la'} mettre en pratique.`,
      ]
        .filter(Boolean)
        .join(' ');
    },
    addTakeaways: fr`Noter une ou deux idées retenues de l'échange (le guide : « mentionnez une ou deux idées clés ») dans les notes de ce contact : le brouillon les reprendra.`,
    checkInLater: "Si cela vous convient, j'aimerais beaucoup revenir vers vous dans quelques mois pour vous donner des nouvelles de mes progrès.",
    within24Hours: "À envoyer dans les 24 heures qui suivent l'échange, tant qu'il est frais dans les deux esprits.",
  },
  progress: {
    subject: 'Quelques nouvelles, et merci',
    body: (advice, tried) => {
      const report = tried && whatIDid(tried);
      if (advice?.form === 'past') return `Suivant votre conseil, ${advice.text}${report ? `, et ${report}` : ''}.`;
      const lead = advice && (advice.form === 'imperative' ? `Suivant votre conseil ${de(advice.text)}` : isNamed(advice) ? `Suivant vos conseils sur ${advice.text}` : undefined);
      if (advice && !lead) {
        return fr`Votre conseil était : « ${withoutStop(advice.text)} ». ${report ? `Depuis, ${report}.` : "J'ai commencé à le mettre en pratique, et cela m'aide déjà."}`;
      }
      if (lead && report) return `${lead}, ${report}.`;
      if (lead) return `${lead}, j'ai commencé à ${advice?.form === 'noun' ? 'les' : 'le'} mettre en pratique, et cela m'aide déjà.`;
      if (tried?.form === 'noun') return tried.bare ? fr`Depuis notre échange, j'ai travaillé sur « ${tried.text} ».` : `Depuis notre échange, j'ai travaillé sur ${tried.text}.`;
      if (tried?.form === 'sentence') return `Je voulais vous donner quelques nouvelles depuis notre échange. ${tried.text}`;
      if (report) return fr`Je voulais vous donner quelques nouvelles depuis notre échange : ${report}.`;
      return fr`Je voulais vous donner quelques nouvelles depuis notre échange : je mets vos conseils en pratique, et cela m'aide déjà.`;
    },
    thanks: "Merci encore d'avoir pris le temps de m'aider. J'aurais plaisir à savoir comment les choses se passent pour vous aussi.",
  },
  keepInTouch: {
    subject: 'Quelques nouvelles',
    body: (goal) => {
      if (!goal) return "Quelques mois ont passé depuis notre échange, et je voulais vous remercier encore : vos conseils m'aident toujours.";
      const where = {
        imperative: `je continue de travailler pour ${goal.text}`,
        ing: `je continue d'avancer ${goal.text}`,
        noun: goal.bare ? fr`je continue de travailler vers mon objectif (« ${goal.text} »)` : `je continue de travailler sur ${goal.text}`,
        past: goal.text,
        sentence: '',
      }[goal.form];
      return where
        ? fr`Quelques mois ont passé, et je voulais vous dire où j'en suis : ${where}, et vos conseils m'aident toujours.`
        : `Quelques mois ont passé, et je voulais vous dire où j'en suis. ${goal.text} Vos conseils m'aident toujours.`;
    },
    ask: (minutes) =>
      `Si vous aviez ${minutes} minutes dans les semaines à venir, votre avis sur ma prochaine étape me serait précieux. Je m'adapte volontiers à votre agenda.`,
  },
  mismatch: {
    subject: 'Merci pour vos conseils',
    body: (need) => {
      const opening = 'Merci beaucoup pour vos premiers conseils.';
      const close = "Merci pour la clarté que vous m'avez apportée.";
      if (!need) return `${opening} Grâce à vous, je vois plus clairement de quelle aide j'ai besoin à présent. ${close}`;
      if (need.form === 'sentence' || need.form === 'past' || need.form === 'ing') {
        const said = need.form === 'past' ? `${need.text}.` : need.form === 'ing' ? fr`« ${need.text} ».` : lowerFirstWord(need.text);
        return fr`${opening} Grâce à vous, je vois plus clairement ce dont j'ai besoin à présent : ${said} ${close}`;
      }
      const someone =
        need.form === 'imperative'
          ? `d'une personne qui puisse m'aider à ${need.text}`
          : /^(?:quelqu'un|une personne|un mentor|une mentore)\b/i.test(need.text)
            ? de(need.text)
            : `d'une personne ayant une expérience plus approfondie ${need.bare ? 'en' : 'dans'} ${need.text}`;
      return `${opening} Grâce à vous, j'ai compris que ce dont j'ai vraiment besoin, c'est ${someone}. ${close}`;
    },
  },
  naturalEnd: {
    subject: 'Merci',
    periodYear: "l'année écoulée",
    periodMonths: 'ces derniers mois',
    periodUnknown: 'nos échanges',
    body: (period) =>
      `J'ai le sentiment d'avoir énormément progressé grâce à vos conseils tout au long de ${period}. J'ai atteint les objectifs que nous nous étions fixés, et je ne saurais assez vous remercier. J'aimerais beaucoup rester en contact alors que j'aborde cette nouvelle étape.`,
  },
};

/** A takeaway or an advice that can follow "sur": a noun with its article. The rest is quoted. */
const isNamed = ({ form, bare }: TypedPhrase) => form === 'noun' && !bare;

/** What I did, as a clause after "Suivant votre conseil de …,": "j'ai envoyé quatre candidatures". */
function whatIDid(tried: TypedPhrase): string {
  switch (tried.form) {
    case 'past':
      return tried.text;
    case 'imperative':
      return `j'ai décidé ${de(tried.text)}`;
    case 'ing':
      return `j'ai avancé ${tried.text}`;
    case 'noun':
      return tried.bare ? fr`voici ce sur quoi j'ai travaillé : « ${tried.text} »` : fr`voici ce sur quoi j'ai travaillé : ${tried.text}`;
    case 'sentence':
      return fr`voici où j'en suis : ${lowerFirstWord(tried.text.replace(/[.!]$/, ''))}`;
  }
}
