import type { Me } from '@/utils/outreach/me';
import type { MeHint } from '@/utils/outreach/me-hints';
import { t } from '@/utils/ui-text';

/** One field of the "Me" form: what it is, why the guide asks for it, and an example. */
export interface MeField {
  key: keyof Me;
  label: string;
  why: string;
  example?: string;
  input: 'text' | 'textarea' | 'list' | 'minutes' | 'account' | 'time-zone' | 'guidance' | 'language' | 'count';
}

/** The guide's Step 1 (self-reflection), as a form. Every sentence here is user-facing; the words are in locales/*.yml. */
export const meFields: MeField[] = [
  {
    key: 'name',
    label: t('me.name.label'),
    why: t('me.name.why'),
    example: t('me.name.example'),
    input: 'text',
  },
  {
    key: 'intro',
    label: t('me.intro.label'),
    why: t('me.intro.why'),
    example: t('me.intro.example'),
    input: 'text',
  },
  {
    key: 'introShort',
    label: t('me.introShort.label'),
    why: t('me.introShort.why'),
    example: t('me.introShort.example'),
    input: 'text',
  },
  {
    key: 'askAbout',
    label: t('me.askAbout.label'),
    why: t('me.askAbout.why'),
    example: t('me.askAbout.example'),
    input: 'text',
  },
  {
    key: 'shortTermGoal',
    label: t('me.shortTermGoal.label'),
    why: t('me.shortTermGoal.why'),
    example: t('me.shortTermGoal.example'),
    input: 'textarea',
  },
  {
    key: 'longTermGoal',
    label: t('me.longTermGoal.label'),
    why: t('me.longTermGoal.why'),
    example: t('me.longTermGoal.example'),
    input: 'textarea',
  },
  {
    key: 'skillsMissing',
    label: t('me.skillsMissing.label'),
    why: t('me.skillsMissing.why'),
    example: t('me.skillsMissing.example'),
    input: 'textarea',
  },
  {
    key: 'guidance',
    label: t('me.guidance.label'),
    why: t('me.guidance.why'),
    example: t('me.guidance.example'),
    input: 'guidance',
  },
  {
    key: 'persona',
    label: t('me.persona.label'),
    why: t('me.persona.why'),
    example: t('me.persona.example'),
    input: 'list',
  },
  {
    key: 'companies',
    label: t('me.companies.label'),
    why: t('me.companies.why'),
    example: t('me.companies.example'),
    input: 'list',
  },
  {
    key: 'schools',
    label: t('me.schools.label'),
    why: t('me.schools.why'),
    example: t('me.schools.example'),
    input: 'list',
  },
  {
    key: 'askMinutes',
    label: t('me.askMinutes.label'),
    why: t('me.askMinutes.why'),
    input: 'minutes',
  },
  {
    key: 'account',
    label: t('me.account.label'),
    why: t('me.account.why'),
    input: 'account',
  },
  {
    key: 'language',
    label: t('me.language.label'),
    why: t('me.language.why'),
    input: 'language',
  },
  {
    key: 'notesPerMonth',
    label: t('me.notesPerMonth.label'),
    why: t('me.notesPerMonth.why'),
    input: 'count',
  },
  {
    key: 'timeZone',
    label: t('me.timeZone.label'),
    why: t('me.timeZone.why'),
    input: 'time-zone',
  },
];

export const guidanceKinds = ['technical advice', 'career strategy', 'navigating the organization', 'encouragement'];

/** The words of each hint about "Me" (utils/outreach/me-hints.ts decides which applies). */
export const hintWords: Record<MeHint, string> = {
  name: t('me.hints.name'),
  introLong: t('me.hints.introLong'),
  introStartsWithI: t('me.hints.introStartsWithI'),
  vagueGoal: t('me.hints.vagueGoal'),
  goalTooShort: t('me.hints.goalTooShort'),
  personaEmpty: t('me.hints.personaEmpty'),
  askAboutLong: t('me.hints.askAboutLong'),
  askAboutMentor: t('me.hints.askAboutMentor'),
};
