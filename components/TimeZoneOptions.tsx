/**
 * The options of a time-zone picker: each IANA zone, written readably ("Los Angeles"). The
 * browser's list leaves out some names it still accepts (UTC, Asia/Kolkata, Europe/Kyiv…),
 * so the chosen zone is always offered too: a select must show what is chosen.
 */
export function TimeZoneOptions({ zones, selected, emptyLabel }: { zones: readonly string[]; selected?: string; emptyLabel?: string }) {
  const all = selected && !zones.includes(selected) ? [selected, ...zones] : zones;
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {all.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replace(/_/g, ' ')}
        </option>
      ))}
    </>
  );
}
