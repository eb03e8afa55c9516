/**
 * Checks of the heading block of a report (domain.md §5):
 * - the place-and-date line follows the zero-padding rule: "Hà Nội, ngày 03 tháng 4 năm 2018"
 *   (a zero before a day under 10 and before months 1 and 2; none before months 3 to 12);
 * - the number line: Party documents write "Số 12-BC/TU" (no colon), state documents
 *   "Số: 30/2020/NĐ-CP".
 * Each problem comes with a fix that changes only the characters that are wrong.
 */
import { pad2 } from '../scan/dates';
import type { Citation, OffsetRange, Problem, ScanResult, TextEdit } from '../scan/types';
import './reportMessages';

const SP = '[ \\t\\u00A0]';
/**
 * A place-and-date line: alone on its line, or in the right column after the left one (a tab or
 * two spaces between them). Nothing but a full stop may follow the date.
 */
const PLACE_DATE = new RegExp(
  `^(?:[^\\S\\r\\n]*|[^\\r\\n]*?(?:\\t|${SP}{2,}))\\p{Lu}[^\\r\\n,\\t]{0,40},${SP}*(ngày${SP}+(\\d{1,2})${SP}+tháng${SP}+(\\d{1,2})${SP}+năm${SP}+(\\d{4}))${SP}*\\.?${SP}*$`,
  'gmu');
/** The number line, near the top: "Số" [colon] [number] then the rest of a Party or state symbol. */
const NUMBER_LINE = new RegExp(
  `^(?:[^\\S\\r\\n]*)(Số)(${SP}*:?${SP}*)(\\d*)${SP}*(?:([-–]${SP}*\\p{Lu}[\\p{L}]*${SP}*\\/)|(\\/(?:\\d{4}\\/)?\\p{Lu}[\\p{L}]*-))`,
  'gmu');
/** The heading block is at the top; lines further down are body text. */
const HEAD = 4000;

/** The date written by the rule: day zero-padded under 10, month zero-padded for January and February only. */
export function ruleDay(day: number): string {
  return pad2(day);
}

/** The month written by the rule ("01", "02", "3" … "12"). */
export function ruleMonth(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** A date written by the rule with slashes, as citations write it: "03/6/2013", "25/02/2010". */
export function ruleDate(d: { day: number; month: number; year: number }): string {
  return `${ruleDay(d.day)}/${ruleMonth(d.month)}/${d.year}`;
}

/** Place-and-date lines whose day or month is not written by the rule. */
export function checkDateLines(text: string): Problem[] {
  const out: Problem[] = [];
  PLACE_DATE.lastIndex = 0;
  for (let m; (m = PLACE_DATE.exec(text)); ) {
    const whole = m[1]!;
    const start = m.index + m[0].indexOf(whole);
    const dayText = m[2]!;
    const monthText = m[3]!;
    const day = Number(dayText);
    const month = Number(monthText);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const dayAt = start + whole.indexOf(dayText, 4);
    const monthAt = start + whole.indexOf(monthText, whole.indexOf('tháng') + 5);
    const edits: TextEdit[] = [];
    if (dayText !== ruleDay(day)) edits.push({ range: { start: dayAt, end: dayAt + dayText.length }, newText: ruleDay(day) });
    if (monthText !== ruleMonth(month)) edits.push({ range: { start: monthAt, end: monthAt + monthText.length }, newText: ruleMonth(month) });
    if (edits.length === 0) continue;
    const expected = `ngày ${ruleDay(day)} tháng ${ruleMonth(month)} năm ${m[4]}`;
    out.push({
      code: 'report-date-format',
      range: { start, end: start + whole.length },
      args: { date: whole, expected },
      fixes: [{ kind: 'report-date-format', args: { expected }, edits, preferred: true }],
    });
  }
  return out;
}

/** Number lines in the heading block with a colon where there should be none, or none where there should be one. */
export function checkNumberLines(text: string): Problem[] {
  const out: Problem[] = [];
  const head = text.slice(0, HEAD);
  NUMBER_LINE.lastIndex = 0;
  for (let m; (m = NUMBER_LINE.exec(head)); ) {
    const soAt = m.index + m[0].indexOf(m[1]!);
    const gapAt = soAt + m[1]!.length;
    const gap = m[2]!;
    const number = m[3]!;
    const party = m[4] !== undefined;
    const hasColon = gap.includes(':');
    if (party === !hasColon) continue;
    // A blank number ("Số    -BC/TU", a draft) keeps the room left for it; a written one gets one space.
    const newGap = party
      ? (number === '' ? gap.replace(':', '') || ' ' : ' ')
      : (number === '' ? `:${gap}` : ': ');
    const restEnd = m.index + m[0].length;
    const rest = head.slice(gapAt + gap.length, restEnd);
    const expected = `Số${newGap}${rest}${symbolTail(head, restEnd)}`.trimEnd();
    out.push({
      code: 'report-number-colon',
      range: { start: soAt, end: gapAt + gap.length },
      args: { written: head.slice(soAt, gapAt + gap.length).trimEnd(), expected },
      fixes: [{ kind: 'report-number-colon', args: { expected }, edits: [{ range: { start: gapAt, end: gapAt + gap.length }, newText: newGap }], preferred: true }],
    });
  }
  return out;
}

/** The rest of the symbol after what the pattern matched (the issuer: "TU", "UBND"), for the message. */
function symbolTail(text: string, from: number): string {
  return /^[\p{L}\p{N}\-/]*/u.exec(text.slice(from, from + 40))![0];
}

/** The number line of the heading block ("Số 125-BC/TU"), the document's own number, when it has one. */
export function ownNumberLine(text: string): OffsetRange | undefined {
  const head = text.slice(0, HEAD);
  NUMBER_LINE.lastIndex = 0;
  const m = NUMBER_LINE.exec(head);
  if (!m) return undefined;
  let end = m.index + m[0].length;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start: m.index, end };
}

/**
 * The scan without the document's own number: "Số 125-BC/TU" in the heading block is the report
 * itself, not a directive it cites, so lists of cited directives and the "Căn cứ" block leave it out.
 */
export function withoutOwnNumber(text: string, scan: ScanResult): ScanResult {
  const line = ownNumberLine(text);
  if (!line) return scan;
  const inLine = (c: Citation): boolean => c.range.start >= line.start && c.range.end <= line.end;
  if (!scan.citations.some(inLine)) return scan;
  const newIndex = new Map<number, number>();
  const kept: Citation[] = [];
  scan.citations.forEach((c, i) => {
    if (inLine(c) || (c.refersTo !== undefined && inLine(scan.citations[c.refersTo]!))) return;
    newIndex.set(i, kept.length);
    kept.push(c);
  });
  const citations = kept.map((c) => (c.refersTo === undefined ? c : { ...c, refersTo: newIndex.get(c.refersTo)! }));
  return { ...scan, citations };
}
