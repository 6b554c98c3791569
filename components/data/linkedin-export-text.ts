import type { ExportProblem, ExportReading, SkipReason } from '@/utils/linkedin-export/read-export';
import type { LinkedInExportSummary } from '@/utils/store/transfer/linkedin-export';
import { formatNumber, t, tCount, uiLocale } from '@/utils/ui-text';

/** What the file's reading counted, beside what the worker found among saved contacts. */
export type ExportCounts = Pick<ExportReading, 'connections' | 'messages' | 'skipped'>;

const reasons: Record<SkipReason, Parameters<typeof t>[0]> = {
  noAddress: 'data.linkedIn.noAddress',
  notProfile: 'data.linkedIn.notProfile',
  badDate: 'data.linkedIn.badDate',
  draft: 'data.linkedIn.draft',
  group: 'data.linkedIn.group',
};

const day = (at: number, timeZone: string) => new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone }).format(at);

/** Every sentence of "LinkedIn's data export" on the options page; the words are in locales/*.yml. */
export const linkedInExportText = {
  reading: t('data.linkedIn.reading'),
  apply: t('data.linkedIn.apply'),
  cancel: t('data.cancelImport'),
  cancelled: t('data.cancelled'),
  failed: (reason: string) => t('data.importFailed', reason),
  problem: (file: string, problem: ExportProblem) => t(`data.linkedIn.${problem}`, file),
  /** The preview, sentence by sentence: what was read, what changes, what is left out and why. */
  preview: (counts: ExportCounts, summary: LinkedInExportSummary): string[] => {
    const read = [
      counts.connections > 0 ? tCount('data.linkedIn.connectionRows', counts.connections) : '',
      counts.messages > 0 ? tCount('data.linkedIn.messageRows', counts.messages) : '',
    ].filter(Boolean);
    const skipped = Object.entries(counts.skipped) as [SkipReason, number][];
    const skippedRows = skipped.reduce((sum, [, rows]) => sum + rows, 0);
    return [
      read.length > 0 ? t('data.linkedIn.read', read.join(', ')) : '',
      summary.matched > 0 ? tCount('data.linkedIn.matched', summary.matched) : t('data.linkedIn.noneMatched'),
      summary.connectionDates > 0 ? tCount('data.linkedIn.connectionDates', summary.connectionDates) : '',
      summary.messages > 0 ? tCount('data.linkedIn.messages', summary.messages) : '',
      summary.replies > 0 ? tCount('data.linkedIn.replies', summary.replies) : '',
      summary.accepted > 0 ? tCount('data.linkedIn.accepted', summary.accepted) : '',
      summary.notSavedConnections > 0 ? tCount('data.linkedIn.notSaved', summary.notSavedConnections) : '',
      summary.notSavedConversations > 0 ? tCount('data.linkedIn.notSavedConversations', summary.notSavedConversations) : '',
      skippedRows > 0 ? tCount('data.linkedIn.skipped', skippedRows, skipped.map(([reason, rows]) => t(reasons[reason], formatNumber(rows))).join(', ')) : '',
    ].filter(Boolean);
  },
  applied: (contacts: number) => tCount('data.linkedIn.applied', contacts),
  listHeading: t('data.linkedIn.listHeading'),
  /** "connected on 2 Dec 2026; last message from them on 30 Nov 2026", in Me's zone. */
  facts: (change: { connectedAt?: number; messages?: { lastFrom: 'them' | 'me'; lastAt: number } }, timeZone: string) =>
    [
      change.connectedAt !== undefined ? t('data.linkedIn.connectedOn', day(change.connectedAt, timeZone)) : '',
      change.messages ? t(change.messages.lastFrom === 'them' ? 'data.linkedIn.lastFromThem' : 'data.linkedIn.lastFromYou', day(change.messages.lastAt, timeZone)) : '',
    ]
      .filter(Boolean)
      .join('; '),
  replied: (at: number, timeZone: string) => t('data.linkedIn.replied', day(at, timeZone)),
  logReply: t('data.linkedIn.logReply'),
  acceptedOffer: t('data.linkedIn.acceptedOffer'),
  logAccepted: t('data.linkedIn.logAccepted'),
  loggedReply: (name: string) => t('data.linkedIn.loggedReply', name),
  loggedAccepted: (name: string) => t('data.linkedIn.loggedAccepted', name),
  more: (count: number) => tCount('data.linkedIn.more', count),
  offeredElsewhere: t('data.linkedIn.offeredElsewhere'),
} as const;
