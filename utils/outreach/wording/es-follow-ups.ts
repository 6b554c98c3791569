import { tidy } from './text';
import { contracted, list, lowerFirst } from './es';
import type { FollowUpWords } from './types';

/** What the follow-up drafts say in Spanish: apart from the first message's words, so that a first draft does not carry them. */
export const spanishFollowUps: FollowUpWords = {
  checkIn: {
    subject: 'Sobre mi mensaje anterior',
    body: (minutes, topic) =>
      `Espero que se encuentre bien. Quería retomar mi mensaje anterior, en el que le pedía una conversación de ${minutes} minutos${topic ? ` sobre ${topic}` : ''}. Sé lo llena que puede estar la agenda, así que sin ningún compromiso, pero me encantaría hablar con usted cuando tenga un momento.`,
  },
  askedAbout: /(?:preguntas?|conversación|llamada|minutos|charla|café virtual|hablamos|hablar)\s+(?:sobre|acerca de)\s+([^.,;?!¿¡\n]{3,80})/i,
  askedTail: /\s+(?:en las próximas semanas|cuando le venga bien|cuando le convenga|cuando mejor le convenga|en el momento que mejor le venga)$/i,
  logReply: [
    'Su respuesta está en la conversación abierta en LinkedIn. Leerla allí.',
    'Registrarla aquí: el recordatorio ya no hace falta, y el siguiente paso es proponer horarios para la conversación.',
  ],
  withdrawInvitation: [
    'La invitación lleva tres semanas sin respuesta.',
    'Retirarla a mano en LinkedIn (Mi red, Gestionar, Enviadas): muchas invitaciones pendientes pueden hacer que se restrinja la cuenta, y una invitación retirada puede volver a enviarse pasadas tres semanas.',
    'El consejo de la guía: si sigue sin haber respuesta, lo mejor es pasar página. Mejor dedicar la energía al siguiente mensaje.',
  ],
  moveOn: [
    'No ha habido respuesta ni al primer mensaje ni al recordatorio.',
    'El consejo de la guía: si sigue sin haber respuesta, lo mejor es pasar página. Cerrar este contacto como «Sin respuesta».',
    'No es algo personal: mucha gente está desbordada. Mejor dedicar la energía al siguiente mensaje.',
  ],
  schedule: {
    subject: 'Gracias, y una hora para nuestra conversación',
    thanks: (minutes) => `Muchas gracias por su respuesta y por aceptar una conversación de ${minutes} minutos.`,
    times: 'Tengo total flexibilidad y me adapto a su agenda. ¿Podría indicarme dos o tres momentos que le vengan bien en las próximas semanas?',
    invite: 'En cuanto acordemos uno, le enviaré una invitación de calendario en su zona horaria.',
  },
  prep: {
    them: 'su contacto',
    summary: (minutes, who, when) => [`Conversación de ${minutes} minutos con ${who}.`, ...when].join('\n'),
    you: (when) => `Su hora: ${when}`,
    theirs: (when) => `Hora de su contacto: ${when}`,
    locale: 'es-ES',
    reminders: (minutes, outreach) => [
      outreach ? `Releer el primer mensaje enviado: «${tidy(outreach)}»` : 'Releer el primer mensaje enviado.',
      'Llegar puntual y escuchar más de lo que se habla. Tomar notas y hacer preguntas a partir de lo que diga.',
      `Ajustarse a los ${minutes} minutos pedidos. Unos minutos antes del final, decir: «Sé que estamos llegando a los ${minutes} minutos que le pedí y quiero respetar su tiempo».`,
      'Terminar dándole las gracias y enviar un mensaje de agradecimiento en las 24 horas siguientes.',
    ],
  },
  questions: {
    hook: (hook) => `Cuando escribió «${hook}», ¿qué experiencia le llevó a esa idea?`,
    move: (from, role) => `Mirando atrás, en su paso de ${from} a su puesto como ${role}, ¿qué le habría gustado saber antes?`,
    role: (role) => `¿Qué es lo que más le ha sorprendido de su trabajo como ${role}?`,
    skill: (skill) => `Si empezara hoy, ¿qué haría primero para dominar ${skill}?`,
    shortGoal: (goal) => `Si estuviera en mi lugar y quisiera ${goal} en los próximos seis meses, ¿en qué se centraría primero?`,
    longGoal: (goal) => contracted(`¿Qué buscaría en alguien que aspira a ${goal} en los próximos años?`),
    general: [
      '¿Qué decisión de su carrera tomaría hoy de otra manera, y por qué?',
      '¿Qué hábitos le han ayudado más a crecer en su campo?',
      '¿De quién más cree que debería aprender, y qué debería preguntarle?',
    ],
  },
  thankYou: {
    subject: 'Gracias por su tiempo hoy',
    body: (takeaways) =>
      takeaways.length
        ? `Muchas gracias de nuevo por su tiempo hoy. Sus consejos sobre ${list(takeaways)} me han resultado de gran ayuda, y ya estoy pensando en cómo ponerlos en práctica.`
        : 'Muchas gracias de nuevo por su tiempo hoy y por compartir su experiencia con tanta generosidad.',
    addTakeaways:
      'Anotar una o dos ideas clave de la conversación (la guía: «menciona una o dos ideas clave») en las notas de este contacto: el borrador las incluirá.',
    checkInLater: 'Si le parece bien, me encantaría escribirle de nuevo dentro de un par de meses para contarle mis avances.',
    within24Hours: 'Enviar en las 24 horas siguientes a la conversación, mientras está reciente para las dos partes.',
  },
  progress: {
    subject: 'Una breve actualización, y gracias',
    body: (advice, tried) => {
      if (advice && tried) return `Siguiendo su consejo de ${lowerFirst(advice)}, ${tried}.`;
      if (advice) return `Siguiendo su consejo de ${lowerFirst(advice)}, empecé a ponerlo en práctica y ya me está sirviendo.`;
      if (tried) return `Quería contarle cómo me ha ido desde nuestra conversación: ${tried}.`;
      return 'Quería contarle cómo me ha ido desde nuestra conversación: estoy poniendo en práctica sus consejos y ya me están sirviendo.';
    },
    thanks: 'Gracias de nuevo por dedicarme su tiempo. Me alegrará saber también cómo le va a usted.',
  },
  keepInTouch: {
    subject: 'Una breve actualización',
    body: (goal) =>
      goal
        ? `Han pasado un par de meses y quería contarle en qué punto estoy: sigo trabajando para ${goal}, y sus consejos me siguen ayudando.`
        : 'Han pasado un par de meses y quería contarle en qué punto estoy y darle las gracias de nuevo por su ayuda.',
    ask: (minutes) =>
      `Si tuviera ${minutes} minutos en las próximas semanas, me encantaría conocer su opinión sobre mi siguiente paso. Me adapto con gusto a su agenda.`,
  },
  mismatch: {
    subject: 'Gracias por su orientación',
    body: (need) =>
      need
        ? `Muchas gracias por su orientación inicial. Gracias a usted me he dado cuenta de que lo que realmente necesito es alguien con más experiencia en ${lowerFirst(need)}. Le agradezco mucho la claridad que me ha aportado.`
        : 'Muchas gracias por su orientación inicial. Gracias a usted veo con más claridad qué tipo de ayuda necesito ahora. Le agradezco mucho la claridad que me ha aportado.',
  },
  naturalEnd: {
    subject: 'Gracias',
    periodYear: 'este último año',
    periodMonths: 'estos meses',
    periodUnknown: 'nuestras conversaciones',
    body: (period) =>
      `Siento que he crecido muchísimo gracias a su orientación durante ${period}. He alcanzado los objetivos que nos propusimos y no tengo palabras para agradecérselo. Me encantaría seguir en contacto en esta nueva etapa.`,
  },
};
