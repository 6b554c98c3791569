import type { ItemKind, Profile } from '@/utils/linkedin/profile';
import { type Me, readMe } from '@/utils/outreach/me';
import { randomFrom } from './generate';
import type { Foreign } from './people-i18n';
import { profileOf } from './people';

/** What people write on their profile and in Me, in each language: the generator draws from these. */
const pools: Record<
  Foreign,
  {
    titles: string[];
    companies: string[];
    works: string[];
    posts: string[];
    schools: string[];
    intros: string[];
    shortGoals: string[];
    longGoals: string[];
    skills: string[];
    persona: string[];
    honors: string[];
  }
> = {
  es: {
    titles: ['Directora de Producto', 'Jefe de Diseño', 'Ingeniera principal', 'Vicepresidente de Alianzas Estratégicas Globales y Desarrollo de Ecosistemas', 'Responsable de ciencia de datos', 'Fundador', ''],
    companies: ['Quetzal Pay', 'Cóndor Carga', 'Grupo Internacional de Tecnologías Avanzadas de Fabricación S.A.', 'Andes Logística', 'Salud Adinkra', ''],
    works: [
      'De ingeniera a líder de producto: lo que me habría gustado saber',
      'Ponencia: Cadenas de suministro sostenibles en la Cumbre Logística de Lima 2025',
      'Por qué la accesibilidad es una decisión de producto',
      'Precios para mercados emergentes',
      'Cinco lecciones 🚀 de escalar un equipo de 40 personas #liderazgo https://example.com/post',
    ],
    posts: [
      'Acabamos de lanzar pagos sin conexión para vendedores de mercado. Esto es lo que aprendimos.',
      'Presentar un modelo a un consejo es un trabajo de traducción, no de estadística. Tres cosas que me ayudaron… #datos',
      'Contratar por curiosidad funciona mejor que contratar por títulos, cada vez que lo he probado',
    ],
    schools: ['Universidad de Buenos Aires', 'Universidad Complutense de Madrid', 'Tecnológico de Monterrey'],
    intros: [
      'analista de producto junior en Tramontana Pagos, centrada en experimentos de precios',
      'diseñador UX en una pequeña empresa de salud en Valencia',
      'Dirijo un equipo de cuatro ingenieros de datos en Salud Adinkra',
      'SRE en Quetzal Pay',
      'estudiante de último año de informática en la Universidad de Buenos Aires, muy interesada en crear herramientas para desarrolladores de equipos pequeños de América Latina',
    ],
    shortGoals: ['quiero mejorar al presentar datos a públicos no técnicos', 'dirigir mi primer proyecto de investigación de diseño', 'un puesto en gestión de producto', 'publicar mi primera charla en un congreso'],
    longGoals: ['pasar de un puesto técnico a la gestión de producto', 'un puesto de liderazgo en diseño'],
    skills: ['la parte financiera de los presupuestos de proyecto', 'Hablar en público', 'la contratación y el crecimiento de un equipo'],
    persona: ['gestión de producto', 'diseño', 'pagos'],
    honors: ['Premio Nacional de Innovación', 'Mujeres Líderes en Tecnología 2026'],
  },
  fr: {
    titles: ['Directrice produit', 'Responsable du design', 'Ingénieure principale', 'Vice-président des partenariats stratégiques mondiaux et du développement des écosystèmes', 'Responsable science des données', 'Fondateur', ''],
    companies: ['Quetzal Pay', 'Fret Armor', 'Groupe international des technologies avancées de fabrication SA', 'Rhône Logistique', 'Santé Adinkra', ''],
    works: [
      "D'ingénieure à responsable produit : ce que j'aurais aimé savoir",
      'Keynote : Chaînes logistiques durables au Sommet de la logistique de Lyon 2025',
      "Pourquoi l'accessibilité est une décision produit",
      'Tarification pour les marchés émergents',
      "Cinq leçons 🚀 tirées de la croissance d'une équipe de 40 personnes #leadership https://example.com/post",
    ],
    posts: [
      'Nous venons de lancer le paiement hors ligne pour les commerçants des marchés. Voici ce que nous avons appris.',
      "Présenter un modèle à un conseil d'administration est un travail de traduction, pas de statistique. Trois choses qui m'ont aidée… #data",
      'Recruter pour la curiosité fonctionne mieux que recruter pour les diplômes, chaque fois que je l’ai essayé',
    ],
    schools: ['Université Paris-Saclay', 'Sciences Po', 'École polytechnique'],
    intros: [
      'analyste produit junior chez Mistral Paiements, spécialisée dans les tests de prix',
      'designer UX dans une petite start-up de santé à Nantes',
      "Je dirige une équipe de quatre ingénieurs de données chez Santé Adinkra",
      'SRE chez Quetzal Pay',
      "étudiante en dernière année d'informatique à l'Université Paris-Saclay, très intéressée par les outils pour les développeurs des petites équipes en Afrique de l'Ouest",
    ],
    shortGoals: ['je voudrais mieux présenter des données à un public non technique', 'mener mon premier projet de recherche en design', 'un poste en gestion de produit', 'donner ma première conférence'],
    longGoals: ["passer d'un poste technique à la gestion de produit", 'un poste de direction en design'],
    skills: ['la partie financière des budgets de projet', 'La prise de parole en public', "le recrutement et la croissance d'une équipe"],
    persona: ['gestion de produit', 'design', 'paiements'],
    honors: ["Prix de l'innovation responsable", 'Trophée des femmes du numérique 2026'],
  },
  de: {
    titles: ['Leiterin Produktmanagement', 'Leiterin Design', 'Leitende Ingenieurin', 'Senior Vice President für globale strategische Partnerschaften und Ökosystementwicklung', 'Leiter Data Science', 'Gründer', ''],
    companies: ['Quetzal Pay', 'Nordfracht', 'Internationale Holding für fortschrittliche Fertigungstechnologien GmbH & Co. KG', 'Elbe Logistik', 'Adinkra Gesundheit', ''],
    works: [
      'Von der Entwicklerin zur Produktchefin: Was ich gern früher gewusst hätte',
      'Keynote: Nachhaltige Lieferketten auf dem Logistikgipfel Hamburg 2025',
      'Warum Barrierefreiheit eine Produktentscheidung ist',
      'Preisgestaltung für Schwellenmärkte',
      'Fünf Lektionen 🚀 aus dem Aufbau eines Teams mit 40 Leuten #führung https://example.com/post',
    ],
    posts: [
      'Wir haben gerade Offline-Zahlungen für Marktstände gestartet. Das haben wir dabei gelernt.',
      'Ein Modell vor dem Vorstand zu präsentieren ist Übersetzungsarbeit, keine Statistik. Drei Dinge, die mir geholfen haben… #daten',
      'Neugier einzustellen funktioniert besser als Zeugnisse einzustellen, jedes Mal, wenn ich es versucht habe',
    ],
    schools: ['Technische Universität München', 'Universität Hamburg', 'RWTH Aachen'],
    intros: [
      'Junior-Produktanalyst bei Nordwind Logistik, mit Schwerpunkt auf Preisexperimenten',
      'UX-Designerin bei einem kleinen Gesundheits-Start-up in Leipzig',
      'Ich leite ein Team von vier Dateningenieuren bei Adinkra Gesundheit',
      'SRE bei Quetzal Pay',
      'Informatikstudentin im letzten Jahr an der TU München, die sich sehr für Werkzeuge für kleine Entwicklungsteams in Ostafrika interessiert',
    ],
    shortGoals: ['Daten vor fachfremdem Publikum besser präsentieren', 'ich möchte mein erstes Designforschungsprojekt leiten', 'eine Stelle im Produktmanagement', 'meinen ersten Konferenzvortrag halten'],
    longGoals: ['von einer technischen Rolle ins Produktmanagement wechseln', 'eine Führungsrolle im Design'],
    skills: ['die finanzielle Seite der Projektbudgetierung', 'Öffentliches Sprechen', 'den Aufbau eines Teams'],
    persona: ['Produktmanagement', 'Design', 'Zahlungsverkehr'],
    honors: ['Innovationspreis des Mittelstands', 'Deutscher Designpreis 2026'],
  },
  pt: {
    titles: ['Diretora de Produto', 'Head de Design', 'Engenheira principal', 'Vice-presidente de Parcerias Estratégicas Globais e Desenvolvimento de Ecossistemas', 'Líder de ciência de dados', 'Fundador', ''],
    companies: ['Quetzal Pay', 'Condor Cargas', 'Grupo Internacional de Tecnologias Avançadas de Manufatura S.A.', 'Tietê Logística', 'Saúde Adinkra', ''],
    works: [
      'De engenheira a líder de produto: o que eu gostaria de ter sabido',
      'Palestra: Cadeias de suprimentos sustentáveis na Cúpula de Logística de São Paulo 2025',
      'Por que acessibilidade é uma decisão de produto',
      'Precificação para mercados emergentes',
      'Cinco lições 🚀 de escalar um time de 40 pessoas #liderança https://example.com/post',
    ],
    posts: [
      'Acabamos de lançar pagamentos offline para feirantes. Aqui está o que aprendemos.',
      'Apresentar um modelo a um conselho é um trabalho de tradução, não de estatística. Três coisas que me ajudaram… #dados',
      'Contratar pela curiosidade funciona melhor do que contratar por diplomas, todas as vezes que tentei',
    ],
    schools: ['Universidade de São Paulo', 'Universidade de Lisboa', 'Unicamp'],
    intros: [
      'analista de produto júnior na Araucária Pagamentos, focado em experimentos de preço',
      'designer de UX numa pequena startup de saúde em Recife',
      'Lidero uma equipe de quatro engenheiros de dados na Saúde Adinkra',
      'SRE na Quetzal Pay',
      'estudante do último ano de computação na Universidade de São Paulo, muito interessada em criar ferramentas para desenvolvedores de equipes pequenas na África lusófona',
    ],
    shortGoals: ['quero melhorar a apresentação de dados para públicos não técnicos', 'liderar meu primeiro projeto de pesquisa em design', 'uma vaga em gestão de produto', 'dar minha primeira palestra em um congresso'],
    longGoals: ['passar de uma função técnica para a gestão de produto', 'um cargo de liderança em design'],
    skills: ['o lado financeiro do orçamento de projetos', 'Falar em público', 'a contratação e o crescimento de uma equipe'],
    persona: ['gestão de produto', 'design', 'pagamentos'],
    honors: ['Prêmio Nacional de Inovação', 'Mulheres na Tecnologia 2026'],
  },
};

const firstNames = ['Amara', 'Lucía', 'Kwame', 'Priya', '王伟', 'ليلى', 'Søren', 'Nguyễn Thị', 'Olúwaseun', 'Jean-Baptiste', 'Wolfeschlegelsteinhausenbergerdorff', 'Inês', 'José María', 'Siobhán', 'Дмитрий', 'Lena', 'Chloé'];
const lastNames = ['Okafor', 'Fernández', 'Mensah', 'Raman', '', 'Haddad', 'Müller', 'von Hohenberg-Lichtenstein', 'Kowalczyk-Brzęczyszczykiewicz', 'Moreau'];
const kinds: ItemKind[] = ['article', 'talk', 'post', 'project', 'media', 'link', 'other'];

/** A made-up person whose profile is written in `language` (names from everywhere). */
export function generateProfileIn(seed: number, language: Foreign): Profile {
  const words = pools[language];
  const { one, maybe, some, next } = randomFrom(seed * 31 + language.charCodeAt(0));
  const first = one(firstNames);
  const name = maybe(`${first} ${one(lastNames)}`.trim(), 0.85);
  const title = one(words.titles);
  const company = one(words.companies);
  return profileOf(`person-${language}-${seed}`, {
    ...(name && { name }),
    ...(name && next() < 0.5 && { firstName: first }),
    ...(next() < 0.6 && { headline: `${title || words.titles[0]} | ${company || words.companies[0]}` }),
    ...(next() < 0.7 && (title || company) && { current: { ...(title && { title }), ...(company && { company }) } }),
    ...(next() < 0.5 && { about: one(words.posts) }),
    experience: some(() => ({ title: one(words.titles), company: one(words.companies) }), 3),
    education: some(() => ({ school: one(words.schools) }), 2),
    featured: some(() => ({ title: one(words.works), kind: one(kinds) }), 2),
    activity: some(() => ({ text: one(words.posts), kind: one(['post', 'article'] as const) }), 2),
    ...(next() < 0.2 && { honors: [{ title: one(words.honors), date: '2026-09' }] }),
  });
}

/** A made-up mentee who writes Me in `language`. */
export function generateMeIn(seed: number, language: Foreign): Me {
  const words = pools[language];
  const { one, maybe } = randomFrom(seed * 7919 + 3 + language.charCodeAt(1));
  return readMe({
    name: maybe(one(['Lucía Romero', 'Camille Martin', 'Jonas Weber', 'João Silva', 'Bartholomew Alexander Fitzgerald-Montgomery III', '李娜']), 0.8),
    intro: maybe(one(words.intros), 0.8),
    shortTermGoal: maybe(one(words.shortGoals)),
    longTermGoal: maybe(one(words.longGoals)),
    skillsMissing: maybe(one(words.skills)),
    guidance: maybe(one(['career strategy', 'technical advice', 'navigating the organization'])),
    askMinutes: one([15, 20]),
    account: one(['free', 'premium']),
    schools: maybe([one(words.schools)]),
    companies: maybe([one(words.companies)]),
    persona: maybe([one(words.persona)]) ?? [],
    language,
  });
}
