/** The checker in French: the guide's findings said to the mentee ("vous") and the French ways of breaking its rules. */
import type { FindingId } from './types';
import { fr } from '../wording/french-spacing';
import { frenchAsks } from './asks';
import { type CheckWords, type Explained, commonPlaceholders, wordPattern as w } from './types';

const thin = '\u202F';
const quoted = (phrase: string) => `«${thin}${phrase}${thin}»`;

const explanations: Record<FindingId, (detail: string) => Explained> = {
  empty: () => ({ severity: 'error', message: 'Le message est vide.', advice: 'Votre message doit être respectueux, personnel et précis.' }),
  'mentorship-ask': (phrase) => ({
    severity: 'error',
    message: `${quoted(phrase)} lui demande de devenir votre mentor.`,
    advice: `La règle d'or${thin}: ne demandez pas ${quoted(`Voulez-vous être mon mentor${thin}?`)} Cela suppose un engagement énorme et flou. Demandez un peu de son temps, limité et précis, pour parler d'un sujet donné.`,
  }),
  'sponsorship-ask': (phrase) => ({
    severity: 'error',
    message: `${quoted(phrase)} lui demande de vous recommander avant de connaître votre travail.`,
    advice: `Un mentor recommande quelqu'un pour un projet ou un poste une fois qu'il a confiance en son travail${thin}; une personne qui ne vous connaît pas ne peut pas se porter garante d'un travail qu'elle n'a pas vu. Demandez 15 à 20 minutes pour comprendre son parcours, ou ce que le poste demande. La recommandation pourra venir plus tard, d'elle-même.`,
  }),
  'no-hook': () => ({
    severity: 'warning',
    message: 'Rien dans le message ne concerne cette personne en particulier.',
    advice:
      fr`Montrez que vous connaissez son travail : citez un article qu'elle a écrit, une intervention qu'elle a donnée ou un projet qu'elle a mené et qui vous a parlé. Un message générique est ignoré.`,
  }),
  'no-time-box': () => ({
    severity: 'warning',
    message: "La demande n'a pas de durée.",
    advice: 'Demandez un temps court et limité pour un objectif précis, par exemple un café virtuel de 15 à 20 minutes.',
  }),
  'big-ask': (phrase) => ({
    severity: 'warning',
    message: `${quoted(phrase)} demande plus de temps, ou un engagement plus long, qu'un premier message ne le devrait.`,
    advice: `Engagez la conversation${thin}: demandez un peu de son temps, limité et précis, comme un échange de 15 à 20 minutes. Une relation suivie pourra naître ensuite, de son côté.`,
  }),
  pushy: (phrase) => ({
    severity: 'warning',
    message: `${quoted(phrase)} lui met la pression.`,
    advice: `Respectez son temps et soyez flexible${thin}: ${quoted("Je m'adapte volontiers à votre agenda.")} Une échéance ou un appel qu'elle n'a pas accepté se lisent comme une pression.`,
  }),
  'employer-only': (company) => ({
    severity: 'warning',
    message: `La seule chose que vous dites de cette personne, c'est qu'elle travaille chez ${company}${thin}: des milliers de personnes aussi.`,
    advice: "Citez un article qu'elle a écrit, une intervention qu'elle a donnée ou un projet qu'elle a mené et qui vous a parlé.",
  }),
  'same-as-saved': (who) => ({
    severity: 'warning',
    message: `Ce message est presque identique à celui que vous avez enregistré pour ${who}.`,
    advice: fr`Un message générique est ignoré : rendez l'ouverture et la raison de votre message propres à cette personne.`,
  }),
  'no-citable-hook': () => ({
    severity: 'warning',
    message: fr`Rien sur son profil n'est assez précis pour être cité : l'ouverture reste générale.`,
    advice: `Citez un article, une intervention ou un projet${thin}: choisissez ${quoted('Autre chose')} et décrivez-le avec vos mots.`,
  }),
  'no-introduction': () => ({
    severity: 'warning',
    message: 'Le message ne dit pas qui vous êtes.',
    advice: `Présentez-vous en quelques mots${thin}: votre poste, votre organisation et ce sur quoi vous travaillez. Ajoutez une présentation d'une ligne dans ${quoted('Moi')}.`,
  }),
  'intro-left-out': (limit) => ({
    severity: 'warning',
    message: `${limit} caractères ne laissaient pas la place de dire qui vous êtes.`,
    advice: `Raccourcissez le début de votre présentation dans ${quoted('Moi')} (${quoted('responsable logistique chez Rhône Colis')}) ou le sujet de vos questions, pour que la note puisse dire les deux.`,
  }),
  'no-why-them': () => ({
    severity: 'tip',
    message: fr`Rien sur son profil ne correspond au mentor que vous cherchez : le brouillon ne dit donc pas pourquoi vous la choisissez.`,
    advice: "Reliez votre objectif à son expérience avec vos mots, ou cherchez une personne dont l'expérience correspond à vos objectifs.",
  }),
  'me-in-other-language': () => ({
    severity: 'warning',
    message: `Qui vous êtes et ce que vous voulez demander viennent de ${quoted('Moi')}, où c'est écrit dans une autre langue que ce message.`,
    advice: `Écrivez-le dans la langue du message dans les parties ci-dessous (ou rédigez dans la langue de ${quoted('Moi')}) avant de l'envoyer.`,
  }),
  'no-persona': () => ({
    severity: 'tip',
    message: `Le brouillon ne peut pas dire pourquoi vous la choisissez${thin}: ${quoted('Moi')} ne décrit pas encore le mentor que vous cherchez.`,
    advice: `Décrivez dans ${quoted('Moi')} l'expérience et les compétences que vous cherchez chez un mentor${thin}; le brouillon nommera ce qu'elle a en commun avec.`,
  }),

  'no-easy-yes': () => ({
    severity: 'warning',
    message: 'Rien ne lui facilite le oui.',
    advice: `Terminez en montrant du respect pour son temps et de la souplesse${thin}: ${quoted("Je m'adapte volontiers à votre agenda.")}`,
  }),
  'over-limit': (detail) => ({
    severity: 'error',
    message: `Le message est trop long pour ce canal${thin}: ${detail}.`,
    advice: fr`Gardez la référence précise et la demande ; raccourcissez le reste.`,
  }),
  'subject-over-limit': (detail) => ({
    severity: 'error',
    message: `L'objet est trop long pour ce canal${thin}: ${detail}.`,
    advice: `Un objet clair et professionnel est court${thin}: ${quoted('Question sur votre expérience de la croissance SaaS')}.`,
  }),
  'subject-missing': () => ({
    severity: 'warning',
    message: "L'objet est vide.",
    advice: `Utilisez un objet clair et professionnel, comme ${quoted('Question sur votre expérience de la croissance SaaS')}.`,
  }),
  'generic-opener': (phrase) => ({
    severity: 'warning',
    message: `${quoted(phrase)} est une ouverture passe-partout.`,
    advice: "Ouvrez sur quelque chose de précis qui vient d'elle et qui vous a parlé, pour qu'elle voie que vous avez pris le temps de regarder son travail.",
  }),
  placeholder: (phrase) => ({
    severity: 'error',
    message: `${quoted(phrase)} ressemble à un blanc jamais rempli.`,
    advice: `Remplacez-le par les vrais mots avant l'envoi${thin}: un message à trous se lit comme générique.`,
  }),
  idiom: (phrase) => ({
    severity: 'tip',
    message: `${quoted(phrase)} est une expression qui peut mal passer d'une culture à l'autre.`,
    advice: `Attention aux expressions toutes faites, à l'argot et à l'humour, qui se traduisent mal${thin}; dites-le simplement.`,
  }),
};

export const frenchChecks: CheckWords = {
  explanations,
  limitDetail: (length, most) => `${length} caractères, ${most} au maximum`,
  mentorshipAsks: frenchAsks,
  timeBoxes: w(String.raw`\b(?:\d{1,2}|cinq|dix|quinze|vingt|trente)\s?(?:minutes?|min)\b`),
  bigAsks: [
    w(String.raw`\b(?:pendant|durant|d'|pour|prendre|consacrer|m'accorder|réserver)\s*(?:une|1)\s+heure\b`),
    w(String.raw`\bheure entière\b`),
    w(String.raw`\b(?:45|60|90)\s?minutes\b`),
    w(String.raw`\b(?:chaque|toutes les|tous les)\s+(?:(?:deux|trois)\s+)?(?:semaine|semaines|mois|quinze jours)\b`),
    w(String.raw`\b(?:appels?|réunions?|sessions?|échanges?|rendez-vous)\s+(?:hebdomadaires?|mensuel(?:le)?s?|réguliers?|régulières?|récurrents?|récurrentes?)\b`),
    w(String.raw`\b(?:de façon|de manière)\s+(?:régulière|suivie)\b`),
    w(String.raw`\b(?:relation|accompagnement|mentorat|engagement|suivi)\s+(?:sur le long terme|à long terme|durable)\b`),
  ],
  pushy: [
    w(String.raw`\bje vous (?:appellerai|rappellerai|écrirai|relancerai)\b[^.?!]*`),
    w(String.raw`\bquoi qu'il en soit\b|\bdans tous les cas\b`),
    w(String.raw`\b(?:avant|d'ici)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|la fin de la journée|la fin de la semaine)\b`),
    w(String.raw`\b(?:répondez|répondre|réponse)\s+(?:au plus vite|rapidement|aujourd'hui|dès que possible|d'urgence)\b[^.?!]*`),
    w(String.raw`\b(?:urgent|urgente|urgence|au plus vite|dès que possible|asap|date limite)\b`),
  ],
  easierWay: w(String.raw`\b(?:si vous (?:le )?préférez|si c'est plus (?:simple|facile|pratique)|plutôt qu'un appel|à la place|tout autant|aussi utile|aussi bien)\b`),
  easyYes: w(
    String.raw`\b(?:flexible|votre agenda|votre emploi du temps|votre calendrier|vous convient|vous conviennent|vous arrange|à votre convenance|quand vous (?:voulez|pouvez|aurez)|aucune obligation|sans (?:aucune )?obligation|aucun (?:souci|problème)|je comprendrais|votre temps|si cela vous convient|je m'adapte|m'adapterai)\b`,
  ),
  genericOpeners: [
    w(String.raw`\bj'espère que (?:ce|mon) (?:message|mail|courriel) vous trouve(?: en)? (?:bien|bonne santé)\b`),
    w(String.raw`\b(?:je souhaiterais|j'aimerais|je voudrais) vous ajouter à mon réseau(?: professionnel)?\b`),
    w(String.raw`\bà qui de droit\b`),
    w(String.raw`\bmadame,? monsieur\b`),
    w(String.raw`\bje suis tombée? sur votre profil\b`),
    w(String.raw`\bje me permets de me présenter\b`),
  ],
  placeholders: [...commonPlaceholders, w(String.raw`^\s*(?:bonjour|cher|chère|madame|monsieur)\s+,`)],
  idioms: w(
    String.raw`\b(?:au jour d'aujourd'hui|sortir des sentiers battus|gagnant-gagnant|win-win|quick win|c'est du gâteau|mettre les points sur les i|faire un point rapide|ASAP|FYI|stp|mdr|bcp)\b`,
  ),
  commonWords: new Set('le la les des de du et avec pour dans est une un mon ma mes votre vos que qui sur au aux ce cette vous je'.split(' ')),
  shared: w(String.raw`\b(?:moi aussi (?:étudié|travaillé)|même établissement|même entreprise|point commun)\b`),
  theirWork: w(
    String.raw`\b(?:votre|vos)\s+(?:(?:récente?|dernière?|nouvel(?:le)?|nouveau)\s+)?(?:article|intervention|conférence|publication|publications|livre|podcast|épisode|projet|recherche|présentation|entretien|webinaire|contenu|newsletter|vidéo|cours|thèse|étude|rapport|essai|passage chez|engagement bénévole)\b|\bla phrase de votre profil\b|\bce que vous écrivez\b|\bla distinction\b`,
  ),
  theirRole: w(String.raw`\bvotre\s+(?:parcours|poste actuel|travail\s+(?:en tant que|chez|sur|de))\b`),
  workAt: w(String.raw`\bvotre travail chez\s+([^.,;!?]+)`),
  greeting: w(String.raw`^\s*(?:bonjour|bonsoir|cher|chère|madame|monsieur)\b[^,\n]{0,60},`),
};
