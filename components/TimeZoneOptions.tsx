/** The options of a time-zone picker: each IANA zone, written readably ("Los Angeles"). */
export function TimeZoneOptions({ zones, emptyLabel }: { zones: readonly string[]; emptyLabel?: string }) {
  return (
    <>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replace(/_/g, ' ')}
        </option>
      ))}
    </>
  );
}
