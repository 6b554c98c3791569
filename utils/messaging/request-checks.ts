import type { WorkerProtocol } from '@/utils/messaging/messages';
import type { DataOf } from '@/utils/messaging/wire';
import { snoozeChoices } from '@/utils/relationship/snooze-until';
import { pageCharacters } from '@/utils/store/transfer/export-pages';
import { fail, succeed } from '@/utils/store/schema/outcome';
import {
  hookCheck,
  memberIdCheck,
  interactionKindCheck,
  linkedInMessagesCheck,
  meCheck,
  planSettingsCheck,
  profileCheck,
  profileUrlCheck,
  sentMessageCheck,
  stageCheck,
} from '@/utils/store/checks/record-checks';
import { either, list, literal, maybeTime, number, oneOf, optional, shape, text, time, yesNo, type Validator } from '@/utils/store/checks/validate';

const long = text(50_000);
const line = text(500);
const id = number(1, Number.MAX_SAFE_INTEGER);
const wordChange = optional(shape({ was: long, now: long }));

const contactQuery = shape({
  stage: optional(stageCheck),
  search: optional(text(200)),
  offset: optional(number(0, 1_000_000)),
  limit: optional(number(1, 500)),
});

/** No data, or an empty object: what a request without parameters may carry. */
const nothing: Validator<undefined> = (input, where) =>
  input === undefined || input === null ? succeed(undefined) : fail(`${where} takes no data.`);

/** One check per request of the worker protocol: the compiler makes sure none is missing. */
export const requestChecks: { [K in keyof WorkerProtocol]: Validator<DataOf<WorkerProtocol[K]>> } = {
  saveContact: shape({
    profile: profileCheck,
    stage: optional(stageCheck),
    meetingAt: maybeTime,
    notes: optional(long),
    takeaways: optional(long),
    adviceReceived: optional(long),
    whatITried: optional(long),
    toldThem: optional(long),
    hook: optional(hookCheck),
    message: optional(sentMessageCheck),
  }),
  saveWords: shape({
    url: profileUrlCheck,
    basedOn: time,
    changes: shape({ notes: wordChange, takeaways: wordChange, adviceReceived: wordChange, whatITried: wordChange, toldThem: wordChange }),
  }),
  logInteraction: shape({
    url: profileUrlCheck,
    kind: interactionKindCheck,
    at: maybeTime,
    note: optional(long),
    meetingAt: maybeTime,
    pausedUntil: maybeTime,
  }),
  changeStage: shape({ url: profileUrlCheck, stage: stageCheck, meetingAt: maybeTime, pausedUntil: maybeTime }),
  snoozeFollowUp: shape({ id, choice: either(oneOf(snoozeChoices), shape({ until: time })) }),
  finishFollowUp: shape({ id }),
  notesThisMonth: nothing,
  noticeReplies: shape({
    threads: list(
      shape({
        with: profileUrlCheck,
        name: optional(line),
        lastFrom: oneOf(['them', 'me'] as const),
        day: optional(line),
        time: optional(line),
      }),
      20,
    ),
  }),
  setFollowUpDue: shape({ id, dueAt: time }),
  getContact: (input, where) => {
    const checked = shape({ url: optional(profileUrlCheck), memberId: optional(memberIdCheck) })(input, where);
    if (checked.ok && !checked.value.url && !checked.value.memberId) return fail(`${where} needs a url or a memberId.`);
    return checked;
  },
  listContacts: contactQuery,
  listGroups: shape({ queries: list(contactQuery, 20) }),
  recentMessages: shape({ exceptUrl: optional(profileUrlCheck), limit: optional(number(1, 200)) }),
  listDue: (input, where) => (input === undefined ? succeed({}) : shape({ until: maybeTime })(input, where)),
  listDueIn: shape({ ranges: list(shape({ from: time, to: time, whole: optional(yesNo) }), 10), first: number(1, 1000) }),
  getSettings: nothing,
  saveSettings: shape({ me: optional(meCheck), plan: optional(planSettingsCheck) }),
  exportData: nothing,
  importData: shape({ text: text(pageCharacters), apply: yesNo }),
  openStore: nothing,
  storeWritten: shape({ error: optional(text(20_000)) }),
  importLinkedInExport: shape({
    people: list(
      shape({
        url: profileUrlCheck,
        memberId: optional(memberIdCheck),
        connectedAt: optional(time),
        messages: optional(linkedInMessagesCheck),
      }),
      200_000,
    ),
    apply: yesNo,
  }),
  eraseAll: shape({ confirm: literal(true) }),
  storeNotice: (input, where) => (input === undefined ? succeed({}) : shape({ dismiss: optional(yesNo) })(input, where)),
};
