/** "mentor-outreach-2026-05-04.json": the day of the export in the name, so copies sort by date. */
export function exportFileName(kind: 'json' | 'csv', exportedAt: number): string {
  return `mentor-outreach-${new Date(exportedAt).toISOString().slice(0, 10)}.${kind}`;
}
