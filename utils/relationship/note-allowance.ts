// Apart from monthly-notes.ts, whose month needs @date-fns/tz: the popup only weighs the count the worker sends.

/** Where this month's notes stand for the next one: room left, the last one, or none left. */
export type NoteAllowance =
  | { kind: 'room'; used: number; cap: number }
  | { kind: 'last'; used: number; cap: number }
  | { kind: 'none'; used: number; cap: number };

/**
 * What the next note would be: the last of the month (warn before it), one over the cap
 * (offer a message, InMail or email instead), or nothing to say. Premium has no cap.
 */
export function noteAllowance(used: number, cap: number, account: 'free' | 'premium'): NoteAllowance | undefined {
  if (account !== 'free') return undefined;
  if (used >= cap) return { kind: 'none', used, cap };
  if (used === cap - 1) return { kind: 'last', used, cap };
  return { kind: 'room', used, cap };
}
