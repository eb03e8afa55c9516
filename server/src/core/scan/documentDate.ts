/**
 * The date of a document, when its text states one (domain.md §5): front matter `date:`, the
 * place-and-date line of a report ("Hà Nội, ngày 03 tháng 4 năm 2018"), a "Ngày đăng:" line,
 * or the weekday headers of news sites ("Thứ hai - 13/07/2015 10:14"). Later checks judge
 * citations as of this date.
 */
import { makeDate } from './dates';
import { isInlineSpace } from '../text/chars';
import type { DateValue } from './types';
import type { ViewPart } from './context';

const SP = '[ \\t\\u00A0]';
const HEAD = 4000;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const FM_DATE = /^date:[ \t]*["']?(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))/m;
/**
 * The place-and-date line of a report stands alone on its line ("Hà Nội, ngày 03 tháng 4 năm
 * 2018"); a sentence that starts the same way ("Sáng nay, ngày 12 tháng 3 năm 2020, tại …") is
 * news about a day, not the date of the text.
 */
const PLACE_DATE = new RegExp(`^[^\\S\\n]*[\\p{Lu}][^\\n,]{1,40},${SP}*ngày${SP}+(\\d{1,2})${SP}+tháng${SP}+(\\d{1,2})${SP}+năm${SP}+(\\d{4})${SP}*\\.?${SP}*\\r?$`, 'gmu');
const POSTED_LABELS = '(?:Ngày đăng|Đăng ngày|Ngày xuất bản|Cập nhật|Published)';
/** "Ngày đăng: 13/01/2022": what `firstPosted` finds, as one pattern (the tests hold them to each other). */
export const POSTED = new RegExp(`${POSTED_LABELS}${SP}*:?${SP}*(\\d{1,2})/(\\d{1,2})/(\\d{4})`, 'giu');
/** A label of POSTED ending a window; no label is a suffix of another, and none is longer than 16. */
const POSTED_LABEL = new RegExp(`${POSTED_LABELS}$`, 'iu');
const LABEL_WINDOW = 16;
/** A date with slashes, as POSTED ends. */
const DATE_AT = /(\d{1,2})\/(\d{1,2})\/(\d{4})/g;
const WEEKDAY = new RegExp(`(?:Thứ${SP}*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ${SP}+nhật)${SP}*[-,|]?${SP}*(?:ngày${SP}+)?(\\d{1,2})/(\\d{1,2})/(\\d{4})`, 'giu');

/**
 * What POSTED and WEEKDAY both need, as a plain pattern: a date written with slashes. A head with
 * none (and a head without "tháng", which PLACE_DATE needs) is spared those patterns, which are
 * slow to fail: case-insensitive Unicode, tried at every position of the head.
 */
const SLASH_DATE = /\d\/\d{1,2}\/\d{4}/;

function part(m: RegExpExecArray, base: number, d: number, mo: number, y: number): ViewPart<DateValue> | undefined {
  const date = makeDate(Number(m[d]), Number(m[mo]), Number(m[y]));
  if (!date.iso) return undefined;
  return { start: base + m.index, end: base + m.index + m[0].length, value: date };
}

/**
 * The first match of POSTED in `head`, found from the dates instead of trying the slow pattern
 * at every position: the first date with a label right before it, past spaces and a colon.
 * Label starts follow the order of their dates (a label has no digits), so this is the leftmost
 * match; a date that overlaps the one before follows a digit or a slash, never a label.
 */
export function firstPosted(head: string): { index: number; text: string; day: string; month: string; year: string } | undefined {
  DATE_AT.lastIndex = 0;
  for (let m; (m = DATE_AT.exec(head)); ) {
    let q = m.index;
    while (q > 0 && isInlineSpace(head.charCodeAt(q - 1))) q--;
    if (q > 0 && head.charCodeAt(q - 1) === 0x3a /* : */) {
      q--;
      while (q > 0 && isInlineSpace(head.charCodeAt(q - 1))) q--;
    }
    const from = Math.max(0, q - LABEL_WINDOW);
    const label = POSTED_LABEL.exec(head.slice(from, q));
    if (label) {
      const index = from + label.index;
      return { index, text: head.slice(index, m.index + m[0].length), day: m[1]!, month: m[2]!, year: m[3]! };
    }
  }
  return undefined;
}

/** Finds the document's own date in its first lines, in normalised-text offsets. */
export function readDocumentDate(text: string): ViewPart<DateValue> | undefined {
  const head = text.slice(0, HEAD);
  const fm = FRONT_MATTER.exec(head);
  if (fm) {
    const m = FM_DATE.exec(fm[1]!);
    if (m) {
      const base = fm[0].indexOf(fm[1]!);
      const r = m[1] !== undefined ? part(m, base, 3, 2, 1) : part(m, base, 4, 5, 6);
      if (r) return r;
    }
  }
  if (head.includes('tháng')) {
    PLACE_DATE.lastIndex = 0;
    const m = PLACE_DATE.exec(head);
    const r = m && part(m, 0, 1, 2, 3);
    if (r) return r;
  }
  const slashed = SLASH_DATE.test(head);
  const posted = slashed ? firstPosted(head) : undefined;
  if (posted) {
    const date = makeDate(Number(posted.day), Number(posted.month), Number(posted.year));
    if (date.iso) return { start: posted.index, end: posted.index + posted.text.length, value: date };
  }
  // News pages often carry the date the page was viewed as well as the date of the article:
  // the article's own date is the earliest of them.
  let best: ViewPart<DateValue> | undefined;
  if (!slashed) return best;
  WEEKDAY.lastIndex = 0;
  for (let m; (m = WEEKDAY.exec(head)); ) {
    const r = part(m, 0, 1, 2, 3);
    if (r && (!best || r.value.iso! < best.value.iso!)) best = r;
  }
  return best;
}
