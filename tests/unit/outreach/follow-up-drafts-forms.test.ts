import { describe, expect, it } from 'vitest';
import { draftFollowUp, prepQuestions } from '@/utils/outreach/follow-up-drafts';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { mes, people } from './people';
import { nativeMes } from './people-i18n';

/**
 * The user's words in whatever form they type them, in every follow-up that takes them: advice as
 * an imperative or an infinitive, an -ing phrase (a gerund), a noun phrase, a whole sentence (said
 * by someone: "She said I should start small."), a past clause; each row holds the same words
 * typed several ways (a capital, a full stop, a wish or a messenger before them), which must all
 * give the paragraph shown, exactly: the one that carries the words, as the mentor reads it.
 * The thank-you takes them as a takeaway, the progress update as the advice (what I did is
 * `tried` below) and as what I did (the advice is `advice` below), the mismatch note as what I
 * need instead; Me's goal goes into the keep-in-touch update and a question to prepare the chat.
 */
interface Row {
  typed: string[];
  thankYou: string;
  advice: string;
  tried: string;
  mismatch: string;
}
interface GoalRow {
  typed: string[];
  keepInTouch: string;
  /** The question on my goal among those to prepare the chat, or none when no question fits the form. */
  question: string;
}
interface Table {
  /** The other field of the progress update while one is varied. */
  advice: string;
  tried: string;
  forms: Record<string, Row>;
  goals: Record<string, GoalRow>;
}

const tables: Record<DraftLanguage, Table> = {
  en: {
    advice: 'start with one workflow',
    tried: 'sent four applications',
    forms: {
      "imperative": {
        typed: ["start with one workflow", "Start with one workflow.", "To start with one workflow", "You should start with one workflow"],
        thankYou: "Thank you again for your time today. Your advice to start with one workflow was incredibly helpful, and I am already thinking about how to put it into practice.",
        advice: "Following your advice to start with one workflow, I sent four applications.",
        tried: "Following your advice to start with one workflow, I decided to start with one workflow.",
        mismatch: "Thank you so much for your initial guidance. You've helped me realize that what I actually need is someone who can help me start with one workflow. I'm so grateful for the clarity you've provided.",
      },
      "imperative with an aside": {
        typed: ["start with one workflow, not the whole ward", "Start with one workflow, not the whole ward."],
        thankYou: "Thank you again for your time today. Your advice to start with one workflow, not the whole ward, was incredibly helpful, and I am already thinking about how to put it into practice.",
        advice: "Following your advice to start with one workflow, not the whole ward, I sent four applications.",
        tried: "Following your advice to start with one workflow, I decided to start with one workflow, not the whole ward.",
        mismatch: "Thank you so much for your initial guidance. You've helped me realize that what I actually need is someone who can help me start with one workflow, not the whole ward. I'm so grateful for the clarity you've provided.",
      },
      "negative": {
        typed: ["Don't chase every stakeholder", "don't chase every stakeholder."],
        thankYou: "Thank you again for your time today. Your advice not to chase every stakeholder was incredibly helpful, and I am already thinking about how to put it into practice.",
        advice: "Following your advice not to chase every stakeholder, I sent four applications.",
        tried: "Following your advice to start with one workflow, I decided not to chase every stakeholder.",
        mismatch: "Thank you so much for your initial guidance. You've helped me realize that what I actually need is someone who can help me not chase every stakeholder. I'm so grateful for the clarity you've provided.",
      },
      "ing": {
        typed: ["starting with one workflow", "Starting with one workflow."],
        thankYou: "Thank you again for your time today. Your advice on starting with one workflow was incredibly helpful, and I am already thinking about how to put it into practice.",
        advice: "Following your advice on starting with one workflow, I sent four applications.",
        tried: "Following your advice to start with one workflow, I have been starting with one workflow.",
        mismatch: "Thank you so much for your initial guidance. You've helped me realize that what I actually need is someone with deeper experience in starting with one workflow. I'm so grateful for the clarity you've provided.",
      },
      "noun": {
        typed: ["the one-workflow rule", "The one-workflow rule."],
        thankYou: "Thank you again for your time today. Your advice on the one-workflow rule was incredibly helpful, and I am already thinking about how to put it into practice.",
        advice: "Following your advice on the one-workflow rule, I sent four applications.",
        tried: "Following your advice to start with one workflow, here is what I have worked on: the one-workflow rule.",
        mismatch: "Thank you so much for your initial guidance. You've helped me realize that what I actually need is someone with deeper experience in the one-workflow rule. I'm so grateful for the clarity you've provided.",
      },
      "reported sentence": {
        typed: ["She said I should start small.", "she said I should start small", "told me to start small"],
        thankYou: "Thank you again for your time today. Your advice to start small was incredibly helpful, and I am already thinking about how to put it into practice.",
        advice: "Following your advice to start small, I sent four applications.",
        tried: "Following your advice to start with one workflow, I decided to start small.",
        mismatch: "Thank you so much for your initial guidance. You've helped me realize that what I actually need is someone who can help me start small. I'm so grateful for the clarity you've provided.",
      },
      "sentence": {
        typed: ["Clinicians adopt what saves them a click.", "clinicians adopt what saves them a click"],
        thankYou: "Thank you again for your time today. One thing you said has stayed with me: \"Clinicians adopt what saves them a click.\" I am already thinking about how to put it into practice.",
        advice: "You told me: \"Clinicians adopt what saves them a click.\" Since then, I sent four applications.",
        tried: "Following your advice to start with one workflow, here is what happened: clinicians adopt what saves them a click.",
        mismatch: "Thank you so much for your initial guidance. You've helped me see more clearly what I need next. Clinicians adopt what saves them a click. I'm so grateful for the clarity you've provided.",
      },
      "past": {
        typed: ["sent four applications", "Sent four applications.", "I sent four applications."],
        thankYou: "Thank you again for your time today. Thanks to you, I sent four applications.",
        advice: "Following your advice, I sent four applications, and I sent four applications.",
        tried: "Following your advice to start with one workflow, I sent four applications.",
        mismatch: "Thank you so much for your initial guidance. You've helped me see more clearly what I need next. I sent four applications. I'm so grateful for the clarity you've provided.",
      },
    },
    goals: {
      "verb": {
        typed: ["finish a health informatics certificate", "Finish a health informatics certificate.", "I want to finish a health informatics certificate"],
        keepInTouch: "It has been a couple of months, so I wanted to share where I am: I am still working to finish a health informatics certificate, and your advice keeps helping.",
        question: "What would you look for in someone who hopes to finish a health informatics certificate in the next few years?",
      },
      "noun": {
        typed: ["a health informatics certificate", "A health informatics certificate."],
        keepInTouch: "It has been a couple of months, so I wanted to share where I am: I am still working on a health informatics certificate, and your advice keeps helping.",
        question: "What would you look for in someone working towards a health informatics certificate in the next few years?",
      },
      "ing": {
        typed: ["finishing a health informatics certificate", "I'm finishing a health informatics certificate."],
        keepInTouch: "It has been a couple of months, so I wanted to share where I am: I am still finishing a health informatics certificate, and your advice keeps helping.",
        question: "What would you look for in someone working towards finishing a health informatics certificate in the next few years?",
      },
    },
  },
  es: {
    advice: 'empezar por un solo flujo',
    tried: 'envié cuatro candidaturas',
    forms: {
      "imperative": {
        typed: ["empezar por un solo flujo", "Empezar por un solo flujo.", "Empieza por un solo flujo", "empiece por un solo flujo."],
        thankYou: "Muchas gracias de nuevo por su tiempo hoy. Su consejo de empezar por un solo flujo me ha resultado de gran ayuda, y ya estoy pensando en cómo ponerlo en práctica.",
        advice: "Siguiendo su consejo de empezar por un solo flujo, envié cuatro candidaturas.",
        tried: "Siguiendo su consejo de empezar por un solo flujo, decidí empezar por un solo flujo.",
        mismatch: "Muchas gracias por su orientación inicial. Gracias a usted me he dado cuenta de que lo que realmente necesito es alguien que me ayude a empezar por un solo flujo. Le agradezco mucho la claridad que me ha aportado.",
      },
      "imperative with an aside": {
        typed: ["empezar por un solo flujo, no por toda la planta", "Empezar por un solo flujo, no por toda la planta."],
        thankYou: "Muchas gracias de nuevo por su tiempo hoy. Su consejo de empezar por un solo flujo, no por toda la planta, me ha resultado de gran ayuda, y ya estoy pensando en cómo ponerlo en práctica.",
        advice: "Siguiendo su consejo de empezar por un solo flujo, no por toda la planta, envié cuatro candidaturas.",
        tried: "Siguiendo su consejo de empezar por un solo flujo, decidí empezar por un solo flujo, no por toda la planta.",
        mismatch: "Muchas gracias por su orientación inicial. Gracias a usted me he dado cuenta de que lo que realmente necesito es alguien que me ayude a empezar por un solo flujo, no por toda la planta. Le agradezco mucho la claridad que me ha aportado.",
      },
      "ing": {
        typed: ["empezando por un solo flujo", "Empezando por un solo flujo."],
        thankYou: "Muchas gracias de nuevo por su tiempo hoy. Una idea de nuestra conversación se me ha quedado: «empezando por un solo flujo». Ya estoy pensando en cómo ponerla en práctica.",
        advice: "Su consejo fue: «empezando por un solo flujo». Desde entonces, envié cuatro candidaturas.",
        tried: "Siguiendo su consejo de empezar por un solo flujo, he estado empezando por un solo flujo.",
        mismatch: "Muchas gracias por su orientación inicial. Gracias a usted veo con más claridad lo que necesito ahora: «empezando por un solo flujo». Le agradezco mucho la claridad que me ha aportado.",
      },
      "noun": {
        typed: ["la regla del flujo único", "La regla del flujo único."],
        thankYou: "Muchas gracias de nuevo por su tiempo hoy. Sus consejos sobre la regla del flujo único me han resultado de gran ayuda, y ya estoy pensando en cómo ponerlos en práctica.",
        advice: "Siguiendo sus consejos sobre la regla del flujo único, envié cuatro candidaturas.",
        tried: "Siguiendo su consejo de empezar por un solo flujo, esto es en lo que he trabajado: la regla del flujo único.",
        mismatch: "Muchas gracias por su orientación inicial. Gracias a usted me he dado cuenta de que lo que realmente necesito es alguien con más experiencia en la regla del flujo único. Le agradezco mucho la claridad que me ha aportado.",
      },
      "reported sentence": {
        typed: ["Me dijo que debía empezar poco a poco.", "me aconsejó empezar poco a poco"],
        thankYou: "Muchas gracias de nuevo por su tiempo hoy. Su consejo de empezar poco a poco me ha resultado de gran ayuda, y ya estoy pensando en cómo ponerlo en práctica.",
        advice: "Siguiendo su consejo de empezar poco a poco, envié cuatro candidaturas.",
        tried: "Siguiendo su consejo de empezar por un solo flujo, decidí empezar poco a poco.",
        mismatch: "Muchas gracias por su orientación inicial. Gracias a usted me he dado cuenta de que lo que realmente necesito es alguien que me ayude a empezar poco a poco. Le agradezco mucho la claridad que me ha aportado.",
      },
      "sentence": {
        typed: ["Los clínicos adoptan lo que les ahorra un clic.", "los clínicos adoptan lo que les ahorra un clic."],
        thankYou: "Muchas gracias de nuevo por su tiempo hoy. Una idea de nuestra conversación se me ha quedado: «Los clínicos adoptan lo que les ahorra un clic». Ya estoy pensando en cómo ponerla en práctica.",
        advice: "Su consejo fue: «Los clínicos adoptan lo que les ahorra un clic». Desde entonces, envié cuatro candidaturas.",
        tried: "Siguiendo su consejo de empezar por un solo flujo, le cuento cómo voy: los clínicos adoptan lo que les ahorra un clic.",
        mismatch: "Muchas gracias por su orientación inicial. Gracias a usted veo con más claridad lo que necesito ahora: los clínicos adoptan lo que les ahorra un clic. Le agradezco mucho la claridad que me ha aportado.",
      },
      "past": {
        typed: ["envié cuatro candidaturas", "Envié cuatro candidaturas.", "Yo envié cuatro candidaturas."],
        thankYou: "Muchas gracias de nuevo por su tiempo hoy. Gracias a usted, envié cuatro candidaturas.",
        advice: "Siguiendo su consejo, envié cuatro candidaturas, y envié cuatro candidaturas.",
        tried: "Siguiendo su consejo de empezar por un solo flujo, envié cuatro candidaturas.",
        mismatch: "Muchas gracias por su orientación inicial. Gracias a usted veo con más claridad lo que necesito ahora: envié cuatro candidaturas. Le agradezco mucho la claridad que me ha aportado.",
      },
    },
    goals: {
      "verb": {
        typed: ["terminar un certificado en informática de la salud", "Quiero terminar un certificado en informática de la salud."],
        keepInTouch: "Han pasado un par de meses y quería contarle en qué punto estoy: sigo trabajando para terminar un certificado en informática de la salud, y sus consejos me siguen ayudando.",
        question: "¿Qué buscaría en alguien que aspira a terminar un certificado en informática de la salud en los próximos años?",
      },
      "noun": {
        typed: ["un certificado en informática de la salud", "Un certificado en informática de la salud."],
        keepInTouch: "Han pasado un par de meses y quería contarle en qué punto estoy: sigo trabajando en un certificado en informática de la salud, y sus consejos me siguen ayudando.",
        question: "¿Qué buscaría en alguien que aspira a un certificado en informática de la salud en los próximos años?",
      },
      "ing": {
        typed: ["preparando un certificado en informática de la salud"],
        keepInTouch: "Han pasado un par de meses y quería contarle en qué punto estoy: sigo preparando un certificado en informática de la salud, y sus consejos me siguen ayudando.",
        question: "",
      },
    },
  },
  fr: {
    advice: 'commencer par un seul flux',
    tried: "j'ai envoyé quatre candidatures",
    forms: {
      "imperative": {
        typed: ["commencer par un seul flux", "Commencer par un seul flux.", "Commencez par un seul flux", "je devrais commencer par un seul flux"],
        thankYou: "Merci encore pour votre temps aujourd'hui. Votre conseil de commencer par un seul flux m'a été très précieux, et je réfléchis déjà à la façon de le mettre en pratique.",
        advice: "Suivant votre conseil de commencer par un seul flux, j'ai envoyé quatre candidatures.",
        tried: "Suivant votre conseil de commencer par un seul flux, j'ai décidé de commencer par un seul flux.",
        mismatch: "Merci beaucoup pour vos premiers conseils. Grâce à vous, j'ai compris que ce dont j'ai vraiment besoin, c'est d'une personne qui puisse m'aider à commencer par un seul flux. Merci pour la clarté que vous m'avez apportée.",
      },
      "imperative with an aside": {
        typed: ["commencer par un seul flux, pas par tout le service", "Commencer par un seul flux, pas par tout le service."],
        thankYou: "Merci encore pour votre temps aujourd'hui. Votre conseil de commencer par un seul flux, pas par tout le service, m'a été très précieux, et je réfléchis déjà à la façon de le mettre en pratique.",
        advice: "Suivant votre conseil de commencer par un seul flux, pas par tout le service, j'ai envoyé quatre candidatures.",
        tried: "Suivant votre conseil de commencer par un seul flux, j'ai décidé de commencer par un seul flux, pas par tout le service.",
        mismatch: "Merci beaucoup pour vos premiers conseils. Grâce à vous, j'ai compris que ce dont j'ai vraiment besoin, c'est d'une personne qui puisse m'aider à commencer par un seul flux, pas par tout le service. Merci pour la clarté que vous m'avez apportée.",
      },
      "ing": {
        typed: ["en commençant par un seul flux", "En commençant par un seul flux."],
        thankYou: "Merci encore pour votre temps aujourd'hui. Une idée de notre échange m’est restée : « en commençant par un seul flux ». Je réfléchis déjà à la façon de la mettre en pratique.",
        advice: "Votre conseil était : « en commençant par un seul flux ». Depuis, j'ai envoyé quatre candidatures.",
        tried: "Suivant votre conseil de commencer par un seul flux, j'ai avancé en commençant par un seul flux.",
        mismatch: "Merci beaucoup pour vos premiers conseils. Grâce à vous, je vois plus clairement ce dont j'ai besoin à présent : « en commençant par un seul flux ». Merci pour la clarté que vous m'avez apportée.",
      },
      "noun": {
        typed: ["la règle du flux unique", "La règle du flux unique."],
        thankYou: "Merci encore pour votre temps aujourd'hui. Vos conseils sur la règle du flux unique m'ont été très précieux, et je réfléchis déjà à la façon de les mettre en pratique.",
        advice: "Suivant vos conseils sur la règle du flux unique, j'ai envoyé quatre candidatures.",
        tried: "Suivant votre conseil de commencer par un seul flux, voici ce sur quoi j'ai travaillé : la règle du flux unique.",
        mismatch: "Merci beaucoup pour vos premiers conseils. Grâce à vous, j'ai compris que ce dont j'ai vraiment besoin, c'est d'une personne ayant une expérience plus approfondie dans la règle du flux unique. Merci pour la clarté que vous m'avez apportée.",
      },
      "reported sentence": {
        typed: ["Elle m'a conseillé de commencer petit.", "m'a conseillé de commencer petit"],
        thankYou: "Merci encore pour votre temps aujourd'hui. Votre conseil de commencer petit m'a été très précieux, et je réfléchis déjà à la façon de le mettre en pratique.",
        advice: "Suivant votre conseil de commencer petit, j'ai envoyé quatre candidatures.",
        tried: "Suivant votre conseil de commencer par un seul flux, j'ai décidé de commencer petit.",
        mismatch: "Merci beaucoup pour vos premiers conseils. Grâce à vous, j'ai compris que ce dont j'ai vraiment besoin, c'est d'une personne qui puisse m'aider à commencer petit. Merci pour la clarté que vous m'avez apportée.",
      },
      "sentence": {
        typed: ["Les soignants adoptent ce qui leur fait gagner un clic.", "les soignants adoptent ce qui leur fait gagner un clic."],
        thankYou: "Merci encore pour votre temps aujourd'hui. Une idée de notre échange m’est restée : « Les soignants adoptent ce qui leur fait gagner un clic ». Je réfléchis déjà à la façon de la mettre en pratique.",
        advice: "Votre conseil était : « Les soignants adoptent ce qui leur fait gagner un clic ». Depuis, j'ai envoyé quatre candidatures.",
        tried: "Suivant votre conseil de commencer par un seul flux, voici où j'en suis : les soignants adoptent ce qui leur fait gagner un clic.",
        mismatch: "Merci beaucoup pour vos premiers conseils. Grâce à vous, je vois plus clairement ce dont j'ai besoin à présent : les soignants adoptent ce qui leur fait gagner un clic. Merci pour la clarté que vous m'avez apportée.",
      },
      "past": {
        typed: ["envoyé quatre candidatures", "J'ai envoyé quatre candidatures.", "j'ai envoyé quatre candidatures"],
        thankYou: "Merci encore pour votre temps aujourd'hui. Grâce à vous, j'ai envoyé quatre candidatures.",
        advice: "Suivant votre conseil, j'ai envoyé quatre candidatures, et j'ai envoyé quatre candidatures.",
        tried: "Suivant votre conseil de commencer par un seul flux, j'ai envoyé quatre candidatures.",
        mismatch: "Merci beaucoup pour vos premiers conseils. Grâce à vous, je vois plus clairement ce dont j'ai besoin à présent : j'ai envoyé quatre candidatures. Merci pour la clarté que vous m'avez apportée.",
      },
    },
    goals: {
      "verb": {
        typed: ["terminer un certificat en informatique de santé", "Je voudrais terminer un certificat en informatique de santé."],
        keepInTouch: "Quelques mois ont passé, et je voulais vous dire où j'en suis : je continue de travailler pour terminer un certificat en informatique de santé, et vos conseils m'aident toujours.",
        question: "Que rechercheriez-vous chez une personne qui souhaite terminer un certificat en informatique de santé dans les prochaines années ?",
      },
      "noun": {
        typed: ["un certificat en informatique de santé", "Un certificat en informatique de santé."],
        keepInTouch: "Quelques mois ont passé, et je voulais vous dire où j'en suis : je continue de travailler sur un certificat en informatique de santé, et vos conseils m'aident toujours.",
        question: "Que rechercheriez-vous chez une personne qui vise un certificat en informatique de santé dans les prochaines années ?",
      },
      "ing": {
        typed: ["en préparant un certificat en informatique de santé"],
        keepInTouch: "Quelques mois ont passé, et je voulais vous dire où j'en suis : je continue d'avancer en préparant un certificat en informatique de santé, et vos conseils m'aident toujours.",
        question: "",
      },
    },
  },
  de: {
    advice: 'mit einem Ablauf anfangen',
    tried: 'vier Bewerbungen verschickt',
    forms: {
      "imperative": {
        typed: ["mit einem Ablauf anfangen", "Mit einem Ablauf anfangen.", "mit einem Ablauf anzufangen", "Fangen Sie mit einem Ablauf an."],
        thankYou: "vielen Dank noch einmal für Ihre Zeit heute. Ihr Rat, mit einem Ablauf anzufangen, war für mich sehr wertvoll, und ich überlege schon, wie ich es umsetze.",
        advice: "Ihren Rat, mit einem Ablauf anzufangen, habe ich beherzigt und vier Bewerbungen verschickt.",
        tried: "Ihren Rat, mit einem Ablauf anzufangen, habe ich beherzigt und beschlossen, mit einem Ablauf anzufangen.",
        mismatch: "vielen Dank für Ihre ersten Ratschläge. Durch Sie ist mir klar geworden, dass ich eigentlich jemanden brauche, der mir hilft, mit einem Ablauf anzufangen. Ich bin Ihnen sehr dankbar für diese Klarheit.",
      },
      "imperative with an aside": {
        typed: ["mit einem Ablauf anfangen, nicht mit der ganzen Station", "Mit einem Ablauf anfangen, nicht mit der ganzen Station."],
        thankYou: "vielen Dank noch einmal für Ihre Zeit heute. Ihr Rat, mit einem Ablauf anzufangen, nicht mit der ganzen Station, war für mich sehr wertvoll, und ich überlege schon, wie ich es umsetze.",
        advice: "Ihren Rat, mit einem Ablauf anzufangen, nicht mit der ganzen Station, habe ich beherzigt und vier Bewerbungen verschickt.",
        tried: "Ihren Rat, mit einem Ablauf anzufangen, habe ich beherzigt und beschlossen, mit einem Ablauf anzufangen, nicht mit der ganzen Station.",
        mismatch: "vielen Dank für Ihre ersten Ratschläge. Durch Sie ist mir klar geworden, dass ich eigentlich jemanden brauche, der mir hilft, mit einem Ablauf anzufangen, nicht mit der ganzen Station. Ich bin Ihnen sehr dankbar für diese Klarheit.",
      },
      "noun": {
        typed: ["die Ein-Ablauf-Regel", "Die Ein-Ablauf-Regel."],
        thankYou: "vielen Dank noch einmal für Ihre Zeit heute. Was Sie mir über die Ein-Ablauf-Regel gesagt haben, war für mich sehr wertvoll, und ich überlege schon, wie ich es umsetze.",
        advice: "Ihren Rat („die Ein-Ablauf-Regel“) habe ich beherzigt und vier Bewerbungen verschickt.",
        tried: "Ihren Rat, mit einem Ablauf anzufangen, habe ich beherzigt. Daran habe ich seitdem gearbeitet: die Ein-Ablauf-Regel.",
        mismatch: "vielen Dank für Ihre ersten Ratschläge. Durch Sie ist mir klar geworden, dass ich eigentlich jemanden mit mehr Erfahrung im Bereich Ein-Ablauf-Regel brauche. Ich bin Ihnen sehr dankbar für diese Klarheit.",
      },
      "noun in the nominative": {
        typed: ["der Aufbau eines Produktvorschlags", "Der Aufbau eines Produktvorschlags."],
        thankYou: "vielen Dank noch einmal für Ihre Zeit heute. Ein Gedanke aus unserem Gespräch ist mir geblieben: „der Aufbau eines Produktvorschlags“. Ich überlege schon, wie ich das umsetze.",
        advice: "Ihren Rat („der Aufbau eines Produktvorschlags“) habe ich beherzigt und vier Bewerbungen verschickt.",
        tried: "Ihren Rat, mit einem Ablauf anzufangen, habe ich beherzigt. Daran habe ich seitdem gearbeitet: der Aufbau eines Produktvorschlags.",
        mismatch: "vielen Dank für Ihre ersten Ratschläge. Durch Sie ist mir klar geworden, dass ich eigentlich jemanden mit mehr Erfahrung im Bereich Aufbau eines Produktvorschlags brauche. Ich bin Ihnen sehr dankbar für diese Klarheit.",
      },
      "sentence": {
        typed: ["Pflegekräfte nutzen, was ihnen einen Klick spart."],
        thankYou: "vielen Dank noch einmal für Ihre Zeit heute. Ein Gedanke aus unserem Gespräch ist mir geblieben: „Pflegekräfte nutzen, was ihnen einen Klick spart“. Ich überlege schon, wie ich das umsetze.",
        advice: "Ihren Rat („Pflegekräfte nutzen, was ihnen einen Klick spart“) habe ich beherzigt und vier Bewerbungen verschickt.",
        tried: "Ihren Rat, mit einem Ablauf anzufangen, habe ich beherzigt: Pflegekräfte nutzen, was ihnen einen Klick spart.",
        mismatch: "vielen Dank für Ihre ersten Ratschläge. Durch Sie sehe ich klarer, was ich als Nächstes brauche: Pflegekräfte nutzen, was ihnen einen Klick spart. Ich bin Ihnen sehr dankbar für diese Klarheit.",
      },
      "past": {
        typed: ["vier Bewerbungen verschickt", "Ich habe vier Bewerbungen verschickt.", "habe vier Bewerbungen verschickt"],
        thankYou: "vielen Dank noch einmal für Ihre Zeit heute. Dank Ihnen habe ich vier Bewerbungen verschickt.",
        advice: "ich habe Ihren Rat beherzigt und vier Bewerbungen verschickt. Ich habe vier Bewerbungen verschickt.",
        tried: "Ihren Rat, mit einem Ablauf anzufangen, habe ich beherzigt und vier Bewerbungen verschickt.",
        mismatch: "vielen Dank für Ihre ersten Ratschläge. Durch Sie sehe ich klarer, was ich als Nächstes brauche: Ich habe vier Bewerbungen verschickt. Ich bin Ihnen sehr dankbar für diese Klarheit.",
      },
    },
    goals: {
      "verb": {
        typed: ["ein Zertifikat in Gesundheitsinformatik abschließen", "Ich möchte ein Zertifikat in Gesundheitsinformatik abschließen."],
        keepInTouch: "seit unserem Gespräch sind ein paar Monate vergangen, und ich wollte Ihnen erzählen, wo ich stehe: Ich möchte weiterhin ein Zertifikat in Gesundheitsinformatik abschließen, und Ihre Ratschläge helfen mir dabei.",
        question: "Worauf würden Sie bei jemandem achten, der in den nächsten Jahren ein Zertifikat in Gesundheitsinformatik abschließen möchte?",
      },
      "noun": {
        typed: ["ein Zertifikat in Gesundheitsinformatik", "Ein Zertifikat in Gesundheitsinformatik."],
        keepInTouch: "seit unserem Gespräch sind ein paar Monate vergangen, und ich wollte Ihnen erzählen, wo ich stehe: Ich arbeite weiter auf mein Ziel hin (ein Zertifikat in Gesundheitsinformatik), und Ihre Ratschläge helfen mir dabei.",
        question: "Worauf würden Sie bei jemandem achten, der in den nächsten Jahren ein Zertifikat in Gesundheitsinformatik möchte?",
      },
    },
  },
  pt: {
    advice: 'começar por um só fluxo',
    tried: 'enviei quatro candidaturas',
    forms: {
      "imperative": {
        typed: ["começar por um só fluxo", "Começar por um só fluxo.", "Comece por um só fluxo"],
        thankYou: "Agradeço mais uma vez pelo seu tempo hoje. Seu conselho de começar por um só fluxo foi de grande ajuda, e já estou pensando em como colocá-lo em prática.",
        advice: "Seguindo seu conselho de começar por um só fluxo, enviei quatro candidaturas.",
        tried: "Seguindo seu conselho de começar por um só fluxo, decidi começar por um só fluxo.",
        mismatch: "Agradeço muito pela sua orientação inicial. Com ela, percebi que o que realmente preciso é de alguém que me ajude a começar por um só fluxo. Agradeço de coração pela clareza que me trouxe.",
      },
      "imperative with an aside": {
        typed: ["começar por um só fluxo, não pela ala inteira", "Começar por um só fluxo, não pela ala inteira."],
        thankYou: "Agradeço mais uma vez pelo seu tempo hoje. Seu conselho de começar por um só fluxo, não pela ala inteira, foi de grande ajuda, e já estou pensando em como colocá-lo em prática.",
        advice: "Seguindo seu conselho de começar por um só fluxo, não pela ala inteira, enviei quatro candidaturas.",
        tried: "Seguindo seu conselho de começar por um só fluxo, decidi começar por um só fluxo, não pela ala inteira.",
        mismatch: "Agradeço muito pela sua orientação inicial. Com ela, percebi que o que realmente preciso é de alguém que me ajude a começar por um só fluxo, não pela ala inteira. Agradeço de coração pela clareza que me trouxe.",
      },
      "ing": {
        typed: ["começando por um só fluxo", "Começando por um só fluxo."],
        thankYou: "Agradeço mais uma vez pelo seu tempo hoje. Uma ideia da nossa conversa ficou comigo: “começando por um só fluxo”. Já estou pensando em como colocá-la em prática.",
        advice: "Seu conselho foi: “começando por um só fluxo”. Desde então, enviei quatro candidaturas.",
        tried: "Seguindo seu conselho de começar por um só fluxo, venho começando por um só fluxo.",
        mismatch: "Agradeço muito pela sua orientação inicial. Com ela, vejo com mais clareza o que preciso agora: “começando por um só fluxo”. Agradeço de coração pela clareza que me trouxe.",
      },
      "noun": {
        typed: ["a regra do fluxo único", "A regra do fluxo único."],
        thankYou: "Agradeço mais uma vez pelo seu tempo hoje. Seus conselhos sobre a regra do fluxo único foram de grande ajuda, e já estou pensando em como colocá-los em prática.",
        advice: "Seguindo seus conselhos sobre a regra do fluxo único, enviei quatro candidaturas.",
        tried: "Seguindo seu conselho de começar por um só fluxo, é nisto que tenho trabalhado: a regra do fluxo único.",
        mismatch: "Agradeço muito pela sua orientação inicial. Com ela, percebi que o que realmente preciso é de alguém com mais experiência na regra do fluxo único. Agradeço de coração pela clareza que me trouxe.",
      },
      "reported sentence": {
        typed: ["Ela me disse que eu devia começar pequeno.", "me aconselhou a começar pequeno"],
        thankYou: "Agradeço mais uma vez pelo seu tempo hoje. Seu conselho de começar pequeno foi de grande ajuda, e já estou pensando em como colocá-lo em prática.",
        advice: "Seguindo seu conselho de começar pequeno, enviei quatro candidaturas.",
        tried: "Seguindo seu conselho de começar por um só fluxo, decidi começar pequeno.",
        mismatch: "Agradeço muito pela sua orientação inicial. Com ela, percebi que o que realmente preciso é de alguém que me ajude a começar pequeno. Agradeço de coração pela clareza que me trouxe.",
      },
      "sentence": {
        typed: ["Os clínicos adotam o que lhes poupa um clique.", "os clínicos adotam o que lhes poupa um clique."],
        thankYou: "Agradeço mais uma vez pelo seu tempo hoje. Uma ideia da nossa conversa ficou comigo: “Os clínicos adotam o que lhes poupa um clique”. Já estou pensando em como colocá-la em prática.",
        advice: "Seu conselho foi: “Os clínicos adotam o que lhes poupa um clique”. Desde então, enviei quatro candidaturas.",
        tried: "Seguindo seu conselho de começar por um só fluxo, este é o ponto em que estou: os clínicos adotam o que lhes poupa um clique.",
        mismatch: "Agradeço muito pela sua orientação inicial. Com ela, vejo com mais clareza o que preciso agora: os clínicos adotam o que lhes poupa um clique. Agradeço de coração pela clareza que me trouxe.",
      },
      "past": {
        typed: ["enviei quatro candidaturas", "Enviei quatro candidaturas.", "Eu enviei quatro candidaturas."],
        thankYou: "Agradeço mais uma vez pelo seu tempo hoje. Graças à sua ajuda, enviei quatro candidaturas.",
        advice: "Seguindo seu conselho, enviei quatro candidaturas, e enviei quatro candidaturas.",
        tried: "Seguindo seu conselho de começar por um só fluxo, enviei quatro candidaturas.",
        mismatch: "Agradeço muito pela sua orientação inicial. Com ela, vejo com mais clareza o que preciso agora: enviei quatro candidaturas. Agradeço de coração pela clareza que me trouxe.",
      },
    },
    goals: {
      "verb": {
        typed: ["concluir um certificado em informática em saúde", "Quero concluir um certificado em informática em saúde."],
        keepInTouch: "Já se passaram alguns meses, e queria contar em que ponto estou: continuo trabalhando para concluir um certificado em informática em saúde, e seus conselhos continuam ajudando.",
        question: "O que procuraria em alguém que pretende concluir um certificado em informática em saúde nos próximos anos?",
      },
      "noun": {
        typed: ["um certificado em informática em saúde", "Um certificado em informática em saúde."],
        keepInTouch: "Já se passaram alguns meses, e queria contar em que ponto estou: continuo trabalhando num certificado em informática em saúde, e seus conselhos continuam ajudando.",
        question: "O que procuraria em alguém que busca um certificado em informática em saúde nos próximos anos?",
      },
      "ing": {
        typed: ["concluindo um certificado em informática em saúde"],
        keepInTouch: "Já se passaram alguns meses, e queria contar em que ponto estou: continuo concluindo um certificado em informática em saúde, e seus conselhos continuam ajudando.",
        question: "",
      },
    },
  },
};

const now = Date.UTC(2026, 10, 24, 9);
const profile = people.rich!;
/** The paragraph after the greeting: the one that carries the user's words. */
const paragraph = (body: string) => body.split('\n\n')[1];

describe.each(Object.keys(tables) as DraftLanguage[])('follow-ups in %s take the user’s words in any form', (language) => {
  const table = tables[language];
  const me = language === 'en' ? mes.full! : nativeMes[language];
  const rows = Object.entries(table.forms).flatMap(([form, row]) => row.typed.map((typed) => [form, typed, row] as const));
  const goals = Object.entries(table.goals).flatMap(([form, row]) => row.typed.map((typed) => [form, typed, row] as const));

  it.each(rows)('%s typed as %j: the thank-you names it', (_form, typed, row) => {
    expect(paragraph(draftFollowUp('thank-you', { profile, now, takeaways: [typed] }, me).body)).toBe(row.thankYou);
  });

  it.each(rows)('%s typed as %j: the progress update follows it as the advice', (_form, typed, row) => {
    expect(paragraph(draftFollowUp('progress-update', { profile, now, advice: typed, whatITried: table.tried }, me).body)).toBe(row.advice);
  });

  it.each(rows)('%s typed as %j: the progress update tells it as what I did', (_form, typed, row) => {
    expect(paragraph(draftFollowUp('progress-update', { profile, now, advice: table.advice, whatITried: typed }, me).body)).toBe(row.tried);
  });

  it.each(rows)('%s typed as %j: the mismatch note says it is what I need', (_form, typed, row) => {
    expect(paragraph(draftFollowUp('mismatch', { profile, now, needInstead: typed }, me).body)).toBe(row.mismatch);
  });

  it.each(goals)('a goal typed as %s (%j): the keep-in-touch update gives it, and the chat’s questions ask about it', (_form, typed, row) => {
    const withGoal = { ...me, shortTermGoal: typed, longTermGoal: typed, skillsMissing: '' };
    expect(paragraph(draftFollowUp('keep-in-touch', { profile, now }, withGoal).body)).toBe(row.keepInTouch);
    const questions = prepQuestions(profile, undefined, withGoal);
    const onGoal = questions.filter((question) => /years|años|années|Jahren|anos/.test(question));
    expect(onGoal).toEqual(row.question ? [row.question] : []);
  });
});

/** Only one of the two progress fields filled: found in a read of new notes ("…: esto es lo que he hecho: …" had two colons; "vos conseils … le mettre" the wrong pronoun). */
const alone: Array<[DraftLanguage, { advice?: string; whatITried?: string }, string]> = [
  ['en', { whatITried: 'stakeholder mapping' }, 'Since our chat, I have been working on stakeholder mapping.'],
  ['en', { whatITried: 'understanding how hospitals buy software' }, 'I wanted to share a short update since our chat: I have been working on understanding how hospitals buy software.'],
  ['es', { whatITried: 'el mapa de actores' }, 'Desde nuestra conversación he estado trabajando en el mapa de actores.'],
  ['es', { advice: 'el mapa de actores' }, 'Siguiendo sus consejos sobre el mapa de actores, empecé a ponerlos en práctica y ya me está sirviendo.'],
  ['fr', { whatITried: 'la cartographie des parties prenantes' }, "Depuis notre échange, j'ai travaillé sur la cartographie des parties prenantes."],
  ['fr', { advice: 'la cartographie des parties prenantes' }, "Suivant vos conseils sur la cartographie des parties prenantes, j'ai commencé à les mettre en pratique, et cela m'aide déjà."],
  ['de', { whatITried: 'Stakeholder-Mapping' }, 'seit unserem Gespräch habe ich an Folgendem gearbeitet: Stakeholder-Mapping.'],
  ['de', { whatITried: 'Zahlen überzeugen Finanzchefs.' }, 'ich wollte Ihnen kurz berichten, was seit unserem Gespräch passiert ist. Zahlen überzeugen Finanzchefs.'],
  ['pt', { whatITried: 'o mapa de stakeholders' }, 'Desde a nossa conversa, tenho trabalhado no mapa de stakeholders.'],
  ['pt', { advice: 'o mapa de stakeholders' }, 'Seguindo seus conselhos sobre o mapa de stakeholders, comecei a colocá-los em prática, e isso já está ajudando.'],
];

describe('the progress update with one of its two fields', () => {
  it.each(alone)('%s: %j', (language, notes, sentence) => {
    const me = language === 'en' ? mes.full! : nativeMes[language];
    expect(paragraph(draftFollowUp('progress-update', { profile, now, ...notes }, me).body)).toBe(sentence);
  });
});
