import { t, tCount, uiLocale } from '@/utils/ui-text';
import type { RecentWords } from './ago';
import type { NudgeWords } from './nudge-text';
import type { FollowUpKind } from './stages';

const keys = {
  'check-in': 'checkIn',
  'move-on': 'moveOn',
  'schedule-chat': 'scheduleChat',
  'meeting-prep': 'meetingPrep',
  'thank-you': 'thankYou',
  'progress-update': 'progressUpdate',
  'keep-in-touch': 'keepInTouch',
  'withdraw-invitation': 'withdrawInvitation',
  'log-reply': 'logReply',
} as const satisfies Record<FollowUpKind, string>;

/** The nudges' words in the interface's language, from locales/*.yml. */
export const nudgeWords: NudgeWords = {
  locale: uiLocale(),
  titles: Object.fromEntries(Object.entries(keys).map(([kind, key]) => [kind, t(`nudge.titles.${key}`)])) as Record<FollowUpKind, string>,
  sentence: (kind, name, when) => t(`nudge.sentences.${keys[kind]}`, name, when),
  digestTitle: (count) => t('nudge.digestTitle', count),
  andMore: (count) => t('nudge.andMore', count),
  today: t('nudge.today'),
  yesterday: t('nudge.yesterday'),
  daysAgo: (days) => t('nudge.daysAgo', days),
  weeksAgo: (weeks) => t('nudge.weeksAgo', weeks),
  monthsAgo: (months) => t('nudge.monthsAgo', months),
  todayAt: (time) => t('nudge.todayAt', time),
  tomorrowAt: (time) => t('nudge.tomorrowAt', time),
  onDateAt: (date, time) => t('nudge.onDateAt', date, time),
};

/** The buttons a nudge carries where the browser shows them. */
export const nudgeButtons = { snooze: t('nudge.snooze'), done: t('common.done') } as const;

/** The toolbar badge's tooltip: how many follow-ups are due. */
export const badgeTitle = (due: number) => (due > 0 ? tCount('nudge.badge', due) : t('manifest.actionTitle'));

/** A moment within the last day in words: "just now", "5 min ago", "2 h ago". */
export const recentWords: RecentWords = {
  justNow: t('nudge.justNow'),
  minutesAgo: (minutes) => t('nudge.minutesAgo', minutes),
  hoursAgo: (hours) => t('nudge.hoursAgo', hours),
};
