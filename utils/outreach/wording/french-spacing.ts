// Apart from the French words, so that the French checks use it without carrying them.

const thin = '\u202F';
const space = '\u00A0';

/** French spacing for the words written here (not for what is put in them): "Merci !" → "Merci\u202F!". */
export function fr(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  const spaced = (text: string) =>
    text
      .replace(/ ([;!?])/g, `${thin}$1`)
      .replace(/ :/g, `${space}:`)
      .replace(/« /g, `«${thin}`)
      .replace(/ »/g, `${thin}»`);
  return strings.reduce((text, part, index) => text + spaced(part) + (index < values.length ? String(values[index]) : ''), '');
}
