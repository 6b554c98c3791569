/**
 * The tests on the second set of real saved pages (tests/unit/linkedin/real-page-list.ts), run by
 * `npm run test:real-pages` alone: the pages live outside this repository.
 */
export const realPageTests = 'tests/unit/linkedin/real-pages*.test.ts';
