import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWebAddress } from '@/utils/web-address';
import { root, shippedFiles } from '../../shipped-code';

// Profile text is shown as text, never as markup (PRODUCT.md, "Promises to users").
// Preact escapes what it renders; these are the ways around that, and none may be used.
const markupSinks = [
  /\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bdangerouslySetInnerHTML\b/,
  /\bdocument\.write(ln)?\b/,
  /\bcreateContextualFragment\b/,
  /\bsetHTMLUnsafe\b/,
  /\bnew Function\b/,
  /\beval\s*\(/,
];

describe('code that ships renders page text as text only', () => {
  const files = shippedFiles();

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [relative(root, file)]))('%s uses no markup sink', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    const used = markupSinks.filter((sink) => sink.test(source)).map(String);
    expect(used).toEqual([]);
  });
});

// Links taken from a profile are links only when they are web addresses (issue 8): a link
// built from data (href={…}, .href = …) must sit in a file that checks for http(s) first.
describe('code that ships links only to web addresses', () => {
  const rendered = shippedFiles().filter((file) => /href=\{/.test(readFileSync(file, 'utf8')));

  it('has links built from data to check', () => {
    expect(rendered.length).toBeGreaterThan(0);
  });

  it.each(rendered.map((file) => [relative(root, file)]))('%s checks each address is http(s) before linking it', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).toContain("import { isWebAddress } from '@/utils/web-address';");
    for (const [, value] of source.matchAll(/href=\{([^}]+)\}/g)) {
      expect(source).toMatch(new RegExp(`isWebAddress\\(${value!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)\\s*&&`));
    }
  });
});

describe('isWebAddress, the one check before a link from a profile is shown or stored', () => {
  it.each([
    ['https://example.com/talk', true],
    ['http://example.com', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['java\tscript:alert(1)', false],
    ['//example.com', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (url, web) => {
    expect(isWebAddress(url)).toBe(web);
  });
});
