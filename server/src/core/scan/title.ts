/**
 * Reads the title (trích yếu) of a citation (issue 15): "về …" up to the end of its clause, or the
 * text inside quotes (“…”, "…").
 *
 * A "về" title ends where the clause that began with it ends: at the end of the sentence, a
 * question ("… về X ra sao?" keeps "về X"), a bracketed note ("[29]"), a table cell ("|"),
 * Markdown emphasis or a footnote mark, a colon or a semicolon, a second citation ("…, Chỉ thị
 * số 05 …"), a new clause after a comma (a body as its subject, "…, Ban Thường vụ Tỉnh ủy xây
 * dựng kế hoạch", or a time or place that opens one, "…, những năm qua …"), or a predicate
 * ("… về X đã được triển khai rộng khắp"). Quotes inside it ("về xây dựng mô hình “Dân vận khéo”")
 * belong to it. A line break continues it only when the next line continues the sentence (it
 * starts with a small letter or a digit).
 */
import { bodyStartsAt } from './body';
import { isSoftBreak, softWindow, WS } from './spaces';
import { TYPE_WORD_PATTERN } from './vocabulary';

/** A title, in normalised-text offsets. */
export interface TitlePart {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

const LEAD = `${WS}*,?${WS}*`;
const SP = '[ \\t\\u00A0]';
const ABOUT = new RegExp(`${LEAD}(về${WS}+)?([“"])`, 'iuy');
const ABOUT_WORDS = new RegExp(`${LEAD}về${WS}+`, 'iuy');
const MAX_TITLE = 400;

/**
 * Ends of a "về" clause the patterns can see: signs, a second citation, a clause opener after a
 * comma, a predicate. Run on a `softWindow`: line breaks that wrap the sentence are spaces there.
 */
const STOP = new RegExp(
  [
    `,?${SP}+(?:và|cùng|với)${SP}+(?:${TYPE_WORD_PATTERN})${SP}+(?:số${SP}+)?\\d`,
    `,${SP}*(?:${TYPE_WORD_PATTERN})${SP}+(?:số${SP}+)?\\d`,
    `,?${SP}+và${SP}+(?:sơ kết|tổng kết|triển khai|quán triệt)${SP}`,
    `,${SP}*(?:triển khai|đồng thời|trong đó|nhất là|gắn với|qua đó|nhằm|từ đó|theo đó|ngày|những năm qua|thời gian qua|năm qua|những năm gần đây|qua \\d+ năm|sau \\d+ năm|đến nay|hiện nay|thời gian tới|trong thời gian tới|toàn tỉnh|toàn huyện|toàn quốc|cả nước|các cấp ủy|các cấp uỷ|các địa phương|các đơn vị|chính quyền các cấp)${SP}`,
    `${SP}+(?:(?:đã|đang|sẽ|vừa|đều|cũng|luôn)${SP}+)?được${SP}+(?:triển khai|quán triệt|ban hành|thực hiện|tổ chức|thông qua|ký|sửa đổi|bổ sung|cụ thể hóa|áp dụng|phổ biến|thay thế|đánh giá|sơ kết|tổng kết)(?![\\p{L}])`,
    `${SP}+(?:đã|đang|sẽ|vừa|đều)${SP}+(?:đi vào|ban hành|triển khai|tạo|góp phần|mang lại|phát huy|có|khẳng định|được|trở thành)(?![\\p{L}])`,
  ].join('|'),
  'iug');

/** What follows a body at the start of a clause only when the body is its subject: a verb, not a word that continues a noun phrase. */
const CONTINUES_PHRASE = /^(?:trong|và|các|với|của|đối|ở|tại|cùng|theo|về|để|cho|trên|từ|đến|thuộc|nhằm|giai|năm|cấp|nhiệm|khóa|khoá|thời|hiện)(?![\p{L}])/iu;

/** After a question mark, the words that ask: "… về X ra sao?", "… về X được quy định thế nào?". */
const QUESTION_TAIL = new RegExp(
  `${SP}+(?:như thế nào|thế nào|ra sao|là gì|gồm những|gồm gì|gồm các|bao gồm|có phải|có được|có bị|có những|có hiệu lực|có còn|được quy định|được hiểu|quy định gì|quy định những|quy định như|quy định ra sao|quy định về gì|khi nào|ở đâu|bao nhiêu|hay không|không)(?![\\p{L}]).*$`,
  'iu');

/** Abbreviations a period does not end a sentence after: "TP. Hồ Chí Minh", "Tp.", "v.v.", an initial. */
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:TP|Tp|tp|TT|Th\.S|TS|PGS|GS|v\.v|\p{Lu})$/u;

/** Reads a title at `pos` (after the symbol and its other parts), or undefined when none starts there. */
export function readTitle(text: string, pos: number): TitlePart | undefined {
  ABOUT.lastIndex = pos;
  let m = ABOUT.exec(text);
  // A quote right after the symbol closes a quoted symbol (`"25-NQ/TW" viết …`), and a title
  // starts with a word, not a space.
  if (m && m[1] === undefined && m[0].length === 1) m = null;
  if (m && /\s/u.test(text[pos + m[0].length] ?? ' ')) m = null;
  if (m) return quoted(text, pos + m[0].length, m[2] === '“' ? '”' : '"');
  ABOUT_WORDS.lastIndex = pos;
  m = ABOUT_WORDS.exec(text);
  if (!m) return undefined;
  // The title starts at "về", past the spaces and the comma before it.
  const start = pos + m[0].length - m[0].replace(/^[\s,]+/u, '').length;
  const from = pos + m[0].length;
  const r = aboutEnd(text, from);
  let end = r.end;
  while (end > from && /[\s,]/u.test(text[end - 1]!)) end--;
  let value = text.slice(start, end);
  if (r.question) {
    const tail = QUESTION_TAIL.exec(value);
    if (tail && tail.index > 3) {
      end = start + tail.index;
      value = value.slice(0, tail.index);
    }
  }
  if (end <= from) return undefined;
  return { start, end, value };
}

/** The text inside quotes opened before `open`, up to the closing quote; a hard line break leaves no title. */
function quoted(text: string, open: number, close: string): TitlePart | undefined {
  const limit = Math.min(text.length, open + MAX_TITLE);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if ((c === '\n' && !isSoftBreak(text, i)) || (c === '\r' && !isSoftBreak(text, i + 1))) break;
    if (c === close || (c === '"' && close === '”')) {
      return i > open ? { start: open, end: i, value: text.slice(open, i) } : undefined;
    }
  }
  return undefined;
}

/** Where a "về" clause starting at `from` ends, and whether it ends in a question mark. */
function aboutEnd(text: string, from: number): { end: number; question: boolean } {
  const limit = Math.min(text.length, from + MAX_TITLE);
  // First the ends a character shows (a sign, a hard line break, a sentence end, a quote that does
  // not close), by code unit; the commas on the way are where a new clause may start.
  let hard = limit;
  let question = false;
  const commas: number[] = [];
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x2c /* , */) { commas.push(i); continue; }
      if (c === 0x3b || c === 0x21 || c === 0x7c || c === 0x5b || c === 0x5e || c === 0x2a || c === 0x28 || c === 0x3a) { hard = i; break; }
      if (c === 0x3f /* ? */) { hard = i; question = true; break; }
      if (c === 0x0a || c === 0x0d) {
        const nl = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 1 : i;
        if (!isSoftBreak(text, nl) || !continuesSentence(text, nl + 1)) { hard = i; break; }
        i = nl;
        continue;
      }
      if (c === 0x2e /* . */ && isSentenceEnd(text, i)) { hard = i; break; }
      if (c === 0x22 /* " */) {
        if (!isInlineSpaceOrStart(text, i)) { hard = i; break; }
        const close = closingQuote(text, i, '"');
        if (close < 0) { hard = i; break; }
        i = close;
      }
      continue;
    }
    if (c === 0x201c /* “ */) {
      // A quoted name inside the title ("mô hình “Dân vận khéo”") belongs to it.
      const close = closingQuote(text, i, '”');
      if (close < 0) { hard = i; break; }
      i = close;
    } else if (c === 0x201d /* ” */) { hard = i; break; }
  }
  // Then the ends only words show — a second citation, a clause opener, a predicate — up to there.
  // A bounded window (with room for the patterns' look-ahead): a text with many citations and no
  // full stop stays linear.
  const window = softWindow(text, from, Math.min(text.length, hard + 60));
  STOP.lastIndex = 0;
  let end = hard;
  for (let s; (s = STOP.exec(window)); ) {
    const at = from + s.index;
    if (at >= hard) break;
    // A match inside a quoted name does not end the title.
    if (!insideQuotes(text, from, at)) { end = at; break; }
    STOP.lastIndex = s.index + 1;
  }
  for (const comma of commas) {
    if (comma >= end) break;
    if (opensClause(text, comma + 1)) return { end: comma, question: false };
  }
  return { end, question: question && end === hard };
}

/** The closing quote of the quote at `open`, within 160 characters and before a line break, or -1. */
function closingQuote(text: string, open: number, close: string): number {
  const at = text.indexOf(close, open + 1);
  if (at < 0 || at - open > 160) return -1;
  for (let i = open + 1; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return -1;
  }
  return at;
}

/** Whether a straight quote at `i` opens a name (a space or the start before it). */
function isInlineSpaceOrStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return i === 0 || c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0a;
}

/** Whether `at` lies inside a quoted name that opened at or after `from`. */
function insideQuotes(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 0x22) open = !open;
  }
  return open;
}

/** Whether the next line (from `i`) continues a sentence: it starts with a small letter or a digit. */
function continuesSentence(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u00A0')) j++;
  const c = text[j];
  return c !== undefined && (/\p{Ll}/u.test(c) || /\d/u.test(c));
}

/** Whether the period at `i` ends a sentence: a space, a quote or the end follows, and no abbreviation precedes. */
function isSentenceEnd(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && !/[\s”"]/u.test(next)) return false;
  return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 6), i));
}

/** Whether a comma at `i - 1` opens a new clause: a body as its subject, followed by a verb or the end. */
function opensClause(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\u00A0')) j++;
  const c = text[j];
  if (c === undefined || c.toLowerCase() === c) return false;
  const end = bodyStartsAt(text, j);
  if (end === undefined) return false;
  let k = end;
  while (k < text.length && (text[k] === ' ' || text[k] === '\u00A0')) k++;
  const after = text.slice(k, k + 12);
  if (after === '' || /^[.;:\n\r]/u.test(after)) return true;
  return /^\p{Ll}/u.test(after) && !CONTINUES_PHRASE.test(after);
}
