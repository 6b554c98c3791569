/**
 * Reads CSV text as RFC 4180 records: fields separated by commas, records by CRLF or LF, a
 * field in double quotes may hold commas, line breaks and "" for a quote. LinkedIn's export
 * quotes message texts that hold any of these. A quote inside an unquoted field is kept as it
 * is (a lenient reader: the export's own junk lines are read, not refused).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let at = 0;
  const end = text.length;
  while (at < end) {
    const char = text[at]!;
    if (char === '"' && field === '') {
      // A quoted field: up to the quote that is not doubled.
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) {
          field += text.slice(at);
          at = end;
          break;
        }
        field += text.slice(at, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
      continue;
    }
    if (char === ',') {
      record.push(field);
      field = '';
      at++;
    } else if (char === '\n' || char === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      at += char === '\r' && text[at + 1] === '\n' ? 2 : 1;
    } else {
      // Plain text up to the next comma or line break, in one slice.
      let next = at + 1;
      while (next < end && text[next] !== ',' && text[next] !== '\n' && text[next] !== '\r') next++;
      field += text.slice(at, next);
      at = next;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
