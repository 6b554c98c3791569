import type { InteractionKind, Stage } from '@/utils/relationship/stages';
import { t } from '@/utils/ui-text';

/** How each stage reads on screen (popup and dashboard); the words are in locales/*.yml. */
export const stageLabels: Record<Stage, string> = {
  'reached-out': t('stages.reachedOut'),
  'checked-in': t('stages.checkedIn'),
  replied: t('stages.replied'),
  'meeting-scheduled': t('stages.meetingScheduled'),
  met: t('stages.met'),
  thanked: t('stages.thanked'),
  ongoing: t('stages.ongoing'),
  'closed-no-response': t('stages.closedNoResponse'),
  'closed-mismatch': t('stages.closedMismatch'),
  'closed-natural-end': t('stages.closedNaturalEnd'),
  declined: t('stages.declined'),
  'not-now': t('stages.notNow'),
  'do-not-contact': t('stages.doNotContact'),
};

/** How each logged step reads on screen (the dashboard's history, the popup's "Last"). */
export const interactionLabels: Record<InteractionKind, string> = {
  drafted: t('dashboard.history.kinds.drafted'),
  sent: t('dashboard.history.kinds.sent'),
  replied: t('dashboard.history.kinds.replied'),
  'meeting-scheduled': t('dashboard.history.kinds.meetingScheduled'),
  met: t('dashboard.history.kinds.met'),
  thanked: t('dashboard.history.kinds.thanked'),
  'checked-in': t('dashboard.history.kinds.checkedIn'),
  closed: t('dashboard.history.kinds.closed'),
  accepted: t('dashboard.history.kinds.accepted'),
  declined: t('dashboard.history.kinds.declined'),
  'not-now': t('dashboard.history.kinds.notNow'),
  'do-not-contact': t('dashboard.history.kinds.doNotContact'),
};
