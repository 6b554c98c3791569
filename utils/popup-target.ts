/**
 * Which tab the popup reads: `popup.html?tabId=N` names one (end-to-end tests, a pinned
 * window); otherwise the popup reads the active tab.
 */
export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
