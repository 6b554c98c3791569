import { connectionStates, profileFields, profileLayouts, type Profile } from '@/utils/linkedin/profile';
import { profileLimits } from '@/utils/linkedin/profile-limits';
import { planSettingLimits, type PlanSettings } from '@/utils/relationship/plan-settings';
import { channels } from '@/utils/outreach/channels';
import { followUpKinds, interactionKinds, stages } from '@/utils/relationship/stages';
import { fail, succeed } from '../schema/outcome';
import type { Contact, FollowUp, FollowUpState, CitedHook, Interaction, LinkedInMessages, SentMessage } from '../schema/records';
import { list, number, oneOf, optional, shape, text, time, yesNo, type Validator } from './validate';
import { isWebAddress } from '@/utils/web-address';
import { profileIdLimit, profileUrl } from '@/utils/linkedin/profile-url';

// Checks for every record the worker stores, used on messages from pages and on imported files.

/**
 * A profile address, turned into its one canonical form https://www.linkedin.com/in/<slug>/ by
 * the reader's own rule (utils/linkedin/profile-url.ts: case, percent-encoding, trailing steps),
 * so one person is one contact however a page or a file spells their address, and whatever
 * the reader reads (any script, a long member id) can be saved. A refused address says why.
 */
export const profileUrlCheck: Validator<string> = (input, where) => {
  if (typeof input !== 'string' || input.length > 20_000) return fail(`${where} should be a LinkedIn profile address like https://www.linkedin.com/in/name/.`);
  const canonical = profileUrl(input);
  return canonical.ok
    ? succeed(canonical.url)
    : fail(`${where} should be a LinkedIn profile address like https://www.linkedin.com/in/name/: ${lowerFirst(canonical.reason)}`);
};

/** LinkedIn's member id (ACoAA…), as long as the reader may read it. */
export const memberIdCheck = text(profileIdLimit);

const lowerFirst = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/** A link shown to the user: only web addresses, never javascript: or data:. */
const webUrl: Validator<string> = (input, where) =>
  typeof input === 'string' && input.length <= profileLimits.link && isWebAddress(input)
    ? succeed(input)
    : fail(`${where} should be a web address (https://…).`);

const line = text(profileLimits.line);
const long = text(profileLimits.long);
const itemKind = oneOf(['post', 'article', 'link', 'media', 'talk', 'project', 'other'] as const);

/** A date as precise as the page showed it: "2021", "2021-03" or "2021-03-14". */
const pageDate: Validator<string> = (input, where) =>
  typeof input === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(input)
    ? succeed(input)
    : fail(`${where} should be a date like 2021, 2021-03 or 2021-03-14.`);
const period = optional(shape({ start: optional(pageDate), end: optional(pageDate), ongoing: optional(yesNo) }));
const achievements = optional(
  list(
    shape({ title: line, by: optional(line), date: optional(pageDate), period, description: optional(long), url: optional(webUrl) }),
    profileLimits.achievements,
  ),
);

const profileFieldsCheck = shape({
  url: profileUrlCheck,
  slug: text(profileIdLimit),
  memberId: optional(memberIdCheck),
  name: optional(line),
  firstName: optional(line),
  headline: optional(line),
  pronouns: optional(line),
  location: optional(line),
  current: optional(shape({ title: optional(line), company: optional(line) })),
  about: optional(long),
  experience: list(
    shape({
      title: optional(line),
      company: optional(line),
      dates: optional(line),
      period,
      location: optional(line),
      description: optional(long),
    }),
    profileLimits.experience,
  ),
  education: list(shape({ school: optional(line), degree: optional(line), dates: optional(line), period }), profileLimits.education),
  featured: list(shape({ title: long, url: optional(webUrl), kind: optional(itemKind), date: optional(pageDate) }), profileLimits.featured),
  // Whose words each item holds (issue 27) is kept, so a saved contact's reposts stay reposts.
  activity: list(
    shape({ text: long, url: optional(webUrl), kind: optional(itemKind), date: optional(pageDate), origin: optional(oneOf(['own', 'repost', 'comment'] as const)), author: optional(line) }),
    profileLimits.activity,
  ),
  skills: list(line, profileLimits.skills),
  // Absent on profiles saved before the reader read them; kept absent, never made empty.
  projects: achievements,
  publications: achievements,
  honors: achievements,
  certifications: achievements,
  volunteering: optional(
    list(
      shape({ role: optional(line), organization: optional(line), cause: optional(line), period, description: optional(long) }),
      profileLimits.achievements,
    ),
  ),
  languages: optional(list(shape({ name: line, proficiency: optional(line) }), profileLimits.languages)),
  connection: optional(oneOf(connectionStates)),
  layout: oneOf(profileLayouts),
  missing: list(oneOf(profileFields), profileFields.length),
});

/** A Profile as the reader gives it; its slug is always its address's, so the two never disagree. */
export const profileCheck: Validator<Profile> = (input, where) => {
  const checked = profileFieldsCheck(input, where);
  if (!checked.ok) return checked;
  const id = profileUrl(checked.value.url);
  return succeed({ ...checked.value, slug: id.ok ? id.slug : checked.value.slug });
};

export const stageCheck = oneOf(stages);
export const followUpKindCheck = oneOf(followUpKinds);
export const interactionKindCheck = oneOf(interactionKinds);

export const hookCheck: Validator<CitedHook> = shape({ text: long, source: line });

export const sentMessageCheck: Validator<SentMessage> = shape({
  channel: oneOf(channels),
  subject: optional(line),
  body: long,
});

export const interactionCheck: Validator<Interaction> = shape({
  kind: interactionKindCheck,
  at: time,
  note: optional(long),
});

/** Who wrote last in the conversations LinkedIn's data export holds with a contact. */
export const linkedInMessagesCheck: Validator<LinkedInMessages> = shape({
  count: number(1, 100_000_000),
  lastFrom: oneOf(['them', 'me'] as const),
  lastAt: time,
  theirLastAt: optional(time),
});

const contactFieldsCheck = shape({
  url: profileUrlCheck,
  formerUrls: list(profileUrlCheck, 100),
  memberId: optional(memberIdCheck),
  profile: profileCheck,
  stage: stageCheck,
  notes: long,
  takeaways: long,
  adviceReceived: long,
  whatITried: long,
  toldThem: long,
  hook: optional(hookCheck),
  message: optional(sentMessageCheck),
  meetingAt: optional(time),
  pausedUntil: optional(time),
  history: list(interactionCheck, 5_000),
  connectedAt: optional(time),
  linkedInMessages: optional(linkedInMessagesCheck),
  createdAt: time,
  updatedAt: time,
});

/** A stored contact: its key is always its profile's canonical address. */
export const contactCheck: Validator<Contact> = (input, where) => {
  const checked = contactFieldsCheck(input, where);
  if (!checked.ok) return checked;
  return checked.value.url === checked.value.profile.url
    ? checked
    : fail(`${where} › url is ${checked.value.url}, but its profile is at ${checked.value.profile.url}: one contact has one address.`);
};

/** A follow-up without its id: ids are the database's, and a new one is given on import. */
export const followUpCheck: Validator<Omit<FollowUp, 'id'>> = shape({
  contactUrl: profileUrlCheck,
  kind: followUpKindCheck,
  dueAt: time,
  state: oneOf<FollowUpState>(['pending', 'snoozed', 'done', 'cancelled']),
  since: time,
  notifiedAt: optional(time),
  closedAt: optional(time),
});

const setting = (key: keyof PlanSettings) => number(planSettingLimits[key].min, planSettingLimits[key].max);

export const planSettingsCheck: Validator<PlanSettings> = shape({
  checkInAfterDays: setting('checkInAfterDays'),
  moveOnAfterDays: setting('moveOnAfterDays'),
  scheduleChatWithinDays: setting('scheduleChatWithinDays'),
  prepDaysBefore: setting('prepDaysBefore'),
  prepHoursBefore: setting('prepHoursBefore'),
  thankYouAfterHours: setting('thankYouAfterHours'),
  progressUpdateAfterMonths: setting('progressUpdateAfterMonths'),
  keepInTouchEveryMonths: setting('keepInTouchEveryMonths'),
});

/** The user's "Me" is the pages' to shape; here it only has to be plain JSON of a sane size. */
export const meCheck: Validator<unknown> = (input, where) => {
  if (input === undefined || input === null) return succeed(null);
  const json = JSON.stringify(input);
  if (json === undefined) return fail(`${where} should be plain data.`);
  if (json.length > 200_000) return fail(`${where} is too large.`);
  // A round trip drops functions and, by JSON.parse's rules, makes "__proto__" a plain key.
  return succeed(JSON.parse(json) as unknown);
};

