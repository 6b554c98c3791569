import type { NotProfileReason, ProfileField } from '@/utils/linkedin/profile';
import type { Hook, HookPlace } from '@/utils/outreach/hooks';
import { t, uiLocale } from '@/utils/ui-text';

/** Every sentence the popup shows, in one place; the words are in locales/*.yml. */
export const text = {
  title: t('common.title'),
  reading: t('popup.reading'),
  waiting: t('popup.waiting'),
  notProfile: {
    heading: t('popup.notProfile.heading'),
    body: t('popup.notProfile.body'),
    /** What a profile address shows instead of a person (issue 27), in plain words. */
    seen: {
      heading: t('popup.notProfile.seen.heading'),
      'login-wall': t('popup.notProfile.seen.loginWall'),
      'not-found': t('popup.notProfile.seen.notFound'),
      error: t('popup.notProfile.seen.error'),
      empty: t('popup.notProfile.seen.empty'),
    } satisfies Record<NotProfileReason | 'heading', string>,
  },
  firstRun: {
    heading: t('popup.firstRun.heading'),
    body: t('popup.firstRun.body'),
    intro: t('me.intro.label'),
    introExample: t('me.intro.shortExample'),
    askAbout: t('me.askAbout.label'),
    askAboutExample: t('me.askAbout.example'),
    save: t('popup.firstRun.save'),
    setUp: t('popup.firstRun.setUp'),
    skip: t('popup.firstRun.skip'),
  },
  /** Where on their profile a hook was found, by place (utils/outreach/hooks.ts HookPlace). */
  hookFrom: {
    featured: t('popup.hookFrom.featured'),
    'recent-activity': t('popup.hookFrom.recentActivity'),
    activity: t('popup.hookFrom.activity'),
    publication: t('popup.hookFrom.publication'),
    project: t('popup.hookFrom.project'),
    honour: t('popup.hookFrom.honour'),
    'earlier-role': t('popup.hookFrom.earlierRole'),
    volunteering: t('popup.hookFrom.volunteering'),
    about: t('popup.hookFrom.about'),
    'current-role': t('popup.hookFrom.currentRole'),
    'shared-company': t('popup.hookFrom.sharedCompany'),
    'shared-school': t('popup.hookFrom.sharedSchool'),
    own: t('popup.hookFrom.own'),
  } satisfies Record<HookPlace, string>,
  /** Where a message goes, by channel, for the channel picker. */
  channelNames: {
    'connection-note': t('popup.channelNames.connectionNote'),
    message: t('popup.channelNames.message'),
    inmail: t('popup.channelNames.inmail'),
    email: t('popup.channelNames.email'),
  },
  unreadableAddress: {
    heading: t('popup.unreadableAddress.heading'),
    body: t('popup.unreadableAddress.body'),
  },
  error: {
    heading: t('popup.error.heading'),
    retry: t('popup.error.retry'),
  },
  openDashboard: t('common.openDashboard'),
  editMe: t('common.editMe'),
  besideThePage: {
    open: t('popup.besideThePage.open'),
    failed: t('popup.besideThePage.failed'),
  },
  notProfileBeside: t('popup.notProfileBeside'),
  who: {
    heading: t('popup.who.heading'),
    missing: t('popup.who.missing'),
    theirTime: t('popup.who.theirTime'),
    zone: t('popup.who.zone'),
    zoneUnknown: t('popup.who.zoneUnknown'),
    changeZone: t('popup.who.changeZone'),
    difference: {
      same: t('popup.who.sameTime'),
      hours: (hours: number) => t('popup.who.hours', hours),
      minutes: (minutes: number) => t('popup.who.minutes', minutes),
      ahead: (amount: string) => t('popup.who.ahead', amount),
      behind: (amount: string) => t('popup.who.behind', amount),
    },
    timeAndDifference: (time: string, difference: string | undefined) => (difference ? t('popup.who.timeAndDifference', time, difference) : time),
    fields: {
      name: t('popup.who.fields.name'),
      headline: t('common.headline'),
      title: t('popup.who.fields.title'),
      company: t('popup.who.fields.company'),
      location: t('common.location'),
      greetAs: t('popup.who.fields.greetAs'),
    },
    greetAsHint: t('popup.who.greetAsHint'),
  },
  draft: {
    heading: t('popup.draft.heading'),
    hooks: t('popup.draft.hooks'),
    citing: t('popup.draft.citing'),
    citingNothing: t('popup.draft.citingNothing'),
    change: t('popup.draft.change'),
    more: t('popup.draft.more'),
    kept: t('popup.draft.kept'),
    discard: t('popup.draft.discard'),
    ownHook: t('popup.draft.ownHook'),
    ownHookLabel: t('popup.draft.ownHookLabel'),
    noHooks: t('popup.draft.noHooks'),
    channel: t('popup.draft.channel'),
    minutes: t('popup.draft.minutes'),
    minutesOption: (minutes: number) => t('common.minutes', minutes),
    tone: t('popup.draft.tone'),
    tones: { warm: t('popup.draft.tones.warm'), concise: t('popup.draft.tones.concise'), formal: t('popup.draft.tones.formal') },
    language: t('popup.draft.language'),
    anotherWording: t('popup.draft.anotherWording'),
    parts: t('popup.draft.parts'),
    subjectPart: t('popup.draft.subjectPart'),
    opening: t('popup.draft.opening'),
    introduction: t('popup.draft.introduction'),
    ask: t('popup.draft.ask'),
    close: t('popup.draft.close'),
    subject: t('common.subject'),
    message: t('popup.draft.message'),
    count: (length: number, limit: number) => t('popup.draft.count', length, limit),
    over: (by: number) => t('popup.draft.over', by),
    copyMessage: t('common.copyMessage'),
    copySubject: t('common.copySubject'),
    copied: t('popup.draft.copied'),
    copyFailed: t('popup.draft.copyFailed'),
  },
  /** Sections LinkedIn is still loading, by the names LinkedIn gives them (the current role comes with Experience). */
  lateSections: {
    line: (sections: string) => t('popup.lateSections.line', sections),
    names: {
      about: t('popup.lateSections.about'),
      featured: t('popup.lateSections.featured'),
      experience: t('popup.lateSections.experience'),
      education: t('popup.lateSections.education'),
      activity: t('popup.lateSections.activity'),
      skills: t('popup.lateSections.skills'),
      projects: t('popup.lateSections.projects'),
      publications: t('popup.lateSections.publications'),
      honors: t('popup.lateSections.honors'),
      certifications: t('popup.lateSections.certifications'),
      volunteering: t('popup.lateSections.volunteering'),
      languages: t('popup.lateSections.languages'),
    } satisfies Partial<Record<ProfileField, string>>,
  },
  save: {
    button: t('popup.save.button'),
    saving: t('common.saving'),
    saved: t('popup.save.saved'),
    due: t('common.dueDate'),
    failed: t('popup.save.failed'),
  },
  /** Reading the tab failed: what to do next. */
  reader: {
    noTab: t('popup.noTab'),
    stillLoading: t('popup.stillLoading'),
    failed: (detail: string) => t('popup.readFailed', detail),
  },
} as const;

/**
 * Where a hook was found, in the interface's language, with the page's date: "Featured · Nov
 * 2026", "Destacado · nov 2026". A hook kept from before carries only its English source.
 */
export function hookSource(hook: Pick<Hook, 'source' | 'from'>): string {
  if (!hook.from) return hook.source;
  const place = text.hookFrom[hook.from.place];
  const month = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(hook.from.when ?? '');
  const when = month ? new Intl.DateTimeFormat(uiLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 15)) : hook.from.when;
  return when ? `${place} · ${when}` : place;
}
