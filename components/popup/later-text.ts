import { t } from '@/utils/ui-text';

/**
 * The sentences of what the drafting view loads after its first screen (below the draft, the
 * checker's findings, a saved contact, the replies seen), apart from text.ts so that its first
 * screen does not carry them; the words are in locales/*.yml.
 */
export const laterText = {
  fit: {
    heading: t('popup.fit.heading'),
    found: t('popup.fit.found'),
    notFound: t('popup.fit.notFound'),
    noPersona: t('popup.fit.noPersona'),
  },
  notes: {
    last: (used: number, cap: number) => t('popup.notes.last', used, cap),
    none: (cap: number) => t('popup.notes.none', cap),
    message: t('popup.notes.message'),
    inmail: t('popup.notes.inmail'),
    email: t('popup.notes.email'),
  },
  findings: {
    heading: t('popup.findings.heading'),
    none: t('popup.findings.none'),
    severity: {
      error: t('popup.findings.severity.error'),
      warning: t('popup.findings.severity.warning'),
      tip: t('popup.findings.severity.tip'),
    } as Record<string, string>,
  },
  replies: {
    heading: t('popup.replies.heading'),
    replied: (name: string, ago: string) => t('popup.replies.replied', name, ago),
    log: t('popup.replies.log'),
    logged: (name: string) => t('popup.replies.logged', name),
  },
  stand: {
    heading: t('popup.stand.heading'),
    stage: t('common.stage'),
    last: t('popup.stand.last'),
    next: t('popup.stand.next'),
    lastWhen: (what: string, when: string) => t('popup.stand.lastWhen', what, when),
    accepted: (name: string) => t('popup.stand.accepted', name),
    logAccepted: t('popup.stand.logAccepted'),
    loggedAccepted: t('popup.stand.loggedAccepted'),
    answered: t('popup.stand.answered'),
    declined: t('popup.stand.declined'),
    notNow: t('popup.stand.notNow'),
    notNowDate: t('popup.stand.notNowDate'),
    notNowSave: t('popup.stand.notNowSave'),
    doNotContact: t('popup.stand.doNotContact'),
    pausedUntil: (date: string) => t('popup.stand.pausedUntil', date),
    ended: t('popup.stand.ended'),
    failed: t('popup.stand.failed'),
  },
  followUp: {
    heading: t('popup.followUp.heading'),
    none: t('popup.followUp.none'),
    copy: t('popup.followUp.copy'),
    newMessage: t('popup.followUp.newMessage'),
    due: (todo: string, day: string) => t('popup.followUp.due', todo, day),
    checklist: t('popup.followUp.checklist'),
  },
} as const;
