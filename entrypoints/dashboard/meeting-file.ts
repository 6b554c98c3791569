/** The chat's calendar file: offered in a contact's open view, so it loads with that view, not with the first screen. */
import { dashboardText as text } from '@/components/dashboard/dashboard-text';
import { downloadFile } from '@/utils/data/download-file';
import { meetingCalendarFile } from '@/utils/meeting/calendar-file';
import { prepQuestions } from '@/utils/outreach/follow-up-drafts';
import { meetingAt } from './actions';
import * as state from './state';

export function downloadMeeting(zone: string | undefined) {
  const view = state.selected.value;
  const start = meetingAt();
  if (!view || start === undefined) return;
  const me = state.me.value;
  const name = view.contact.profile.name ?? view.contact.profile.slug;
  const questions = prepQuestions(view.contact.profile, undefined, me);
  const file = meetingCalendarFile({
    start,
    minutes: me.askMinutes,
    withName: name,
    myZone: me.timeZone,
    ...(zone && { theirZone: zone }),
    notes: [text.meeting.questions, ...questions.map((question) => `- ${question}`)].join('\n'),
    profileUrl: view.contact.url,
  });
  downloadFile(`chat-with-${view.contact.profile.slug}.ics`, file, 'text/calendar');
}
