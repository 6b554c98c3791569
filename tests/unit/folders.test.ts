import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, shippedFiles } from '../shipped-code';

// Issue 16: a folder's code may use another folder's, but never the other way round as well,
// directly or around a ring: each folder can be read, and changed, knowing only those below it.
const imported = /(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](@\/|\.{1,2}\/)([^'"]+)['"]/gm;

/** Each folder and the folders its files import from (type-only imports too). */
function folderImports(): Map<string, Set<string>> {
  const uses = new Map<string, Set<string>>();
  for (const file of shippedFiles().filter((path) => !path.endsWith('.html'))) {
    const folder = relative(root, dirname(file));
    for (const [, start, rest] of readFileSync(file, 'utf8').matchAll(imported)) {
      const target = start === '@/' ? join(root, rest!) : resolve(dirname(file), start! + rest!);
      const targetFolder = relative(root, dirname(target));
      if (targetFolder === folder || targetFolder.startsWith('..') || targetFolder.startsWith('node_modules')) continue;
      uses.set(folder, (uses.get(folder) ?? new Set()).add(targetFolder));
    }
  }
  return uses;
}

/** The rings: groups of two or more folders each reachable from the others (Tarjan's components). */
function rings(uses: Map<string, Set<string>>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (folder: string) => {
    order.set(folder, order.size);
    low.set(folder, order.get(folder)!);
    stack.push(folder);
    for (const next of uses.get(folder) ?? []) {
      if (!order.has(next)) visit(next);
      if (stack.includes(next)) low.set(folder, Math.min(low.get(folder)!, low.get(next)!));
    }
    if (low.get(folder) !== order.get(folder)) return;
    const ring = stack.splice(stack.indexOf(folder));
    if (ring.length > 1) found.push(ring.sort());
  };
  for (const folder of uses.keys()) if (!order.has(folder)) visit(folder);
  return found;
}

describe('folders', () => {
  const uses = folderImports();

  it('are read with their imports', () => {
    expect(uses.get('entrypoints/popup')).toContain('utils/outreach');
    expect(uses.get('utils/outreach')).toContain('utils/outreach/wording');
  });

  it('never import each other, directly or around a ring', () => {
    expect(rings(uses)).toEqual([]);
  });

  it('would show a ring if one were made', () => {
    const withRing = new Map(uses).set('utils/outreach/wording', new Set([...(uses.get('utils/outreach/wording') ?? []), 'utils/outreach']));
    expect(rings(withRing)).toContainEqual(expect.arrayContaining(['utils/outreach', 'utils/outreach/wording']));
  });
});
