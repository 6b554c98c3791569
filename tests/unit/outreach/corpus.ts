import type { Profile } from '@/utils/linkedin/profile';
import { type Me, readMe } from '@/utils/outreach/me';
import { profileOf } from './people';

/**
 * Made-up people to judge drafts on, as a mentee meets them: rich and sparse profiles,
 * stale ones, names in other scripts and family-name-first, taglines, promotions and the 2026
 * layout's label-only featured cards. Any likeness to a real person is chance.
 */
export const corpusNow = Date.UTC(2026, 11, 2, 10);

const p = profileOf;

export const corpus: Record<string, Profile> = {
  rich: p('amara-okafor-c', {
    name: 'Amara Okafor',
    headline: 'VP Product at Kestrel Pay | Payments for West Africa',
    current: { title: 'VP Product', company: 'Kestrel Pay' },
    experience: [
      { title: 'VP Product', company: 'Kestrel Pay', period: { start: '2021-03', ongoing: true } },
      { title: 'Engineering Manager', company: 'Northwind Logistics', period: { start: '2015-01', end: '2021-02' } },
    ],
    featured: [{ title: 'From engineer to product lead: what I wish I had known', kind: 'article', date: '2026-10' }],
    activity: [{ text: 'We just shipped offline payments for market traders. Here is what we learned.', kind: 'post', date: '2026-11-20' }],
    skills: ['Product strategy', 'Payments', 'Product management'],
  }),
  keynote: p('henrik-lund-c', {
    name: 'Henrik Lund',
    current: { title: 'Director of Supply Chain', company: 'Fjordline Freight' },
    featured: [{ title: 'Keynote: Sustainable supply chains at the Global Logistics Summit 2025', kind: 'talk', date: '2025-09' }],
    skills: ['Supply chain', 'Sustainability'],
  }),
  labelOnly: p('grace-mwangi-c', {
    name: 'Grace Mwangi',
    headline: 'She/Her',
    pronouns: 'She/Her',
    current: { title: 'Head of Data', company: 'Savanna Analytics' },
    featured: [
      { title: 'Article', kind: 'article' },
      { title: 'Link', kind: 'link' },
    ],
  }),
  tagline: p('rob-kessler-c', {
    name: 'Rob Kessler',
    headline: 'Independent consultant',
    about: 'Helping founders scale!!! DM me for a free consultation!',
    featured: [{ title: 'Looking forward to Ignite this Fall!', kind: 'post' }],
    activity: [{ text: "We're hiring! Apply now via the link in comments.", kind: 'post', date: '2026-11-01' }],
  }),
  stale: p('margaret-osei-c', {
    name: 'Margaret Osei',
    current: { title: 'Board Member', company: 'Accra Growth Fund' },
    experience: [
      { title: 'Board Member', company: 'Accra Growth Fund', period: { start: '2022', ongoing: true } },
      { title: 'CEO', company: 'Gold Coast Telecom', period: { start: '2009', end: '2020' } },
    ],
    activity: [{ text: 'What two decades of pandemic preparedness taught me about running a network under pressure and keeping people connected.', kind: 'post', date: '2015-06' }],
  }),
  pastRoleOnly: p('ines-duarte-c', {
    name: 'Inês Duarte',
    experience: [{ title: 'Product Designer', company: 'Lisbon Mobility', period: { start: '2016-02', end: '2022-08' } }],
  }),
  chinese: p('wang-wei-c', {
    name: '王伟',
    current: { title: '产品总监', company: '云帆科技' },
    featured: [{ title: '如何在三年内从工程师转型为产品经理', kind: 'article', date: '2026-09' }],
  }),
  japanese: p('sato-yuki-c', {
    name: '佐藤 由紀',
    current: { title: 'Engineering Manager', company: 'Kumo Robotics' },
    activity: [{ text: 'Code review is a teaching tool before it is a quality gate. Here is how our team changed the way we review.', kind: 'post', date: '2026-11-15' }],
  }),
  korean: p('kim-minjun-c', {
    name: '김민준',
    current: { title: 'Staff Engineer', company: 'Hanbit Cloud' },
    publications: [{ title: 'Scheduling batch jobs on spot capacity', by: 'ACM SoCC', date: '2025-11' }],
  }),
  familyCaps: p('wang-li-c', {
    name: 'WANG Li',
    current: { title: 'Principal Data Scientist', company: 'Harbour Insights' },
    featured: [{ title: 'Forecasting demand when the past stops predicting the future', kind: 'article', date: '2026-08' }],
  }),
  hungarian: p('nagy-peter-c', {
    name: 'NAGY Péter',
    current: { title: 'CTO', company: 'Duna Labs' },
    projects: [{ title: 'Open-source tram timetable planner', by: 'Budapest Transit', period: { start: '2024-01', end: '2025-06' } }],
  }),
  arabic: p('layla-haddad-c', {
    name: 'ليلى حداد',
    firstName: 'ليلى',
    current: { title: 'Head of Design', company: 'Sahara Studio' },
    about: 'I lead a design team of twelve across Amman and Dubai, and I care about accessible products.',
  }),
  cyrillic: p('dmitry-ivanov-c', {
    name: 'Дмитрий Иванов',
    current: { title: 'Team Lead', company: 'Volga Systems' },
    featured: [{ title: 'How we cut build times in half with remote caching', kind: 'talk', date: '2026-10' }],
  }),
  nickname: p('robert-lee-c', {
    name: 'Robert "Bob" Lee, PhD',
    current: { title: 'Chief Scientist', company: 'Pine Bio' },
    publications: [{ title: 'Protein folding at the edge of the cell', by: 'Journal of Cell Biology', date: '2024-05' }],
  }),
  doctor: p('priya-raman-c', {
    name: 'Dr. Priya Raman, PhD',
    headline: 'Clinical researcher turned health-tech founder',
    current: { title: 'Founder', company: 'Raman Health' },
    honors: [{ title: 'Young Innovator Award', by: 'MIT Technology Review', date: '2026-06' }],
  }),
  emojiName: p('sofia-marquez-c', {
    name: 'Sofía Márquez 🚀',
    current: { title: 'Growth Lead', company: 'Pampa Fintech' },
    activity: [{ text: 'Retention beats acquisition: three experiments that doubled our second-month retention.', kind: 'post', date: '2026-11-28' }],
  }),
  pronounName: p('alex-kim-c', {
    name: 'Alex Kim (they/them)',
    current: { title: 'Accessibility Lead', company: 'Openfield' },
    featured: [{ title: 'Why accessibility is a product decision', kind: 'article', date: '2026-03' }],
  }),
  noName: p('unknown-c', { current: { title: 'Engineering Director', company: 'Blue Delta' }, missing: ['name', 'firstName'] }),
  linkedinMember: p('member-c', { name: 'LinkedIn Member', current: { title: 'Senior Recruiter', company: 'Talentbridge' } }),
  sparse: p('kwame-c', { name: 'Kwame', current: { company: 'Adinkra Health' } }),
  nothing: p('nobody-c', { missing: ['name', 'headline', 'current', 'about'] }),
  bigEmployer: p('jordan-reyes-c', { name: 'Jordan Reyes', current: { title: 'Product Manager', company: 'Google' } }),
  longTitle: p('maximilian-c', {
    name: 'Maximilian-Alexander von Hohenberg',
    current: {
      title: 'Senior Vice President of Global Strategic Partnerships and Ecosystem Development',
      company: 'The International Consolidated Holdings Group of Advanced Manufacturing Technologies',
    },
    featured: [
      {
        title: 'A very long featured article title about the future of strategic partnerships in advanced manufacturing ecosystems across three continents',
        kind: 'article',
        date: '2026-05',
      },
    ],
  }),
  sharedSchool: p('tomasz-c', {
    name: 'Tomasz Wójcik',
    education: [{ school: 'Warsaw University of Technology' }],
    experience: [{ title: 'Staff Engineer', company: 'Vistula Labs', period: { start: '2020', ongoing: true } }],
    current: { title: 'Staff Engineer', company: 'Vistula Labs' },
  }),
  sharedCompany: p('lucy-chen-c', {
    name: 'Lucy Chen',
    current: { title: 'Director of Operations', company: 'Harbor Freight Lines' },
    experience: [
      { title: 'Director of Operations', company: 'Harbor Freight Lines', period: { start: '2022', ongoing: true } },
      { title: 'Operations Analyst', company: 'Northwind Logistics', period: { start: '2014', end: '2018' } },
    ],
  }),
  podcast: p('nadia-rahman-c', {
    name: 'Nadia Rahman',
    current: { title: 'Host', company: 'The Pricing Room' },
    featured: [{ title: 'Episode 41: Pricing for emerging markets', kind: 'media', date: '2026-11' }],
  }),
  volunteer: p('ola-nordmann-c', {
    name: 'Ola Nordmann',
    current: { title: 'Software Engineer', company: 'Fjord Apps' },
    volunteering: [{ role: 'Coding instructor', organization: 'Code Club Norway', cause: 'Education' }],
  }),
  honorOld: p('elena-petrova-c', {
    name: 'Elena Petrova',
    current: { title: 'Research Director', company: 'Baltic AI' },
    honors: [{ title: 'Best Paper Award', by: 'NeurIPS', date: '2019-12' }],
  }),
  projectOnly: p('omar-farouk-c', {
    name: 'Omar Farouk',
    projects: [{ title: 'Solar microgrid monitoring for rural clinics', date: '2026-07' }],
  }),
  oldPostRecentArticle: p('hannah-schmidt-c', {
    name: 'Hannah Schmidt',
    current: { title: 'VP Engineering', company: 'Rhein Cloud' },
    activity: [
      { text: 'Hiring senior engineers is mostly about listening for how they think about trade-offs.', kind: 'post', date: '2021-04' },
      { text: 'On-call does not have to burn people out: how we rebuilt our rotation around recovery time.', kind: 'article', date: '2026-10-12' },
    ],
  }),
  spanish: p('lucia-fernandez-c', {
    name: 'Lucía Fernández',
    headline: 'Directora de datos en Andes Retail',
    about: 'Soy directora de datos con más de diez años de experiencia en retail. Trabajo con equipos de producto para que los datos lleguen a las decisiones de la empresa desde el primer día.',
    current: { title: 'Directora de datos', company: 'Andes Retail' },
    activity: [{ text: 'Tres lecciones sobre cómo presentar un modelo al comité de dirección sin perder a nadie por el camino.', kind: 'post', date: '2026-11-10' }],
  }),
  french: p('claire-dubois-c', {
    name: 'Claire Dubois',
    about: "Je suis responsable produit chez Lumière depuis six ans. J'accompagne les équipes dans la définition de leur stratégie et je suis passionnée par la recherche utilisateur.",
    current: { title: 'Responsable produit', company: 'Lumière' },
    featured: [{ title: 'La recherche utilisateur sans budget', kind: 'article', date: '2026-09' }],
  }),
  german: p('jonas-weber-c', {
    name: 'Jonas Weber',
    about: 'Ich bin seit zehn Jahren in der Logistik tätig und leite ein Team für Lagerautomatisierung. Mein Fokus liegt auf der Zusammenarbeit zwischen Technik und Betrieb.',
    current: { title: 'Leiter Lagerautomatisierung', company: 'Nordlicht Logistik' },
  }),
  portuguese: p('joao-silva-c', {
    name: 'João Silva',
    about: 'Sou engenheiro de software há doze anos e lidero uma equipe de plataforma. Também escrevo sobre carreira em tecnologia para quem está começando na área.',
    current: { title: 'Líder de plataforma', company: 'Ipê Pagamentos' },
    featured: [{ title: 'Como preparar a primeira promoção para engenheiro sênior', kind: 'article', date: '2026-10' }],
  }),
  manyPosts: p('fatima-zahra-c', {
    name: 'Fatima Zahra',
    current: { title: 'Data Science Lead', company: 'Atlas Mobility' },
    activity: [
      { text: 'Presenting a model to a board is a translation job, not a statistics job. Three things that helped me… #datascience', kind: 'post', date: '2026-11-25' },
      { text: 'Congrats to the team!', kind: 'post', date: '2026-11-27' },
      { text: 'Our new paper on demand forecasting for ride-hailing is out.', kind: 'post', date: '2026-08-01' },
    ],
  }),
  certificationsOnly: p('david-cohen-c', {
    name: 'David Cohen',
    current: { title: 'Cloud Architect', company: 'Negev Systems' },
    certifications: [{ title: 'AWS Certified Solutions Architect', by: 'Amazon Web Services', date: '2025-02' }],
    languages: [{ name: 'Hebrew' }, { name: 'English' }],
  }),
  bookAuthor: p('maria-santos-c', {
    name: 'Maria Santos',
    current: { title: 'Author and Coach', company: 'Santos Leadership' },
    publications: [{ title: 'The First-Time Manager Playbook', by: 'Harbor Press', date: '2024-03' }],
  }),
  mentorTitle: p('kofi-asante-c', {
    name: 'Kofi Asante',
    current: { title: 'Engineering Manager', company: 'Volta Energy' },
    featured: [{ title: 'Being a mentor to first-time managers', kind: 'talk', date: '2026-09' }],
  }),
  hashtagPost: p('anna-berg-c', {
    name: 'Anna Berg',
    current: { title: 'UX Research Lead', company: 'Nordic Health' },
    activity: [{ text: '🚀🚀 #ux #research #design #hiring', kind: 'post', date: '2026-11-29' }],
  }),
  titleCaseTalk: p('samuel-adeyemi-c', {
    name: 'Samuel Adeyemi',
    current: { title: 'Director of Payments', company: 'Lagos Clearing House' },
    featured: [{ title: 'Building Real-Time Payment Rails For Africa', kind: 'talk', date: '2026-11' }],
  }),
  recentNewsletter: p('isabel-moreau-c', {
    name: 'Isabel Moreau',
    current: { title: 'Chief Product Officer', company: 'Vela Health' },
    featured: [{ title: 'Notes on product strategy: why roadmaps should start with the customer problem', kind: 'article', date: '2026-11' }],
    volunteering: [{ role: 'Mentor', organization: 'Women in Product' }],
  }),
  // Read as the mentor would (issue 26, item 3): each of these drafted a hook they would not recognise.
  codebarCoach: p('callum-reid-c', {
    name: 'Callum Reid',
    headline: 'Engineering Manager at Google',
    current: { title: 'Engineering Manager', company: 'Google' },
    experience: [{ title: 'Engineering Manager', company: 'Google', period: { start: '2019-05', ongoing: true } }],
    volunteering: [{ role: 'Coach', organization: 'codebar', cause: 'Education', description: 'Teaching people from groups under-represented in tech to code, every other Tuesday evening.' }],
  }),
  energyAccountant: p('ruth-achterberg-c', {
    name: 'Ruth Achterberg',
    current: { title: 'Audit Partner', company: 'Brightwater & Co' },
    experience: [{ title: 'Audit Partner', company: 'Brightwater & Co', period: { start: '2016-01', ongoing: true } }],
    featured: [{ title: 'Audit quality in a hybrid world', kind: 'talk', date: '2026-11' }],
    activity: [
      { text: 'Busy season reminder: the audit file is a story, and the reviewer is the reader.', kind: 'post', date: '2026-11-20' },
      { text: 'Going concern reviews take longer every year, and they should.', kind: 'post', date: '2026-11-05' },
      { text: 'Why accountants will run the energy transition', kind: 'article', date: '2025-04-10' },
    ],
  }),
  labelledTalks: p('joanne-okoro-c', {
    name: 'Joanne Okoro',
    current: { title: 'Director of Nursing Informatics', company: 'St Brendan Health' },
    featured: [
      { title: 'HIMSS26 session: Closing the loop on sepsis alerts at the bedside with nurses, pharmacists and physicians together', kind: 'talk', date: '2026-03' },
      { title: 'Webinar: Handover notes that nurses actually read', kind: 'media', date: '2026-06' },
    ],
  }),
  labelledFintech: p('marek-zielinski-c', {
    name: 'Marek Zieliński',
    current: { title: 'Head of Open Banking', company: 'Vistula Pay' },
    featured: [
      { title: 'Keynote at Money20/20 Europe: Open banking for people the banks left behind', kind: 'talk', date: '2026-06' },
      { title: 'Podcast ep. 12 – Consent screens that people understand', kind: 'media', date: '2026-09' },
      { title: 'Panel: Fraud in instant payments', kind: 'media', date: '2026-10' },
    ],
  }),
  hotTake: p('amaka-obi-c', {
    name: 'Amaka Obi',
    current: { title: 'Investment Director', company: 'Savanna Climate Partners' },
    activity: [
      { text: 'Hot take: blended finance only works when someone in the room takes the first loss.', kind: 'post', date: '2026-11-18' },
      { text: 'Blended finance only works when someone in the room is willing to take the first loss, and most funds are not built for it.', kind: 'post', date: '2026-10-02' },
    ],
  }),
  seedRound: p('lena-hoffmann-c', {
    name: 'Lena Hoffmann',
    current: { title: 'Co-founder & CEO', company: 'Kiln Robotics' },
    activity: [
      { text: 'We closed our €3.2M seed round! Thank you to everyone who believed in us.', kind: 'post', date: '2026-11-25', origin: 'own' },
      { text: 'We are looking for a founding engineer in Lisbon: robotics, Rust, and patience.', kind: 'post', date: '2026-11-20', origin: 'own' },
      { text: 'Five things I learned selling robots to hospitals: the buyer is never the user.', kind: 'post', date: '2026-11-18', origin: 'repost', author: 'Tomás Ferreira' },
      { text: 'Agreed: the pilot is the sale, not the demo.', kind: 'post', date: '2026-11-15', origin: 'comment' },
      { text: 'Selling automation to a warehouse means selling to the night shift first.', kind: 'post', date: '2026-11-10', origin: 'own' },
    ],
  }),
  staleHeadline: p('kwesi-boateng-c', {
    name: 'Kwesi Boateng',
    headline: 'CEO at Gold Harbor Foods',
    current: { title: 'CEO', company: 'Gold Harbor Foods' },
    experience: [{ title: 'CEO', company: 'Gold Harbor Foods', period: { start: '2012-03', end: '2020-06' } }],
  }),
  stillAtQuizlark: p('mei-tanaka-c', {
    name: 'Mei Tanaka',
    current: { title: 'Head of Learning Design', company: 'Quizlark' },
    experience: [
      { title: 'Head of Learning Design', company: 'Quizlark', period: { start: '2021-09', ongoing: true } },
      { title: 'Content Designer', company: 'Quizlark', period: { start: '2017-02', end: '2021-08' } },
    ],
  }),
};

export const corpusMentees: Record<string, Me> = {
  analyst: readMe({
    name: 'Sam Lee',
    intro: 'junior product analyst at Northwind Logistics, focused on pricing experiments',
    shortTermGoal: 'get better at presenting data to non-technical stakeholders',
    longTermGoal: 'move from a technical role into product management',
    askAbout: 'moving from analytics into product management',
    askMinutes: 20,
    persona: ['product management', 'payments', 'data'],
    schools: ['Warsaw University of Technology'],
    companies: ['Northwind Logistics'],
  }),
  designer: readMe({
    name: 'Ana Costa',
    intro: 'UX designer at a small health startup in Porto',
    shortTermGoal: 'lead my first design research project',
    skillsMissing: 'planning user research on a small budget',
    askMinutes: 15,
    account: 'premium',
    persona: ['user research', 'accessibility', 'design'],
  }),
  student: readMe({
    name: 'Chidinma Eze',
    intro: 'final-year computer science student at the University of Lagos',
    askAbout: 'starting a career in platform engineering',
    askMinutes: 15,
    persona: ['platform', 'cloud', 'engineering'],
  }),
  switcher: readMe({
    name: 'Bartholomew Alexander Fitzgerald-Montgomery',
    signature: 'Bart',
    intro: 'I lead a team of four warehouse supervisors at Rhine Parcel and am preparing to move into operations strategy',
    longTermGoal: 'a leadership role in supply chain strategy',
    skillsMissing: 'the financial side of running a logistics network',
    askMinutes: 20,
    persona: ['supply chain', 'logistics', 'operations'],
  }),
};
