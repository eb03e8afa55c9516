/**
 * The one way Vanban writes a date for people to read — in fixes, diagnostics, hovers, completion
 * details, the picker, the tree, relations and exports. It follows the rule of the place-and-date
 * line of a report (domain.md §5, Nghị định 30/2020/NĐ-CP): the day is zero-padded below 10, the
 * month only for January and February — "03/6/2013", "25/02/2010", "30/7/2021". Reports write
 * dates this way, so what Vanban shows can be copied into a report as it is.
 */

/** Two digits, zero-padded. */
function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The day as the rule writes it ("03", "30"). */
export function ruleDay(day: number): string {
  return pad2(day);
}

/** The month as the rule writes it ("01", "02", "3" … "12"). */
export function ruleMonth(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** A date by the rule with slashes: "03/6/2013", "25/02/2010". */
export function ruleDate(d: { readonly day: number; readonly month: number; readonly year: number }): string {
  return `${ruleDay(d.day)}/${ruleMonth(d.month)}/${d.year}`;
}

/** An ISO `yyyy-mm-dd` date by the rule ("2021-07-30" → "30/7/2021"); anything else is returned as it is. */
export function showIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(iso.trim());
  return m ? ruleDate({ day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) }) : iso;
}
