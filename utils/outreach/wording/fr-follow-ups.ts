import { tidy } from './text';
import { fr } from './french-spacing';
import { de, list, lowerFirst } from './fr';
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
    shortGoal: (goal) => fr`Si vous étiez à ma place et vouliez ${goal} dans les six prochains mois, sur quoi vous concentreriez-vous d'abord ?`,
    longGoal: (goal) => fr`Que rechercheriez-vous chez une personne qui souhaite ${goal} dans les prochaines années ?`,
    general: [
      fr`Quelle décision de votre carrière prendriez-vous autrement aujourd'hui, et pourquoi ?`,
      fr`Quelles habitudes vous ont le plus permis de progresser dans votre domaine ?`,
      fr`Auprès de qui d'autre devrais-je apprendre, et que devrais-je lui demander ?`,
    ],
  },
  thankYou: {
    subject: "Merci pour votre temps aujourd'hui",
    body: (takeaways) =>
      takeaways.length
        ? `Merci encore pour votre temps aujourd'hui. Vos conseils sur ${list(takeaways)} m'ont été très précieux, et je réfléchis déjà à la façon de les mettre en pratique.`
        : "Merci encore pour votre temps aujourd'hui, et pour avoir partagé votre expérience avec autant de générosité.",
    addTakeaways: fr`Noter une ou deux idées retenues de l'échange (le guide : « mentionnez une ou deux idées clés ») dans les notes de ce contact : le brouillon les reprendra.`,
    checkInLater: "Si cela vous convient, j'aimerais beaucoup revenir vers vous dans quelques mois pour vous donner des nouvelles de mes progrès.",
    within24Hours: "À envoyer dans les 24 heures qui suivent l'échange, tant qu'il est frais dans les deux esprits.",
  },
  progress: {
    subject: 'Quelques nouvelles, et merci',
    body: (advice, tried) => {
      if (advice && tried) return `Suivant votre conseil ${de(lowerFirst(advice))}, ${tried}.`;
      if (advice) return `Suivant votre conseil ${de(lowerFirst(advice))}, j'ai commencé à le mettre en pratique, et cela m'aide déjà.`;
      if (tried) return fr`Je voulais vous donner quelques nouvelles depuis notre échange : ${tried}.`;
      return fr`Je voulais vous donner quelques nouvelles depuis notre échange : je mets vos conseils en pratique, et cela m'aide déjà.`;
    },
    thanks: "Merci encore d'avoir pris le temps de m'aider. J'aurais plaisir à savoir comment les choses se passent pour vous aussi.",
  },
  keepInTouch: {
    subject: 'Quelques nouvelles',
    body: (goal) =>
      goal
        ? fr`Quelques mois ont passé, et je voulais vous dire où j'en suis : je continue de travailler pour ${goal}, et vos conseils m'aident toujours.`
        : "Quelques mois ont passé, et je voulais vous dire où j'en suis et vous remercier encore pour votre aide.",
    ask: (minutes) =>
      `Si vous aviez ${minutes} minutes dans les semaines à venir, votre avis sur ma prochaine étape me serait précieux. Je m'adapte volontiers à votre agenda.`,
  },
  mismatch: {
    subject: 'Merci pour vos conseils',
    body: (need) =>
      need
        ? `Merci beaucoup pour vos premiers conseils. Grâce à vous, j'ai compris que ce dont j'ai vraiment besoin, c'est d'une personne ayant une expérience plus approfondie en ${lowerFirst(need)}. Merci pour la clarté que vous m'avez apportée.`
        : "Merci beaucoup pour vos premiers conseils. Grâce à vous, je vois plus clairement de quelle aide j'ai besoin à présent. Merci pour la clarté que vous m'avez apportée.",
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
