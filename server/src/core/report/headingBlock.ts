/**
 * Checks of the heading block of a report (domain.md §5):
 * - the place-and-date line follows the zero-padding rule: "Hà Nội, ngày 03 tháng 4 năm 2018"
 *   (a zero before a day under 10 and before months 1 and 2; none before months 3 to 12);
 * - the number line: Party documents write "Số 12-BC/TU" (no colon), state documents
 *   "Số: 30/2020/NĐ-CP".
 * Each problem comes with a fix that changes only the characters that are wrong.
 */
import { ruleDate, ruleDay, ruleMonth } from '../dateText';
import type { Citation, OffsetRange, Problem, ScanResult, TextEdit } from '../scan/types';
import './reportMessages';
import { isSpaceCode, leadingSpace, splitLines, trimmedEnd } from './text';

const SP = '[ \\t\\u00A0]';
/**
 * A place and a date, read at a candidate start: the start of the line's text, or after a tab or
 * two spaces (the right column of a two-column heading block). Only a full stop may follow it.
 */
const PLACE_DATE_AT = new RegExp(`\\p{Lu}[^,\\t]{0,40},${SP}*(ngày${SP}+(\\d{1,2})${SP}+tháng${SP}+(\\d{1,2})${SP}+năm${SP}+(\\d{4}))`, 'uy');
/**
 * The number line, read at the start of a line's text: "Số", a colon or not, a number (blank in a
 * draft), then the rest of a Party symbol ("-BC/") or of a state one ("/BC-", "/2020/NĐ-").
 * The parts are written so that no two of them can match the same spaces (linear on any line).
 */
const NUMBER_AT = new RegExp(
  `Số((?:${SP}*:)?${SP}*)(\\d+${SP}*)?(?:([-–]${SP}*(\\p{Lu}\\p{L}*)${SP}*\\/)|(\\/(?:\\d{4}\\/)?(\\p{Lu}\\p{L}*)-))`,
  'uy');
/** Heading-block lines are short; longer lines are body text and are not read. */
const LINE_MAX = 200;
/** The heading block is at the top; lines further down are body text. */
const HEAD = 4000;

export { ruleDate, ruleDay, ruleMonth };

/** Where a line's columns may start: its first character, and after each tab or run of two spaces. */
function columnStarts(line: string): number[] {
  const out = [leadingSpace(line)];
  for (let i = out[0]!; i < line.length; ) {
    if (!isSpaceCode(line.charCodeAt(i))) { i++; continue; }
    let j = i;
    while (j < line.length && isSpaceCode(line.charCodeAt(j))) j++;
    if ((j - i >= 2 || line[i] === '\t') && j < line.length) out.push(j);
    i = j;
  }
  return out;
}

/** Place-and-date lines whose day or month is not written by the rule. */
export function checkDateLines(text: string): Problem[] {
  const out: Problem[] = [];
  for (const line of splitLines(text)) {
    if (line.text.length > LINE_MAX || !line.text.includes('ngày')) continue;
    for (const at of columnStarts(line.text)) {
      PLACE_DATE_AT.lastIndex = at;
      const m = PLACE_DATE_AT.exec(line.text);
      if (!m) continue;
      const after = line.text.slice(at + m[0].length, trimmedEnd(line.text));
      if (after !== '' && after !== '.') continue;
      const p = dateProblem(line.start + at + m[0].length - m[1]!.length, m[1]!, m[2]!, m[3]!, m[4]!);
      if (p) out.push(p);
      break;
    }
  }
  return out;
}

/** The problem of a date "ngày D tháng M năm Y" at `start`, if its day or month breaks the rule. */
function dateProblem(start: number, whole: string, dayText: string, monthText: string, year: string): Problem | undefined {
  const day = Number(dayText);
  const month = Number(monthText);
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const dayAt = start + whole.indexOf(dayText, 'ngày'.length);
  const monthAt = start + whole.indexOf(monthText, whole.indexOf('tháng') + 'tháng'.length);
  const edits: TextEdit[] = [];
  if (dayText !== ruleDay(day)) edits.push({ range: { start: dayAt, end: dayAt + dayText.length }, newText: ruleDay(day) });
  if (monthText !== ruleMonth(month)) edits.push({ range: { start: monthAt, end: monthAt + monthText.length }, newText: ruleMonth(month) });
  if (edits.length === 0) return undefined;
  const expected = `ngày ${ruleDay(day)} tháng ${ruleMonth(month)} năm ${year}`;
  return {
    code: 'report-date-format',
    range: { start, end: start + whole.length },
    args: { date: whole, expected },
    fixes: [{ kind: 'report-date-format', args: { expected }, edits, preferred: true }],
  };
}

/** A number line of the heading block ("Số 12-BC/TU", "Số: 30/2020/NĐ-CP"). */
export interface NumberLine {
  /** The whole line, without its line break. */
  readonly line: OffsetRange;
  /** Offset of "Số". */
  readonly so: number;
  /** What is between "Số" and the number (spaces, a colon or both). */
  readonly gap: OffsetRange;
  /** The number as written ("" when left blank in a draft). */
  readonly number: string;
  /** Party shape (`12-BC/TU`) or state shape (`12/BC-UBND`, `30/2020/NĐ-CP`). */
  readonly party: boolean;
  /** The type code ("BC", "KH", "NĐ"). */
  readonly type: string;
  /** Where what the pattern read ends (the issuer follows). */
  readonly end: number;
}

/** The number lines near the top of a text, in text order. */
export function readNumberLines(text: string): NumberLine[] {
  const out: NumberLine[] = [];
  for (const line of splitLines(text.slice(0, HEAD))) {
    if (line.text.length > LINE_MAX) continue;
    const at = leadingSpace(line.text);
    NUMBER_AT.lastIndex = at;
    const m = NUMBER_AT.exec(line.text);
    if (!m) continue;
    const gapStart = line.start + at + 2;
    out.push({
      line: { start: line.start, end: line.end },
      so: line.start + at,
      gap: { start: gapStart, end: gapStart + m[1]!.length },
      number: (m[2] ?? '').trim(),
      party: m[3] !== undefined,
      type: m[4] ?? m[6]!,
      end: line.start + at + m[0].length,
    });
  }
  return out;
}

/** Number lines in the heading block with a colon where there should be none, or none where there should be one. */
export function checkNumberLines(text: string): Problem[] {
  const out: Problem[] = [];
  for (const n of readNumberLines(text)) {
    const gap = text.slice(n.gap.start, n.gap.end);
    const hasColon = gap.includes(':');
    if (n.party === !hasColon) continue;
    // A blank number ("Số    -BC/TU", a draft) keeps the room left for it; a written one gets one space.
    const newGap = n.party
      ? (n.number === '' ? gap.replace(':', '') || ' ' : ' ')
      : (n.number === '' ? `:${gap}` : ': ');
    const expected = `Số${newGap}${text.slice(n.gap.end, n.end)}${symbolTail(text, n.end)}`.trimEnd();
    out.push({
      code: 'report-number-colon',
      range: { start: n.so, end: n.gap.end },
      args: { written: text.slice(n.so, n.gap.end).trimEnd(), expected },
      fixes: [{ kind: 'report-number-colon', args: { expected }, edits: [{ range: n.gap, newText: newGap }], preferred: true }],
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
  return readNumberLines(text)[0]?.line;
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
