import { tidy } from './text';
import { contracted, list } from './es';
import { readSpanishPhrase } from './es-phrases';
import { lowerFirstWord } from './shape';
import { capitalize } from './text';
import { type TypedPhrase, withoutStop, adviceAsSubject, takeawaysByForm } from './typed-phrase';
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
    shortGoal: (goal) =>
      goal.form === 'imperative'
        ? `Si estuviera en mi lugar y quisiera ${goal.text} en los próximos seis meses, ¿en qué se centraría primero?`
        : goal.form === 'noun' && !goal.bare
          ? `Si estuviera en mi lugar y quisiera avanzar en ${goal.text} en los próximos seis meses, ¿en qué se centraría primero?`
          : '',
    longGoal: (goal) =>
      goal.form === 'imperative' || (goal.form === 'noun' && !goal.bare) ? contracted(`¿Qué buscaría en alguien que aspira a ${goal.text} en los próximos años?`) : '',
    general: [
      '¿Qué decisión de su carrera tomaría hoy de otra manera, y por qué?',
      '¿Qué hábitos le han ayudado más a crecer en su campo?',
      '¿De quién más cree que debería aprender, y qué debería preguntarle?',
    ],
  },
  readPhrase: readSpanishPhrase,
  thankYou: {
    subject: 'Gracias por su tiempo hoy',
    body: (takeaways) => {
      if (!takeaways.length) return 'Muchas gracias de nuevo por su tiempo hoy y por compartir su experiencia con tanta generosidad.';
      const forms = takeawaysByForm(takeaways, isNamed);
      const advice = forms.advice.map(({ text }) => `de ${text}`);
      const about = forms.about.map(({ text }) => text);
      const quoted = forms.quoted.map(({ text }) => `«${withoutStop(text)}»`);
      const done = forms.done.map(({ text }) => `Gracias a usted, ${text}.`);
      const { named, plural, aside } = adviceAsSubject(advice, about, { one: 'su consejo', many: 'sus consejos', on: 'sobre' }, list);
      return [
        'Muchas gracias de nuevo por su tiempo hoy.',
        named.length
          ? `${capitalize(list(named))}${aside} ${plural ? 'me han resultado' : 'me ha resultado'} de gran ayuda, y ya estoy pensando en cómo ${plural ? 'ponerlos' : 'ponerlo'} en práctica.`
          : '',
        quoted.length ? `${quoted.length > 1 ? 'Dos ideas de nuestra conversación se me han quedado' : 'Una idea de nuestra conversación se me ha quedado'}: ${list(quoted)}`.replace(/([^.!?…])»$/u, '$1».') : '',
        ...done,
        named.length || !quoted.length ? '' : `Ya estoy pensando en cómo ${quoted.length > 1 ? 'ponerlas' : 'ponerla'} en práctica.`,
      ]
        .filter(Boolean)
        .join(' ');
    },
    addTakeaways:
      'Anotar una o dos ideas clave de la conversación (la guía: «menciona una o dos ideas clave») en las notas de este contacto: el borrador las incluirá.',
    checkInLater: 'Si le parece bien, me encantaría escribirle de nuevo dentro de un par de meses para contarle mis avances.',
    within24Hours: 'Enviar en las 24 horas siguientes a la conversación, mientras está reciente para las dos partes.',
  },
  progress: {
    subject: 'Una breve actualización, y gracias',
    body: (advice, tried) => {
      const report = tried && whatIDid(tried);
      if (advice?.form === 'past') return `Siguiendo su consejo, ${advice.text}${report ? `, y ${report}` : ''}.`;
      const lead = advice && (advice.form === 'imperative' ? `Siguiendo su consejo de ${advice.text}` : isNamed(advice) ? `Siguiendo sus consejos sobre ${advice.text}` : undefined);
      if (advice && !lead) {
        return `Su consejo fue: «${withoutStop(advice.text)}». ${report ? `Desde entonces, ${report}.` : 'Empecé a ponerlo en práctica y ya me está sirviendo.'}`;
      }
      if (lead && report) return `${lead}, ${report}.`;
      if (lead) return `${lead}, empecé a ${advice?.form === 'noun' ? 'ponerlos' : 'ponerlo'} en práctica y ya me está sirviendo.`;
      if (tried?.form === 'noun') return `Desde nuestra conversación he estado trabajando en ${tried.bare ? `«${tried.text}»` : tried.text}.`;
      if (tried?.form === 'sentence') return `Quería contarle cómo me ha ido desde nuestra conversación. ${tried.text}`;
      if (report) return `Quería contarle cómo me ha ido desde nuestra conversación: ${report}.`;
      return 'Quería contarle cómo me ha ido desde nuestra conversación: estoy poniendo en práctica sus consejos y ya me están sirviendo.';
    },
    thanks: 'Gracias de nuevo por dedicarme su tiempo. Me alegrará saber también cómo le va a usted.',
  },
  keepInTouch: {
    subject: 'Una breve actualización',
    body: (goal) => {
      if (!goal) return 'Han pasado un par de meses desde nuestra conversación y quería darle las gracias de nuevo: sus consejos me siguen ayudando.';
      const where = {
        imperative: `sigo trabajando para ${goal.text}`,
        ing: `sigo ${goal.text}`,
        noun: goal.bare ? `sigo trabajando hacia mi objetivo («${goal.text}»)` : `sigo trabajando en ${goal.text}`,
        past: goal.text,
        sentence: '',
      }[goal.form];
      return where
        ? `Han pasado un par de meses y quería contarle en qué punto estoy: ${where}, y sus consejos me siguen ayudando.`
        : `Han pasado un par de meses y quería contarle en qué punto estoy. ${goal.text} Sus consejos me siguen ayudando.`;
    },
    ask: (minutes) =>
      `Si tuviera ${minutes} minutos en las próximas semanas, me encantaría conocer su opinión sobre mi siguiente paso. Me adapto con gusto a su agenda.`,
  },
  mismatch: {
    subject: 'Gracias por su orientación',
    body: (need) => {
      const opening = 'Muchas gracias por su orientación inicial.';
      const close = 'Le agradezco mucho la claridad que me ha aportado.';
      if (!need) return `${opening} Gracias a usted veo con más claridad qué tipo de ayuda necesito ahora. ${close}`;
      if (need.form === 'sentence' || need.form === 'past' || need.form === 'ing') {
        const said = need.form === 'past' ? `${need.text}.` : need.form === 'ing' ? `«${need.text}».` : lowerFirstWord(need.text);
        return `${opening} Gracias a usted veo con más claridad lo que necesito ahora: ${said} ${close}`;
      }
      const someone =
        need.form === 'imperative'
          ? contracted(`alguien que me ayude a ${need.text}`)
          : /^(?:alguien|una persona|un mentor|una mentora)\b/i.test(need.text)
            ? need.text
            : `alguien con más experiencia en ${need.text}`;
      return `${opening} Gracias a usted me he dado cuenta de que lo que realmente necesito es ${someone}. ${close}`;
    },
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

/** A takeaway or an advice that can follow "sobre": a noun with its article. The rest is quoted. */
const isNamed = ({ form, bare }: TypedPhrase) => form === 'noun' && !bare;

/** What I did, as a clause after "Siguiendo su consejo de …,": "envié cuatro candidaturas". */
function whatIDid(tried: TypedPhrase): string {
  switch (tried.form) {
    case 'past':
      return tried.text;
    case 'imperative':
      return `decidí ${tried.text}`;
    case 'ing':
      return `he estado ${tried.text}`;
    case 'noun':
      return tried.bare ? `esto es en lo que he trabajado: «${tried.text}»` : `esto es en lo que he trabajado: ${tried.text}`;
    case 'sentence':
      return `le cuento cómo voy: ${lowerFirstWord(tried.text.replace(/[.!]$/, ''))}`;
  }
}
