import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project's root, and the folders whose code ships in the extension. */
export const root = resolve(import.meta.dirname, '..');
export const shippedFolders = ['entrypoints', 'components', 'utils'];

/** Every source file below `dir` (scripts, components, pages). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|jsx|html)$/.test(name) ? [path] : [];
  });
}

/** Every source file that ships. */
export const shippedFiles = (): string[] => shippedFolders.flatMap((folder) => sourceFiles(join(root, folder)));
