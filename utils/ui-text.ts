import type { GeneratedI18nStructure } from '#i18n';

/** A key of locales/en.yml, dotted ("popup.draft.heading"); tsc rejects one that is not there. */
export type MessageKey = keyof GeneratedI18nStructure;
/** A key with `one` and `other` forms, chosen by the count. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never }[MessageKey];

/** Looks a message up by its Chrome name (dots become underscores), as `i18n.getMessage` does. */
export type MessageLookup = (name: string, substitutions?: string[]) => string;

let installed: MessageLookup | undefined;

/** Tests and command-line scripts have no browser i18n: they install the English file here. */
export function useMessages(lookup: MessageLookup | undefined): void {
  installed = lookup;
}

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

// The browser's own lookup picks the messages of its UI language, English where it has none.
// It is synchronous and works in every extension context, the worker included.
function lookup(): MessageLookup | undefined {
  if (installed) return installed;
  const api = (globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } });
  const i18n = api.browser?.i18n ?? api.chrome?.i18n;
  return i18n && ((name, substitutions) => i18n.getMessage(name, substitutions));
}

/** The message `key` in the interface's language, `$1` … filled in (a number as digits: formatNumber it for "10,000"). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const name = key.replaceAll('.', '_');
  const values = substitutions.map(String);
  const found = lookup()?.(name, values.length > 0 ? values : undefined);
  // Outside an extension with nothing installed (a script), the key stands in: visible, never blank.
  return found || key;
}

/** The `one` or `other` form of `key` for `count` ("1 contact", "10,000 contacts"), by the language's own rules. */
export function tCount(key: PluralKey, count: number, ...more: (string | number)[]): string {
  const form = new Intl.PluralRules(uiLocale()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, formatNumber(count), ...more);
}

/** The locale dates and numbers are written in: the messages' own (locales/*.yml `locale`), so a page never mixes two languages. */
export function uiLocale(): string {
  const locale = t('locale');
  return locale === 'locale' ? 'en-GB' : locale;
}

/** A number as the interface's language writes it ("10,000", "10.000", "10 000"). */
export function formatNumber(value: number): string {
  return value.toLocaleString(uiLocale());
}
