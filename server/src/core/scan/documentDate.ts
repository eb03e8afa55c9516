/**
 * The date of a document, when its text states one (domain.md §5): front matter `date:`, the
 * place-and-date line of a report ("Hà Nội, ngày 03 tháng 4 năm 2018"), a "Ngày đăng:" line,
 * or the weekday headers of news sites ("Thứ hai - 13/07/2015 10:14"). Later checks judge
 * citations as of this date.
 */
import { makeDate } from './dates';
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
const POSTED = new RegExp(`(?:Ngày đăng|Đăng ngày|Ngày xuất bản|Cập nhật|Published)${SP}*:?${SP}*(\\d{1,2})/(\\d{1,2})/(\\d{4})`, 'giu');
const WEEKDAY = new RegExp(`(?:Thứ${SP}*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ${SP}+nhật)${SP}*[-,|]?${SP}*(?:ngày${SP}+)?(\\d{1,2})/(\\d{1,2})/(\\d{4})`, 'giu');

function part(m: RegExpExecArray, base: number, d: number, mo: number, y: number): ViewPart<DateValue> | undefined {
  const date = makeDate(Number(m[d]), Number(m[mo]), Number(m[y]));
  if (!date.iso) return undefined;
  return { start: base + m.index, end: base + m.index + m[0].length, value: date };
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
  for (const re of [PLACE_DATE, POSTED]) {
    re.lastIndex = 0;
    const m = re.exec(head);
    if (m) {
      const r = part(m, 0, 1, 2, 3);
      if (r) return r;
    }
  }
  // News pages often carry the date the page was viewed as well as the date of the article:
  // the article's own date is the earliest of them.
  let best: ViewPart<DateValue> | undefined;
  WEEKDAY.lastIndex = 0;
  for (let m; (m = WEEKDAY.exec(head)); ) {
    const r = part(m, 0, 1, 2, 3);
    if (r && (!best || r.value.iso! < best.value.iso!)) best = r;
  }
  return best;
}
