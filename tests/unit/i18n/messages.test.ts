import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const languages = ['en', 'es', 'fr', 'de', 'pt'] as const;
const messagesOf = async (language: string) => generateChromeMessages(await parseMessagesFile(join(root, 'locales', `${language}.yml`)));
const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map(([found]) => found).sort();

describe('the message files', () => {
  it('has a file for every language and no other', () => {
    expect(readdirSync(join(root, 'locales')).sort()).toEqual(languages.map((language) => `${language}.yml`).sort());
  });

  it.each(languages.filter((language) => language !== 'en'))('%s has every English key, no other, with the same placeholders', async (language) => {
    const english = await messagesOf('en');
    const other = await messagesOf(language);
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect({ key, placeholders: placeholders(other[key]!.message) }).toEqual({ key, placeholders: placeholders(message) });
      expect({ key, empty: other[key]!.message.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('keeps each language’s typography: no straight apostrophes or quotes in words a user reads', async () => {
    for (const language of languages) {
      for (const [key, { message }] of Object.entries(await messagesOf(language))) {
        // The one exception: a JSON field named as the file must spell it.
        if (key === 'store_notExport' || key === 'store_unknownContact') continue;
        expect({ language, key, straight: /['"]/.test(message) }).toEqual({ language, key, straight: false });
      }
    }
  });

  it('uses French spacing: a narrow no-break space before ; ! ? and inside « », a no-break space before :', async () => {
    for (const [key, { message }] of Object.entries(await messagesOf('fr'))) {
      if (key === 'store_notExport') continue;
      expect({ key, spaced: / [;:!?]|« | »/.test(message) }).toEqual({ key, spaced: false });
    }
  });

  it('uses each language’s own quotation marks', async () => {
    const marks = { es: /«[^»]+»/, fr: /«\u202f[^»]+\u202f»/, de: /„[^“]+“/, pt: /“[^”]+”/ };
    for (const [language, pattern] of Object.entries(marks)) {
      expect((await messagesOf(language)).common_editMe!.message).toMatch(pattern);
    }
  });
});

/** Every .tsx file under components/ and entrypoints/. */
function tsxFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.tsx'))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Attributes whose values are names for code, not words for people.
const codeAttributes = new Set(['class', 'id', 'for', 'type', 'name', 'role', 'value', 'href', 'target', 'rel', 'accept', 'list', 'key', 'data-testid', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-live', 'aria-current', 'aria-hidden', 'aria-expanded']);

/** What a .tsx file would show a user in its own words: text between tags, and quoted words outside types, imports and code attributes. */
function wordsIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isJsxAttribute(node) && codeAttributes.has(node.name.getText())) return;
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(node.text.trim());
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && isWords(node.text))
      found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// Two words, or one capitalized word: in a .tsx that is on screen. Keys, ids and CSS are lower-case and joined.
const isWords = (text: string) => /\p{L}{2,} \p{L}{2,}/u.test(text) || /^\p{Lu}\p{Ll}+$/u.test(text.trim());

describe('the components and pages', () => {
  const files = [...tsxFiles('components'), ...tsxFiles('entrypoints')];

  it('has pages to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('finds words where they are left in a page (the scan works)', () => {
    const sample = join(root, 'tests/unit/i18n/left-in.tsx.txt');
    expect(wordsIn(sample)).toEqual(['Save now', 'Close the panel', 'Warm']);
  });

  it.each(files.map((file) => [file.slice(root.length + 1), file]))('%s has no words outside the message files', (_, file) => {
    expect(wordsIn(file)).toEqual([]);
  });
});
