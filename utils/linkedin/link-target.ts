import { isWebAddress } from '@/utils/web-address';

/**
 * Where a link really goes: absolute, and unwrapped from LinkedIn's safety redirects
 * (`/safety/go/?url=…` on the 2026 server-driven page, `/redir/redirect?url=…` on public pages).
 */
export function linkTarget(a: Element | null | undefined): string | undefined {
  const href = a?.getAttribute('href')?.trim();
  if (!href || href === '#' || /^(javascript|data):/i.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com');
  } catch {
    return undefined;
  }
  if (/linkedin\.com$/.test(url.hostname) && /^\/(safety\/go|redir\/redirect)\/?$/.test(url.pathname)) {
    const target = url.searchParams.get('url') ?? undefined;
    if (isWebAddress(target)) return target;
  }
  return isWebAddress(url.href) ? url.href : undefined;
}
