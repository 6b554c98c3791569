import type { Stage } from '@/utils/relationship/stages';

/** How each stage reads on screen (popup and dashboard). */
export const stageLabels: Record<Stage, string> = {
  'reached-out': 'Reached out',
  'checked-in': 'Checked in, no reply yet',
  replied: 'Replied',
  'meeting-scheduled': 'Chat scheduled',
  met: 'Met',
  thanked: 'Thanked',
  ongoing: 'Ongoing mentorship',
  'closed-no-response': 'Closed: no response',
  'closed-mismatch': 'Closed: not the right fit',
  'closed-natural-end': 'Closed: goals reached',
  declined: 'Declined',
  'not-now': 'Not now',
  'do-not-contact': 'Do not contact',
};
