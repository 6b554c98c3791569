import type { Profile } from '@/utils/linkedin/profile';
import { type Me, readMe } from '@/utils/outreach/me';
import type { DraftLanguage } from '@/utils/outreach/their-language';
import { loadLanguage } from '@/utils/outreach/languages';
import { people, profileOf } from './people';

export type Foreign = Exclude<DraftLanguage, 'en'>;
export const foreignLanguages: Foreign[] = ['es', 'fr', 'de', 'pt'];

// Drafts in these languages need their words loaded, as the popup loads them (utils/outreach/languages.ts).
await Promise.all(foreignLanguages.map(loadLanguage));

/** A mentee who writes Me in their own language (made up; any likeness to a real person is chance). */
export const nativeMes: Record<Foreign, Me> = {
  es: readMe({
    name: 'Lucía Romero',
    intro: 'analista de producto junior en Tramontana Pagos, centrada en experimentos de precios',
    shortTermGoal: 'quiero mejorar al presentar datos a públicos no técnicos',
    longTermGoal: 'pasar de un puesto técnico a la gestión de producto',
    skillsMissing: 'el paso de la ingeniería al producto',
    guidance: 'career strategy',
    askMinutes: 20,
    timeZone: 'Europe/Madrid',
    persona: ['gestión de producto', 'pagos'],
    schools: ['Universidad de Buenos Aires'],
    language: 'es',
  }),
  fr: readMe({
    name: 'Camille Martin',
    intro: 'analyste produit junior chez Mistral Paiements, spécialisée dans les tests de prix',
    shortTermGoal: 'je voudrais mieux présenter des données à un public non technique',
    longTermGoal: "passer d'un poste technique à la gestion de produit",
    skillsMissing: "le passage de l'ingénierie au produit",
    guidance: 'career strategy',
    askMinutes: 20,
    timeZone: 'Europe/Paris',
    persona: ['gestion de produit', 'paiements'],
    schools: ['Université Paris-Saclay'],
    language: 'fr',
  }),
  de: readMe({
    name: 'Jonas Weber',
    intro: 'Junior-Produktanalyst bei Nordwind Logistik, mit Schwerpunkt auf Preisexperimenten',
    shortTermGoal: 'Daten vor fachfremdem Publikum besser präsentieren',
    longTermGoal: 'von einer technischen Rolle ins Produktmanagement wechseln',
    skillsMissing: 'den Einstieg ins Produktmanagement',
    guidance: 'career strategy',
    askMinutes: 20,
    timeZone: 'Europe/Berlin',
    persona: ['Produktmanagement', 'Zahlungsverkehr'],
    schools: ['Technische Universität München'],
    language: 'de',
  }),
  pt: readMe({
    name: 'João Silva',
    intro: 'analista de produto júnior na Araucária Pagamentos, focado em experimentos de preço',
    shortTermGoal: 'quero melhorar a apresentação de dados para públicos não técnicos',
    longTermGoal: 'passar de uma função técnica para a gestão de produto',
    skillsMissing: 'a transição da engenharia para o produto',
    guidance: 'career strategy',
    askMinutes: 20,
    timeZone: 'America/Sao_Paulo',
    persona: ['gestão de produto', 'pagamentos'],
    schools: ['Universidade de São Paulo'],
    language: 'pt',
  }),
};

/** Five people who write their profile in the mentee's language, in the shapes of the English ten. */
function nativeFive(language: Foreign): Record<string, Profile> {
  const w = {
    es: {
      rich: ['Valentina Ortega', 'Directora de Producto', 'Quetzal Pay', 'Jefa de Ingeniería', 'Andes Logística', 'Construyo productos de pago para pequeños comercios y trabajo en gestión de producto desde hace años.', 'De ingeniera a líder de producto: lo que me habría gustado saber', 'Acabamos de lanzar pagos sin conexión para vendedores de mercado. Esto es lo que aprendimos.', 'Directora de Producto en Quetzal Pay | pagos y gestión de producto'],
      talk: ['Andrés Cabrera', 'Director de Cadena de Suministro', 'Cóndor Carga', 'Ponencia: Cadenas de suministro sostenibles'],
      post: ['Martina Gil', 'Responsable de ciencia de datos', 'Presentar un modelo a un consejo de administración es un trabajo de traducción, no de estadística. Tres cosas que me ayudaron… #datos'],
      honor: ['Rodrigo Fuentes', 'Consultor independiente', 'Fuentes Consultoría', 'Director General', 'Telecom del Pacífico', 'Premio Nacional de Innovación', 'Fundación Innovar'],
      school: ['Tomás Herrera', 'Universidad de Buenos Aires', 'Ingeniero principal', 'Pampa Labs'],
    },
    fr: {
      rich: ['Inès Moreau', 'Directrice produit', 'Quetzal Pay', "Responsable de l'ingénierie", 'Rhône Logistique', "Je conçois des produits de paiement pour les petits commerçants et je travaille dans la gestion de produit depuis des années.", "D'ingénieure à responsable produit : ce que j'aurais aimé savoir", 'Nous venons de lancer le paiement hors ligne pour les commerçants des marchés. Voici ce que nous avons appris.', 'Directrice produit chez Quetzal Pay | paiements et gestion de produit'],
      talk: ['Hugo Lefèvre', "Directeur de la chaîne d'approvisionnement", 'Fret Armor', 'Keynote : Chaînes logistiques durables'],
      post: ['Chloé Girard', 'Responsable science des données', "Présenter un modèle à un conseil d'administration est un travail de traduction, pas de statistique. Trois choses qui m'ont aidée… #data"],
      honor: ['Antoine Roux', 'Consultant indépendant', 'Roux Conseil', 'Directeur général', 'Télécom Atlantique', "Prix de l'innovation responsable", 'Fondation Horizon'],
      school: ['Léa Fontaine', 'Université Paris-Saclay', 'Ingénieure principale', 'Seine Labs'],
    },
    de: {
      rich: ['Lena Müller', 'Leiterin Produktmanagement', 'Quetzal Pay', 'Leiterin Softwareentwicklung', 'Elbe Logistik', 'Ich entwickle Zahlungsprodukte für kleine Händler und arbeite seit Jahren im Produktmanagement und im Zahlungsverkehr.', 'Von der Entwicklerin zur Produktchefin: Was ich gern früher gewusst hätte', 'Wir haben gerade Offline-Zahlungen für Marktstände gestartet. Das haben wir dabei gelernt.', 'Leiterin Produktmanagement bei Quetzal Pay | Zahlungsverkehr'],
      talk: ['Henrik Schulz', 'Leiter Lieferkette', 'Nordfracht', 'Keynote: Nachhaltige Lieferketten'],
      post: ['Sophie Becker', 'Leiterin Data Science', 'Ein Modell vor dem Vorstand zu präsentieren ist Übersetzungsarbeit, keine Statistik. Drei Dinge, die mir geholfen haben… #daten'],
      honor: ['Markus Wagner', 'Unabhängiger Berater', 'Wagner Beratung', 'Geschäftsführer', 'Telekom Nord', 'Innovationspreis des Mittelstands', 'Stiftung Zukunft'],
      school: ['Anna Hoffmann', 'Technische Universität München', 'Leitende Ingenieurin', 'Isar Labs'],
    },
    pt: {
      rich: ['Beatriz Costa', 'Diretora de Produto', 'Quetzal Pay', 'Gerente de Engenharia', 'Tietê Logística', 'Desenvolvo produtos de pagamento para pequenos comerciantes e trabalho com gestão de produto há anos.', 'De engenheira a líder de produto: o que eu gostaria de ter sabido', 'Acabamos de lançar pagamentos offline para feirantes. Aqui está o que aprendemos.', 'Diretora de Produto na Quetzal Pay | pagamentos e gestão de produto'],
      talk: ['Rafael Almeida', 'Diretor de Cadeia de Suprimentos', 'Condor Cargas', 'Palestra: Cadeias de suprimentos sustentáveis'],
      post: ['Mariana Rocha', 'Líder de ciência de dados', 'Apresentar um modelo a um conselho é um trabalho de tradução, não de estatística. Três coisas que me ajudaram… #dados'],
      honor: ['Paulo Mendes', 'Consultor independente', 'Mendes Consultoria', 'Diretor-Geral', 'Telecom do Atlântico', 'Prêmio Nacional de Inovação', 'Fundação Inovar'],
      school: ['Carla Nunes', 'Universidade de São Paulo', 'Engenheira principal', 'Paulista Labs'],
    },
  }[language];
  const [richName, richTitle, richCompany, pastTitle, pastCompany, about, article, post, headline] = w.rich;
  const [talkName, talkTitle, talkCompany, talk] = w.talk;
  const [postName, postHeadline, postText] = w.post;
  const [honorName, honorTitle, honorCompany, formerTitle, formerCompany, honor, by] = w.honor;
  const [schoolName, school, schoolTitle, schoolCompany] = w.school;
  const slug = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${language}`;
  return {
    rich: profileOf(slug(richName!), {
      name: richName!,
      headline: headline!,
      current: { title: richTitle!, company: richCompany! },
      about: about!,
      experience: [
        { title: richTitle!, company: richCompany!, dates: '2021 - Present' },
        { title: pastTitle!, company: pastCompany!, dates: '2015 - 2021', period: { start: '2015', end: '2021' } },
      ],
      featured: [{ title: article!, kind: 'article' }],
      activity: [{ text: post!, kind: 'post' }],
    }),
    talk: profileOf(slug(talkName!), { name: talkName!, current: { title: talkTitle!, company: talkCompany! }, featured: [{ title: talk!, kind: 'talk' }] }),
    postOnly: profileOf(slug(postName!), { name: postName!, headline: postHeadline!, activity: [{ text: postText!, kind: 'post' }] }),
    honorAndPast: profileOf(slug(honorName!), {
      name: honorName!,
      current: { title: honorTitle!, company: honorCompany! },
      experience: [{ title: formerTitle!, company: formerCompany!, period: { start: '2012', end: '2022' } }],
      honors: [{ title: honor!, by: by!, date: '2026-10' }],
    }),
    sharedSchool: profileOf(slug(schoolName!), { name: schoolName!, education: [{ school: school! }], experience: [{ title: schoolTitle!, company: schoolCompany! }] }),
  };
}

/** Ten people per language: five writing in it, and five whose page says little or is in another script (the same as in English). */
const tenFor = (language: Foreign): Record<string, Profile> => ({
  ...nativeFive(language),
  sparse: people.sparse!,
  headlineOnly: people.headlineOnly!,
  nonLatin: people.nonLatin!,
  longNames: people.longNames!,
  nothing: people.nothing!,
});

/** Ten people per language: five writing in it, and five whose page says little or is in another script (the same as in English). */
export const nativePeople: Record<Foreign, Record<string, Profile>> = { es: tenFor('es'), fr: tenFor('fr'), de: tenFor('de'), pt: tenFor('pt') };
