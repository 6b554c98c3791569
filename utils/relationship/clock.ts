/** The moment and the place a decision is made in: now (epoch ms) and the user's IANA time zone. */
export interface Clock {
  now: number;
  timeZone: string;
}
