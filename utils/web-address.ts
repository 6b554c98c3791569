/**
 * Whether a link taken from a profile may be shown or stored as a link: only http(s), never
 * javascript:, data: or anything a browser would run or open in another way.
 */
export function isWebAddress(url: string | undefined): url is string {
  if (!url) return false;
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
