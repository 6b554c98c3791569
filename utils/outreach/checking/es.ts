/**
 * The checker in Spanish: the guide's findings said to the mentee ("tú", as Spanish software
 * speaks to its user) and the Spanish ways of breaking its rules.
 */
import type { FindingId } from './types';
import { spanishAsks } from './asks';
import { type CheckWords, type Explained, commonPlaceholders, wordPattern as w } from './types';

const explanations: Record<FindingId, (detail: string) => Explained> = {
  empty: () => ({ severity: 'error', message: 'El mensaje está vacío.', advice: 'Tu mensaje debe ser respetuoso, personal y concreto.' }),
  'mentorship-ask': (phrase) => ({
    severity: 'error',
    message: `«${phrase}» le pide que sea tu mentor.`,
    advice:
      'La regla de oro: no preguntes «¿Quieres ser mi mentor?». Implica un compromiso enorme e indefinido. Pide un poco de su tiempo, concreto y limitado, para hablar de un tema preciso.',
  }),
  'sponsorship-ask': (phrase) => ({
    severity: 'error',
    message: `«${phrase}» le pide que te recomiende antes de conocer tu trabajo.`,
    advice:
      'Un mentor recomienda a alguien para un proyecto o un puesto cuando ya confía en su trabajo; quien no te conoce no puede responder por un trabajo que no ha visto. Pide 15 o 20 minutos para saber cómo llegó adonde está o qué pide el puesto. La recomendación puede llegar después, de su parte.',
  }),
  'no-hook': () => ({
    severity: 'warning',
    message: 'Nada en el mensaje es específico de esta persona.',
    advice:
      'Demuestra que te has informado: menciona un artículo que escribió, una charla que dio o un proyecto que dirigió y que te haya llegado. Un mensaje genérico y poco pensado se ignora.',
  }),
  'no-time-box': () => ({
    severity: 'warning',
    message: 'La petición no tiene límite de tiempo.',
    advice: 'Pide un tiempo pequeño y limitado para un fin concreto, por ejemplo un café virtual de 15 o 20 minutos.',
  }),
  'big-ask': (phrase) => ({
    severity: 'warning',
    message: `«${phrase}» pide más tiempo, o un compromiso más largo, de lo que debe pedir un primer mensaje.`,
    advice: 'Empieza una conversación: pide un poco de su tiempo, concreto y limitado, como una charla de 15 o 20 minutos. Una relación continuada puede surgir después, de su parte.',
  }),
  pushy: (phrase) => ({
    severity: 'warning',
    message: `«${phrase}» le mete presión.`,
    advice: 'Respeta su tiempo y sé flexible: «Me adapto con gusto a su agenda». Un plazo o una llamada que no ha aceptado se leen como presión.',
  }),
  'employer-only': (company) => ({
    severity: 'warning',
    message: `Lo único que dices de esta persona es que trabaja en ${company}, como miles de personas.`,
    advice: 'Menciona un artículo que escribió, una charla que dio o un proyecto que dirigió y que te haya llegado.',
  }),
  'same-as-saved': (who) => ({
    severity: 'warning',
    message: `Este mensaje es casi igual al que guardaste para ${who}.`,
    advice: 'Un mensaje genérico se ignora: haz que la apertura y el motivo por el que le escribes sean solo suyos.',
  }),
  'no-citable-hook': () => ({
    severity: 'warning',
    message: 'Nada en su perfil es lo bastante concreto para citarlo, así que la apertura es general.',
    advice: 'Menciona un artículo que escribió, una charla que dio o un proyecto que dirigió: elige «Otra cosa» y escríbelo con tus palabras.',
  }),
  'no-introduction': () => ({
    severity: 'warning',
    message: 'El mensaje no dice quién eres.',
    advice: 'Preséntate en pocas palabras: tu puesto, tu organización y en qué te centras ahora. Añade una presentación de una línea en «Yo».',
  }),
  'intro-left-out': (limit) => ({
    severity: 'warning',
    message: `En ${limit} caracteres no cabía quién eres.`,
    advice: 'Acorta la primera parte de tu presentación en «Yo» («responsable de logística en Cóndor Carga») o el tema de tus preguntas, para que la nota pueda decir ambas cosas.',
  }),
  'no-why-them': () => ({
    severity: 'tip',
    message: 'Nada en su perfil coincide con el mentor que buscas, así que el borrador no dice por qué le eliges.',
    advice: 'Relaciona tu objetivo con su experiencia con tus propias palabras, o busca a alguien cuya experiencia encaje con tus metas.',
  }),
  'me-in-other-language': () => ({
    severity: 'warning',
    message: 'Quién eres y lo que quieres preguntar vienen de «Yo», donde están escritos en otro idioma que este mensaje.',
    advice: 'Escríbelos en el idioma del mensaje en las partes de abajo (o redacta en el idioma de «Yo») antes de enviarlo.',
  }),
  'no-persona': () => ({
    severity: 'tip',
    message: 'El borrador no puede decir por qué le eliges: «Yo» aún no describe al mentor que buscas.',
    advice: 'Escribe en «Yo» la experiencia y las habilidades que buscas en un mentor; el borrador nombrará lo que tiene en común con ello.',
  }),

  'no-easy-yes': () => ({
    severity: 'warning',
    message: 'Nada le pone fácil decir que sí.',
    advice: 'Termina mostrando respeto por su tiempo y flexibilidad: «Me adapto con gusto a su agenda».',
  }),
  'over-limit': (detail) => ({
    severity: 'error',
    message: `El mensaje es demasiado largo para este canal: ${detail}.`,
    advice: 'Conserva la referencia concreta y la petición; acorta el resto.',
  }),
  'subject-over-limit': (detail) => ({
    severity: 'error',
    message: `El asunto es demasiado largo para este canal: ${detail}.`,
    advice: 'Un asunto claro y profesional es breve: «Consulta sobre su experiencia en el crecimiento de productos SaaS».',
  }),
  'subject-missing': () => ({
    severity: 'warning',
    message: 'El asunto está vacío.',
    advice: 'Usa un asunto claro y profesional, como «Consulta sobre su experiencia en el crecimiento de productos SaaS».',
  }),
  'generic-opener': (phrase) => ({
    severity: 'warning',
    message: `«${phrase}» es una apertura genérica.`,
    advice: 'Empieza con algo concreto suyo que te haya llegado, para que vea que te has tomado el tiempo de conocer su trabajo.',
  }),
  placeholder: (phrase) => ({
    severity: 'error',
    message: `«${phrase}» parece un hueco que nunca se rellenó.`,
    advice: 'Sustitúyelo por las palabras reales antes de enviarlo: un mensaje con un hueco se lee como genérico.',
  }),
  idiom: (phrase) => ({
    severity: 'tip',
    message: `«${phrase}» es una expresión que puede no entenderse igual en todas partes.`,
    advice: 'Cuidado con las expresiones hechas, la jerga y el humor, que no siempre se traducen bien; dilo con palabras sencillas.',
  }),
};

export const spanishChecks: CheckWords = {
  explanations,
  limitDetail: (length, most) => `${length} caracteres, ${most} como máximo`,
  mentorshipAsks: spanishAsks,
  timeBoxes: w(String.raw`\b(?:\d{1,2}|cinco|diez|quince|veinte|treinta)\s?-?\s?(?:minutos?|min)\b`),
  bigAsks: [
    w(String.raw`\b(?:durante|por|de|hablar|dedicarme|reservar|tener|necesito|llevaría|llevará)\s+(?:una|1)\s+hora\b`),
    w(String.raw`\bhora\s+(?:entera|completa)\b`),
    w(String.raw`\b(?:45|60|90)\s?minutos\b`),
    w(String.raw`\b(?:cada|todas las|todos los)\s+(?:(?:dos|tres|pocas)\s+)?(?:semana|semanas|mes|meses|quince días)\b`),
    w(String.raw`\b(?:reuniones|llamadas|sesiones|charlas|conversaciones|encuentros)\s+(?:semanales|mensuales|quincenales|periódicas|regulares|recurrentes)\b`),
    w(String.raw`\b(?:semanalmente|mensualmente|de forma (?:regular|periódica|continuada)|de manera (?:regular|periódica))\b`),
    w(String.raw`\b(?:relación|mentoría|acompañamiento|compromiso|apoyo)\s+(?:a largo plazo|continu[oa]|permanente)\b`),
  ],
  pushy: [
    w(String.raw`\b(?:le|te)\s+(?:llamaré|escribiré|contactaré|volveré a escribir)\b[^.?!]*`),
    w(String.raw`\bde todas (?:formas|maneras)\b|\bsea como sea\b`),
    w(String.raw`\b(?:antes del?|a más tardar el)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|fin de semana|final del día)\b`),
    w(String.raw`\b(?:responda|respóndame|conteste|contésteme|responde|contesta)\s+(?:cuanto antes|hoy|urgentemente|lo antes posible|ya)\b[^.?!]*`),
    w(String.raw`\b(?:urgente|urgentemente|cuanto antes|lo antes posible|fecha límite)\b`),
  ],
  easierWay: w(String.raw`\b(?:si (?:lo )?prefiere|si prefieres|si (?:le|te) (?:resulta|es|queda) más (?:fácil|cómodo|sencillo)|en su lugar|en lugar de (?:una|la) llamada|igual de útil|(?:me )?(?:ayudaría|serviría) (?:igual|lo mismo|igual de bien))\b`),
  easyYes: w(
    String.raw`\b(?:flexib(?:le|ilidad)|su agenda|su calendario|le venga bien|le convenga|le vaya bien|mejor le venga|mejor le convenga|cuando pueda|cualquier momento|sin (?:ningún )?compromiso|entiendo (?:perfectamente )?si|su tiempo|si le parece bien|no se preocupe|me adapto|cuando quiera)\b`,
  ),
  genericOpeners: [
    w(String.raw`\bespero que (?:este|el presente) (?:mensaje|correo) (?:le|te|lo|la) encuentre bien\b`),
    w(String.raw`\bme gustaría (?:añadirle|agregarle|añadirte|agregarte) a mi red(?: profesional| de contactos)?\b`),
    w(String.raw`\ba quien corresponda\b`),
    w(String.raw`\bestimad[oa]s? señor(?:a|es)?\b|\bmuy señor(?:es)? mí[oa]s?\b`),
    w(String.raw`\b(?:me encontré con|encontré|vi) su perfil\b`),
    w(String.raw`\bme dirijo a usted para presentarme\b`),
  ],
  placeholders: [...commonPlaceholders, w(String.raw`^\s*(?:hola|buenos días|buenas tardes|estimad[oa]s?),?\s+[,:]`)],
  idioms: w(
    String.raw`\b(?:tocar base|ganar-ganar|win-win|pensar fuera de la caja|al final del día|pan comido|mover la aguja|dar en el clavo|en la misma página|quick win|crack|porfa|jaja|xq|FYI|ASAP)\b`,
  ),
  commonWords: new Set('el la los las de del y con para por en es una un mi su sus que se lo al como más sobre este esta usted'.split(' ')),
  shared: w(String.raw`\b(?:también (?:estudié|estudió|trabajé|trabajó|pasó)|estudiamos en|trabajamos en|tenemos algo en común)\b`),
  theirWork: w(
    String.raw`\b(?:su|sus)\s+(?:(?:reciente|último|última|nuevo|nueva)\s+)?(?:artículo|charla|ponencia|conferencia|publicación|publicaciones|libro|pódcast|podcast|episodio|proyecto|investigación|presentación|entrevista|webinar|contenido|boletín|vídeo|video|curso|tesis|estudio|informe|ensayo|etapa|voluntariado)\b|\bla frase de su perfil\b|\blo que escribe en su perfil\b|\bla distinción\b`,
  ),
  theirRole: w(String.raw`\bsu\s+(?:trayectoria|puesto actual|trabajo actual|trabajo\s+(?:como|en|sobre))\b`),
  workAt: w(String.raw`\bsu trabajo en\s+([^.,;!?]+)`),
  greeting: w(String.raw`^\s*(?:hola|buenos días|buenas tardes|estimad[oa]s?),?[^:,\n]{0,60}[:,]`),
};
