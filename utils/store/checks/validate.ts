import { fail, succeed, type Outcome } from '../schema/outcome';

/**
 * Small validators for data that crosses a boundary (a message from a page, an imported file).
 * Each builds a fresh value from the fields it knows, so unknown keys, "__proto__" included,
 * never reach the database. `where` names the place for the message: "contact 3 › notes".
 */
export type Validator<T> = (input: unknown, where: string) => Outcome<T>;

type Optional<T> = Validator<T | undefined> & { optional: true };
type Output<V> = V extends Validator<infer T> ? T : never;
type Fields = Record<string, Validator<unknown>>;
type Shaped<F extends Fields> = {
  [K in keyof F as F[K] extends { optional: true } ? never : K]: Output<F[K]>;
} & {
  [K in keyof F as F[K] extends { optional: true } ? K : never]?: Exclude<Output<F[K]>, undefined>;
};

const plainNumber = new Intl.NumberFormat('en');

export function text(max = 20_000): Validator<string> {
  return (input, where) => {
    if (typeof input !== 'string') return fail(`${where} should be text.`);
    if (input.length > max) return fail(`${where} is too long (over ${plainNumber.format(max)} characters).`);
    return succeed(input);
  };
}

export function number(min: number, max: number): Validator<number> {
  return (input, where) =>
    typeof input === 'number' && Number.isFinite(input) && input >= min && input <= max
      ? succeed(input)
      : fail(`${where} should be a number from ${min} to ${max}.`);
}

// Dates are whole epoch milliseconds between 1970 and 2200: anything else (NaN, Infinity,
// the year 275760 a Date can still hold) is a corrupt value, not a date anyone means.
export const latestTime = Date.UTC(2200, 0, 1);
export const time: Validator<number> = (input, where) =>
  Number.isInteger(input) && (input as number) >= 0 && (input as number) <= latestTime
    ? succeed(input as number)
    : fail(`${where} should be a date between 1970 and 2200.`);

/**
 * A date a request may leave out. Absent is fine; null is not: a message between the pages and
 * the worker is sent as JSON, where NaN and Infinity arrive as null, so a null date is a date
 * that was broken on the way and is refused rather than quietly dropped.
 */
export const maybeTime: Optional<number> = Object.assign(
  (input: unknown, where: string): Outcome<number | undefined> =>
    input === undefined ? succeed(undefined) : input === null ? fail(`${where} should be a date between 1970 and 2200 (it was not a number).`) : time(input, where),
  { optional: true as const },
);

export function oneOf<T extends string>(values: readonly T[]): Validator<T> {
  return (input, where) =>
    typeof input === 'string' && (values as readonly string[]).includes(input)
      ? succeed(input as T)
      : fail(`${where} should be one of: ${values.join(', ')}.`);
}

export function literal<T extends string | boolean>(value: T): Validator<T> {
  return (input, where) => (input === value ? succeed(value) : fail(`${where} should be ${String(value)}.`));
}

/** A list of at most `max` entries; `name` says how an entry is called in a message ("Contact 3"). */
export function list<T>(
  item: Validator<T>,
  max: number,
  name: (position: number, where: string) => string = (position, where) => `${where} › ${position}`,
): Validator<T[]> {
  return (input, where) => {
    if (!Array.isArray(input)) return fail(`${where} should be a list.`);
    if (input.length > max) return fail(`${where} has more than ${plainNumber.format(max)} entries.`);
    const out: T[] = [];
    for (const [index, entry] of input.entries()) {
      const checked = item(entry, name(index + 1, where));
      if (!checked.ok) return checked;
      out.push(checked.value);
    }
    return succeed(out);
  };
}

export function optional<T>(validator: Validator<T>): Optional<T> {
  const check: Validator<T | undefined> = (input, where) =>
    input === undefined || input === null ? succeed(undefined) : validator(input, where);
  return Object.assign(check, { optional: true as const });
}

export function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

export function shape<F extends Fields>(fields: F): Validator<Shaped<F>> {
  return (input, where) => {
    if (!isRecord(input)) return fail(`${where} should be a set of fields.`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(fields)) {
      // Own fields only: a value must not come from a prototype an attacker shaped.
      const value = Object.hasOwn(input, key) ? input[key] : undefined;
      const checked = fields[key]!(value, `${where} › ${key}`);
      if (!checked.ok) return checked;
      if (checked.value !== undefined) out[key] = checked.value;
    }
    return succeed(out as Shaped<F>);
  };
}

/** The first validator that accepts the input wins; the error names them all. */
export function either<A, B>(first: Validator<A>, second: Validator<B>): Validator<A | B> {
  return (input, where) => {
    const a = first(input, where);
    if (a.ok) return a;
    const b = second(input, where);
    return b.ok ? b : fail(`${a.error.replace(/\.$/, '')}, or ${b.error.replace(`${where} `, '')}`);
  };
}

export const yesNo: Validator<boolean> = (input, where) =>
  typeof input === 'boolean' ? succeed(input) : fail(`${where} should be true or false.`);
