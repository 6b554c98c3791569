import type { Plugin } from 'vite';

/**
 * WXT's build-time flags (import.meta.env.FIREFOX, …) as the build for `browser` has them.
 * WxtVitest passes them as `define`, which Vitest 4 drops for import.meta.env.* (seen with
 * wxt 0.21.0 + vitest 4.1.12: import.meta.env.FIREFOX is undefined in tests), so they are
 * written into the source here, as the real build does.
 */
export function buildFlags(browser: 'chrome' | 'firefox'): Plugin {
  const firefox = browser === 'firefox';
  const flags: Record<string, string> = {
    BROWSER: JSON.stringify(browser),
    FIREFOX: String(firefox),
    CHROME: String(!firefox),
    EDGE: 'false',
    SAFARI: 'false',
    OPERA: 'false',
    MANIFEST_VERSION: firefox ? '2' : '3',
  };
  return {
    name: `${browser}-build-flags`,
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('import.meta.env.')) return undefined;
      return code.replace(/import\.meta\.env\.([A-Z_]+)\b/g, (whole, flag: string) => flags[flag] ?? whole);
    },
  };
}
