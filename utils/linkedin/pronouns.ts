// "He/Him", "she/her/hers", "They/Them", "Sie/Ihr": short words joined by slashes, not all
// capitals (so "CTO/CPO" stays a headline), shown beside the name on 2026 pages (issue 13).
const shape = /^\p{L}{2,5}(?:\s?\/\s?\p{L}{2,5}){1,2}$/u;

/** True for a top-card line that states pronouns rather than a headline. */
export function isPronouns(line: string): boolean {
  return shape.test(line) && line !== line.toUpperCase();
}

/** The pronouns a top-card line states, without the brackets 2024 Ember top cards put round them ("(She/Her)"). */
export function pronounsOf(line: string): string | undefined {
  const bare = line.replace(/^\((.+)\)$/, '$1').trim();
  return isPronouns(bare) ? bare : undefined;
}
