/**
 * Calendar dates as Vietnamese texts write them: `25/02/2010`, `25-2-2010`, `25.2.2010`,
 * `ngày 25 tháng 02 năm 2010`. A date that does not exist keeps its parts but has no ISO form.
 */
import type { DateValue } from './types';

/** Builds a date value; `iso` is undefined when the day does not exist in that month. */
export function makeDate(day: number, month: number, year: number): DateValue {
  const valid = year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
  const iso = valid ? `${year}-${pad2(month)}-${pad2(day)}` : undefined;
  return { day, month, year, iso };
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Two digits, zero-padded. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `dd/mm/yyyy`, the usual way to write a date in a citation. */
export function formatDate(d: DateValue): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/** Parses an ISO `yyyy-mm-dd` into a date value, or undefined. */
export function parseIsoDate(s: string): DateValue | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}
