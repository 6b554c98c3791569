import type { Me } from '@/utils/outreach/me';

/** One field of the "Me" form: what it is, why the guide asks for it, and an example. */
export interface MeField {
  key: keyof Me;
  label: string;
  why: string;
  example?: string;
  input: 'text' | 'textarea' | 'list' | 'minutes' | 'account' | 'time-zone' | 'guidance' | 'count';
}

/** The guide's Step 1 (self-reflection), as a form. Every sentence here is user-facing. */
export const meFields: MeField[] = [
  {
    key: 'name',
    label: 'Your name',
    why: 'Signs your messages.',
    example: 'Sam Lee',
    input: 'text',
  },
  {
    key: 'intro',
    label: 'Who you are, in one line',
    why: 'The guide: “Concisely explain who you are”: role, organization, current focus.',
    example: 'a junior supply chain analyst at Northwind, focused on sustainability metrics',
    input: 'text',
  },
  {
    key: 'askAbout',
    label: 'What your questions are about',
    why: 'Every first message names it: “two or three questions about …”. Specific beats broad.',
    example: 'moving from analytics into product management',
    input: 'text',
  },
  {
    key: 'shortTermGoal',
    label: 'Short-term goal (next 6–12 months)',
    why: 'Vague requests like “I need a mentor” rarely succeed: a specific goal gives them something to answer.',
    example: 'get better at presenting data to non-technical stakeholders',
    input: 'textarea',
  },
  {
    key: 'longTermGoal',
    label: 'Long-term goal (next 3–5 years)',
    why: 'Tells you whose career path to learn from.',
    example: 'move from a technical role into product management',
    input: 'textarea',
  },
  {
    key: 'skillsMissing',
    label: 'Skills or knowledge you are missing',
    why: 'Your questions for the chat come from here.',
    example: 'the financial side of project budgeting',
    input: 'textarea',
  },
  {
    key: 'guidance',
    label: 'The kind of guidance you want',
    why: 'Technical advice, career strategy, navigating the organization, or encouragement: each calls for a different mentor.',
    example: 'career strategy',
    input: 'guidance',
  },
  {
    key: 'persona',
    label: 'Your mentor persona',
    why: 'The experience, skills and traits your ideal mentor has, separated by commas. Each profile shows how it matches.',
    example: 'product management, SaaS, coaches others',
    input: 'list',
  },
  {
    key: 'companies',
    label: 'Organizations you have worked at',
    why: 'A shared employer makes a natural, specific opening.',
    example: 'Northwind, Contoso',
    input: 'list',
  },
  {
    key: 'schools',
    label: 'Schools you studied at',
    why: 'Alumni are often glad to help: a shared school is a good opening.',
    example: 'University of Lagos',
    input: 'list',
  },
  {
    key: 'askMinutes',
    label: 'How long you ask for',
    why: 'The guide’s low-commitment ask: a brief 15–20 minute virtual coffee chat.',
    input: 'minutes',
  },
  {
    key: 'account',
    label: 'Your LinkedIn account',
    why: 'Sets the connection note limit: 200 characters on a free account, 300 on Premium.',
    input: 'account',
  },
  {
    key: 'notesPerMonth',
    label: 'Invitation notes a month (free account)',
    why: 'LinkedIn’s help (“Invitation limit reached”, a550555): “Basic and free LinkedIn members can include a personalized message to five connection requests per month.” Some say 3 or 10: set what your account allows. The popup warns before the last one.',
    input: 'count',
  },
  {
    key: 'timeZone',
    label: 'Your time zone',
    why: 'Meeting times and calendar files come out right for both of you.',
    input: 'time-zone',
  },
];

export const guidanceKinds = ['technical advice', 'career strategy', 'navigating the organization', 'encouragement'];
