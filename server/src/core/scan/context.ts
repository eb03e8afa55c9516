/**
 * Reads the words around a symbol (domain.md §2):
 * `[type word] [số] SYMBOL[, ][(]ngày DATE[)] [của BODY] [(khóa XI)] [về TITLE | “TITLE”]`.
 * Works on the normalised text and returns ranges in it; the scanner maps them to raw offsets.
 */
import { makeDate } from './dates';
import { isInlineSpace, isLetterUnit, isUpperUnit } from '../text/chars';
import type { DateValue } from './types';
import { TYPE_WORD_PATTERN, TYPE_WORDS, typeWordOf, type TypeWord } from './vocabulary';

const SP = '[ \\t\\u00A0]';

/** A piece of context in normalised-text offsets. */
export interface ViewPart<T = string> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/** What comes before a symbol. */
export interface Before {
  readonly typeWord?: ViewPart<TypeWord>;
  readonly so?: { start: number; end: number };
}

/** What comes after a symbol. */
export interface After {
  readonly date?: ViewPart<DateValue>;
  readonly body?: ViewPart;
  readonly term?: ViewPart;
  readonly title?: ViewPart;
  /** Where the citation ends. */
  readonly end: number;
}

/** A type word, maybe "số", maybe a colon ("Quyết định số: 290", "các Quyết định: 217"), right before the symbol. */
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${TYPE_WORD_PATTERN})(?:${SP}+(số))?${SP}*:?${SP}*$|(?<![\\p{L}\\p{N}])(số)${SP}*:?${SP}*$`, 'iu');

/** The last word of every type word, and "số": what must come right before a symbol that has either. */
const LAST_WORDS: ReadonlySet<string> = new Set([
  'số', ...TYPE_WORDS.map((t) => t.word.slice(t.word.lastIndexOf(' ') + 1).toLowerCase()),
]);

/** The spaces of SP, and the colon: what may stand between a type word or "số" and the symbol. */
function isSpaceOrColon(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3a;
}


/** Whether the word right before `start` (past spaces and a colon) may end a type word or be "số". */
function mayFollowTypeWord(text: string, start: number): boolean {
  let e = start;
  while (e > 0 && start - e < 8 && isSpaceOrColon(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && e - s < 12 && isLetterUnit(text.charCodeAt(s - 1))) s--;
  if (s === e) return false;
  // Lower case turns the Eth `Ð` into `ð`, so `ð` is the only lookalike of `đ` left to fold.
  const word = text.slice(s, e).toLowerCase();
  return LAST_WORDS.has(word.includes('ð') ? word.replace(/ð/g, 'đ') : word);
}

/** The most words of a type word. */
export const MAX_TYPE_WORD_WORDS = Math.max(...TYPE_WORDS.map((t) => t.word.split(' ').length));

/**
 * The most runs of non-space characters a BEFORE match spans: the words of the longest type word,
 * "số", and a colon standing apart. SP separates them, so no match starts before that many runs.
 */
const MAX_BEFORE_RUNS = MAX_TYPE_WORD_WORDS + 2;

/**
 * Where the window of a pattern that ends in `$` and spans at most `runs` runs of non-space
 * characters may start: at the start of the `runs`-th run before `end`, or at `from`. Such a
 * pattern is tried at every position of its window; a shorter window is fewer tries. A run start is
 * preceded by a space (or is `from`), so a look-behind for a letter or digit answers the same there.
 */
export function runsStart(text: string, from: number, end: number, runs: number): number {
  let i = end;
  for (let seen = 0; i > from; ) {
    while (i > from && isInlineSpace(text.charCodeAt(i - 1))) i--;
    if (i === from) break;
    while (i > from && !isInlineSpace(text.charCodeAt(i - 1))) i--;
    if (++seen === runs) return i;
  }
  return from;
}

const NOTHING_BEFORE: Before = { typeWord: undefined, so: undefined };

/** Finds the type word and "số" right before `start`. */
export function readBefore(text: string, start: number): Before {
  // Most symbols of a pathological text (and many of a real one) have neither: skip the pattern.
  if (!mayFollowTypeWord(text, start)) return NOTHING_BEFORE;
  const from = runsStart(text, Math.max(0, start - 48), start, MAX_BEFORE_RUNS);
  const window = text.slice(from, start);
  const m = BEFORE.exec(window);
  if (!m) return NOTHING_BEFORE;
  const at = from + m.index;
  if (m[3] !== undefined) return { typeWord: undefined, so: { start: at, end: at + 3 } };
  const tw = typeWordOf(m[1]!);
  const typeWord = tw ? { start: at, end: at + m[1]!.length, value: tw } : undefined;
  let so: Before['so'];
  if (m[2] !== undefined) {
    const soAt = from + window.indexOf(m[2], m.index + m[1]!.length);
    so = { start: soAt, end: soAt + m[2].length };
  }
  // Both fields, set or not: one shape for every result.
  return { typeWord, so };
}

const LEAD = `${SP}*,?${SP}*`;
const DATE = new RegExp(
  `${LEAD}(\\(${SP}*)?(?:ban hành${SP}+)?(ngày${SP}+(?:(\\d{1,2})${SP}*([/.-])${SP}*(\\d{1,2})${SP}*\\4${SP}*(\\d{4})|(\\d{1,2})${SP}+tháng${SP}+(\\d{1,2})${SP}+năm${SP}+(\\d{4})))(${SP}*\\))?`,
  'iuy');
const TERM = new RegExp(`${LEAD}(\\(${SP}*)?(khóa|khoá)${SP}+([IVXL]{1,6})(?![\\p{L}\\p{N}])(${SP}*\\))?`, 'iuy');
const OF = new RegExp(`${LEAD}của${SP}+`, 'uy');
const ABOUT = new RegExp(`${LEAD}(về${SP}+)?([“"])`, 'iuy');
const ABOUT_WORDS = new RegExp(`${LEAD}về${SP}+`, 'iuy');

/** Lower-case words that belong inside the name of a body ("Ban Chấp hành Trung ương"). */
const BODY_WORDS = new Set([
  'ủy', 'uỷ', 'vụ', 'hành', 'chính', 'trị', 'thư', 'trực', 'phủ', 'hội', 'đảng', 'ương', 'tướng', 'dân', 'vận',
  'giáo', 'chức', 'tra', 'nhân', 'tịch', 'quốc', 'ban', 'bộ', 'tỉnh', 'thành', 'huyện', 'trung', 'thường', 'kiểm',
  'tổ', 'tuyên', 'dục', 'tạo', 'nội', 'tư', 'pháp', 'tài', 'văn', 'phòng', 'sự', 'đạo', 'chỉ', 'khối', 'cơ', 'quan',
  'doanh', 'nghiệp', 'mặt', 'trận', 'lao', 'động', 'xã', 'y', 'tế', 'ngoại', 'giao', 'an', 'công', 'phòng', 'đội',
  'đồng', 'nghị', 'nước',
]);

/**
 * Words that end a body even when capitalised: what comes after a body in a citation ("Về việc …",
 * "Khóa XII", "Ngày 15/5/2016"), not part of its name.
 */
const BODY_STOP = new Set(['về', 'khóa', 'khoá', 'ngày', 'số', 'tại', 'nhằm', 'theo', 'trong', 'đã', 'đến']);

/** Capitalised words, with dots for abbreviations (`T.Ư`, `BCH`). */
const BODY_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.]*/uy;

/**
 * First words of the type words of more than one word, lower case: a capitalised word inside a body
 * starts a type word ("… Bộ Chính trị Quyết định …") only if it is one of them. Single-word type
 * words never match there, since the word is always looked up with the next one.
 */
const TYPE_WORD_FIRST_WORDS: ReadonlySet<string> = new Set(
  TYPE_WORDS.filter((t) => t.word.includes(' ')).map((t) => t.word.slice(0, t.word.indexOf(' ')).toLowerCase()),
);

/** Whether the capitalised body word `word` (lower case: `lower`), with the word after it, is a type word. */
function startsTypeWord(text: string, p: number, word: string, lower: string): boolean {
  // `typeWordOf(word + ' ' + next)` can only succeed if `word` is the first word of a type word;
  // checking that first spares a concatenation and a look-up for every other capitalised word.
  if (!TYPE_WORD_FIRST_WORDS.has(lower.includes('ð') ? lower.replace(/ð/g, 'đ') : lower)) return false;
  return typeWordOf(word + ' ' + (text.slice(p + word.length + 1).match(/^\p{L}+/u)?.[0] ?? '')) !== undefined;
}

/**
 * The length of the gap after a body word at `p`: one space, or " và " before a capital ("Ban
 * Tuyên giáo và Dân vận"); 0 for none. Looks at five characters at most, as the pattern
 * `^[ \u00A0](?:và[ \u00A0](?=\p{Lu}))?` on `text.slice(p, p + 5)` would: the capital is the fifth.
 */
function bodyGap(text: string, p: number): number {
  if (p >= text.length || !isSingleSpace(text.charCodeAt(p))) return 0;
  const joined = text.charCodeAt(p + 1) === 0x76 /* v */ && text.charCodeAt(p + 2) === 0xe0 /* à */
    && isSingleSpace(text.charCodeAt(p + 3)) && p + 4 < text.length && isUpperUnit(text.charCodeAt(p + 4));
  return joined ? 4 : 1;
}

/** The one space allowed between the words of a name: a space or a no-break space. */
function isSingleSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0;
}

/** Reads "của BODY" as a run of capitalised words and body words; returns its range. */
function readBody(text: string, pos: number): { start: number; end: number } | undefined {
  OF.lastIndex = pos;
  const m = OF.exec(text);
  if (!m) return undefined;
  const start = pos + m[0].length;
  let p = start;
  let end = start;
  let words = 0;
  while (words < 14) {
    BODY_TOKEN.lastIndex = p;
    const t = BODY_TOKEN.exec(text);
    if (!t) break;
    let word = t[0];
    // A dot at the end of a word followed by a space or the end is a full stop, not an abbreviation.
    if (word.endsWith('.') && !/^(?:T\.Ư|T\.W)\.?$/u.test(word)) word = word.replace(/\.+$/, '');
    const first = word[0]!;
    const capital = first !== first.toLowerCase();
    const lower = word.toLowerCase();
    if (words === 0 ? !capital : !(capital || BODY_WORDS.has(lower))) break;
    if (BODY_STOP.has(lower)) break;
    if (words > 0 && capital && startsTypeWord(text, p, word, lower)) break;
    end = p + word.length;
    words++;
    p = p + t[0].length;
    // Only one space between the words of a name; "và" joins two names ("Ban Tuyên giáo và Dân vận").
    const gap = bodyGap(text, p);
    if (gap === 0 || p > end) break;
    p += gap;
  }
  return words > 0 ? { start, end } : undefined;
}

/** Where a "về …" title stops: the next citation, a new clause, or the end of the sentence. */
const TITLE_STOP = new RegExp(
  [
    `[;:!?\\n\\r(“"]`,
    `\\.(?=[\\s”"]|$)`,
    `,?${SP}+(?:và|cùng|với)${SP}+(?:${TYPE_WORD_PATTERN})${SP}+(?:số${SP}+)?\\d`,
    `,${SP}*(?:${TYPE_WORD_PATTERN})${SP}+(?:số${SP}+)?\\d`,
    `,?${SP}+và${SP}+(?:sơ kết|tổng kết|triển khai|đánh giá|quán triệt|ban hành|thực hiện)${SP}`,
    `,${SP}*(?:triển khai|đồng thời|trong đó|nhất là|gắn với|qua đó|nhằm|từ đó|theo đó|ngày)${SP}`,
  ].join('|'),
  'iug');
const MAX_TITLE = 400;

function readTitle(text: string, pos: number): ViewPart | undefined {
  ABOUT.lastIndex = pos;
  let m = ABOUT.exec(text);
  // A quote right after the symbol closes a quoted symbol (`"25-NQ/TW" viết …`), and a title
  // starts with a word, not a space.
  if (m && m[1] === undefined && m[0].length === 1) m = null;
  if (m && /\s/u.test(text[pos + m[0].length] ?? ' ')) m = null;
  if (m) {
    const open = pos + m[0].length;
    const close = m[2] === '“' ? '”' : '"';
    const limit = Math.min(text.length, open + MAX_TITLE);
    for (let i = open; i < limit; i++) {
      const c = text[i];
      if (c === '\n' || c === '\r') break;
      if (c === close || (c === '"' && close === '”')) {
        return i > open ? { start: open, end: i, value: text.slice(open, i) } : undefined;
      }
    }
    return undefined;
  }
  ABOUT_WORDS.lastIndex = pos;
  m = ABOUT_WORDS.exec(text);
  if (!m) return undefined;
  // The title starts at "về", past the spaces and the comma before it.
  const start = pos + m[0].length - m[0].replace(/^[\s,]+/u, '').length;
  const from = pos + m[0].length;
  // Search a bounded window only (with room for the stop patterns' look-ahead), so that a text
  // with many citations and no full stop stays linear.
  const limit = Math.min(text.length, from + MAX_TITLE);
  TITLE_STOP.lastIndex = 0;
  const stop = TITLE_STOP.exec(text.slice(from, Math.min(text.length, limit + 80)));
  let end = stop && from + stop.index < limit ? from + stop.index : limit;
  while (end > from && /[\s,]/u.test(text[end - 1]!)) end--;
  if (end <= from) return undefined;
  return { start, end, value: text.slice(start, end) };
}

/** The first character at or after `pos` past spaces and one comma, or undefined at the end of the line. */
function peek(text: string, pos: number): string | undefined {
  let i = pos;
  let comma = false;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00A0') i++;
    else if (c === ',' && !comma) { comma = true; i++; } else return c;
    if (i - pos > 16) return undefined;
  }
  return undefined;
}

/** Reads date, body, term and title after a symbol ending at `pos`, in whatever order they come. */
export function readAfter(text: string, pos: number): After {
  let date: After['date'];
  let body: After['body'];
  let term: After['term'];
  let end = pos;
  for (let round = 0; round < 4; round++) {
    let progressed = false;
    // Each part starts with a known letter: look at it before trying the patterns.
    const next = peek(text, end);
    if (next === undefined) break;
    if (!date && '(nNbB'.includes(next)) {
      DATE.lastIndex = end;
      const m = DATE.exec(text);
      if (m) {
        const s = end + m[0].indexOf(m[2]!, m[1]?.length ?? 0);
        const d = m[3] !== undefined
          ? makeDate(Number(m[3]), Number(m[5]), Number(m[6]))
          : makeDate(Number(m[7]), Number(m[8]), Number(m[9]));
        date = { start: s, end: s + m[2]!.length, value: d };
        end += m[0].length;
        progressed = true;
      }
    }
    if (!body && peek(text, end) === 'c') {
      const b = readBody(text, end);
      if (b) {
        body = { start: b.start, end: b.end, value: text.slice(b.start, b.end) };
        end = b.end;
        progressed = true;
      }
    }
    if (!term && '(kK'.includes(peek(text, end) ?? '')) {
      TERM.lastIndex = end;
      const m = TERM.exec(text);
      if (m) {
        const s = end + m[0].indexOf(m[2]!);
        const e = s + m[0].slice(m[0].indexOf(m[2]!)).replace(/[\s)]+$/u, '').length;
        term = { start: s, end: e, value: m[3]!.toUpperCase() };
        end += m[0].length;
        progressed = true;
      }
    }
    if (!progressed) break;
  }
  const title = 'vV“"'.includes(peek(text, end) ?? '') ? readTitle(text, end) : undefined;
  if (title) end = title.end + (text[title.end] === '”' || text[title.end] === '"' ? 1 : 0);
  // Every field, set or not: the scanner copies only the set ones into the citation.
  return { date, body, term, title, end };
}
