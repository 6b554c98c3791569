/**
 * The most of a profile the extension keeps, in characters and entries. The worker refuses
 * anything longer (utils/store/checks/record-checks.ts), so the reader cuts a page's text here
 * rather than hand the popup a profile it cannot save. Real profiles stay far below:
 * LinkedIn caps a headline at 220 characters and an about at 2,600.
 */
export const profileLimits = {
  line: 1_000,
  long: 50_000,
  experience: 300,
  education: 100,
  featured: 200,
  activity: 200,
  skills: 500,
  /** Projects, publications, honours, certifications and volunteering, each. */
  achievements: 100,
  languages: 50,
  /** A featured item's or post's web address. */
  link: 2_000,
} as const;
