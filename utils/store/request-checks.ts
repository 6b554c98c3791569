import type { GetDataType } from '@webext-core/messaging';
import type { WorkerProtocol } from '@/utils/messages';
import { snoozeChoices } from '@/utils/relationship/snooze-until';
import { fail, succeed } from './outcome';
import {
  hookCheck,
  interactionKindCheck,
  meCheck,
  planSettingsCheck,
  profileCheck,
  profileUrl,
  sentMessageCheck,
  stageCheck,
} from './record-checks';
import { either, list, literal, number, oneOf, optional, shape, text, time, yesNo, type Validator } from './validate';

const long = text(50_000);
const line = text(500);
const id = number(1, Number.MAX_SAFE_INTEGER);
const wordChange = optional(shape({ was: long, now: long }));

/** No data, or an empty object: what a request without parameters may carry. */
const nothing: Validator<undefined> = (input, where) =>
  input === undefined || input === null ? succeed(undefined) : fail(`${where} takes no data.`);

/** One check per request of the worker protocol: the compiler makes sure none is missing. */
export const requestChecks: { [K in keyof WorkerProtocol]: Validator<GetDataType<WorkerProtocol[K]>> } = {
  saveContact: shape({
    profile: profileCheck,
    stage: optional(stageCheck),
    meetingAt: optional(time),
    notes: optional(long),
    takeaways: optional(long),
    adviceReceived: optional(long),
    whatITried: optional(long),
    toldThem: optional(long),
    hook: optional(hookCheck),
    message: optional(sentMessageCheck),
  }),
  saveWords: shape({
    url: profileUrl,
    basedOn: time,
    changes: shape({ notes: wordChange, takeaways: wordChange, adviceReceived: wordChange, whatITried: wordChange, toldThem: wordChange }),
  }),
  logInteraction: shape({
    url: profileUrl,
    kind: interactionKindCheck,
    at: optional(time),
    note: optional(long),
    meetingAt: optional(time),
    pausedUntil: optional(time),
  }),
  changeStage: shape({ url: profileUrl, stage: stageCheck, meetingAt: optional(time), pausedUntil: optional(time) }),
  snoozeFollowUp: shape({ id, choice: either(oneOf(snoozeChoices), shape({ until: time })) }),
  finishFollowUp: shape({ id }),
  notesThisMonth: nothing,
  noticeReplies: shape({
    threads: list(
      shape({
        with: profileUrl,
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
    const checked = shape({ url: optional(profileUrl), memberId: optional(text(100)) })(input, where);
    if (checked.ok && !checked.value.url && !checked.value.memberId) return fail(`${where} needs a url or a memberId.`);
    return checked;
  },
  listContacts: shape({
    stage: optional(stageCheck),
    search: optional(text(200)),
    offset: optional(number(0, 1_000_000)),
    limit: optional(number(1, 500)),
  }),
  recentMessages: shape({ exceptUrl: optional(profileUrl), limit: optional(number(1, 200)) }),
  listDue: (input, where) => (input === undefined ? succeed({}) : shape({ until: optional(time) })(input, where)),
  getSettings: nothing,
  saveSettings: shape({ me: optional(meCheck), plan: optional(planSettingsCheck) }),
  exportData: nothing,
  importData: shape({ text: text(60_000_000), apply: yesNo }),
  eraseAll: shape({ confirm: literal(true) }),
  storeNotice: (input, where) => (input === undefined ? succeed({}) : shape({ dismiss: optional(yesNo) })(input, where)),
};
