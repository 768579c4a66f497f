// Dates of record follow Vietnam's calendar. Today's date itself is `todayVN()` in @congdoan/domain (one
// function for server and web); these are the server-side helpers around it.

/** The day before an ISO date: a unit closed from D had its last day on D - 1. */
export function dayBefore(iso: string): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** yyyy-mm-dd as dd/mm/yyyy for messages ('' for none). */
export function vnDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** SQL: a timestamptz column as ISO 8601 text in UTC (what the API returns). */
export const sqlIso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** SQL: today's date in Vietnam. */
export const sqlTodayVN = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/**
 * SQL: a partial date (first day + precision, e.g. persons.birth_date / birth_date_precision) as the
 * API gives it: "1992", "1990-03" or "1990-03-15" — never the invented first day.
 */
export const sqlPartialDate = (date: string, precision: string) =>
  `CASE ${precision} WHEN 'year' THEN to_char(${date}, 'YYYY') WHEN 'month' THEN to_char(${date}, 'YYYY-MM')
   ELSE to_char(${date}, 'YYYY-MM-DD') END`;
