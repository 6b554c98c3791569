/**
 * How long the follow-up plan waits at each stage. The defaults follow the guide; the user
 * can change every one of them in Options.
 */
export interface PlanSettings {
  /** Reached out, no reply: one gentle check-in after this many days (guide: ghosting). */
  checkInAfterDays: number;
  /** Checked in, still no reply: suggest moving on after this many more days. */
  moveOnAfterDays: number;
  /** They replied: propose times for the chat within this many days. */
  scheduleChatWithinDays: number;
  /** Chat scheduled: prepare this many days before it (guide Step 4: prepare, prepare, prepare)… */
  prepDaysBefore: number;
  /** …and a last reminder this many hours before it. */
  prepHoursBefore: number;
  /** After the chat: the thank-you nudge comes this many hours later (the guide says within 24). */
  thankYouAfterHours: number;
  /** Thanked: report progress on their advice after this many months ("a couple of months"). */
  progressUpdateAfterMonths: number;
  /** An ongoing mentorship: keep in touch every this many months (the guide: 2-3). */
  keepInTouchEveryMonths: number;
}

export const defaultPlanSettings: PlanSettings = {
  checkInAfterDays: 7,
  moveOnAfterDays: 14,
  scheduleChatWithinDays: 1,
  prepDaysBefore: 1,
  prepHoursBefore: 1,
  thankYouAfterHours: 2,
  progressUpdateAfterMonths: 2,
  keepInTouchEveryMonths: 3,
};

/** The longest wait any setting may ask for, so a typo cannot push a nudge years away. */
export const planSettingLimits: Record<keyof PlanSettings, { min: number; max: number }> = {
  checkInAfterDays: { min: 1, max: 90 },
  moveOnAfterDays: { min: 1, max: 90 },
  scheduleChatWithinDays: { min: 0, max: 30 },
  prepDaysBefore: { min: 0, max: 14 },
  prepHoursBefore: { min: 0, max: 48 },
  thankYouAfterHours: { min: 0, max: 24 },
  progressUpdateAfterMonths: { min: 1, max: 12 },
  keepInTouchEveryMonths: { min: 1, max: 12 },
};
