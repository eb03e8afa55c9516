/**
 * Reads the words around a symbol (domain.md §2):
 * `[type word] [số] SYMBOL[, ][(]ngày DATE[)] [của BODY] [(khóa XI)] [về TITLE | “TITLE”]`.
 * Works on the normalised text and returns ranges in it; the scanner maps them to raw offsets.
 * A line break inside a citation (text wrapped in a PDF or a CMS export: "ngày⏎06/12/2014",
 * "Nghị quyết số⏎66.2/2025/NQ-CP") reads as a space, unless the next line starts a new block
 * (a blank line, a list item, a table row, a heading): ranges stay in the raw text.
 */
import { readBodyAt } from './body';
import { isSoftBreak, WS } from './spaces';
import { makeDate } from './dates';
import { readTitle } from './title';
import { isInlineSpace, isLetterOrNumberUnit, isLetterUnit } from '../text/chars';
import type { DateValue, IssuerClass } from './types';
import { TYPE_WORD_FIRST_WORDS, TYPE_WORDS, typeWordOfLower, type TypeWord } from './vocabulary';

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
  /** The issuer code and class of the body, when it is one body the phrases know (`body.ts`). */
  readonly bodyIssuer?: { readonly code: string; readonly class: IssuerClass };
  readonly term?: ViewPart;
  readonly title?: ViewPart;
  /** Where the citation ends. */
  readonly end: number;
}

/** The last word of every type word, and "số": what must come right before a symbol that has either. */
const LAST_WORDS: ReadonlySet<string> = new Set([
  'số', 'hợp', 'tịch', 'ngành', 'khẩn', 'tốc', 'đề', ...TYPE_WORDS.map((t) => t.word.slice(t.word.lastIndexOf(' ') + 1).toLowerCase()),
]);

/** The spaces of WS (line breaks included: the pattern decides whether they end a block), and the colon. */
function isSpaceOrColon(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3a || c === 0x0a || c === 0x0d;
}

/** A space or a line break: what separates the runs a pattern with WS spans. */
function isFieldSpace(c: number): boolean {
  return isInlineSpace(c) || c === 0x0a || c === 0x0d;
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
 * Where the window of a pattern that ends in `$` and spans at most `runs` runs of non-space
 * characters may start: at the start of the `runs`-th run before `end`, or at `from`. Such a
 * pattern is tried at every position of its window; a shorter window is fewer tries. A run start is
 * preceded by a space (or is `from`), so a look-behind for a letter or digit answers the same there.
 */
export function runsStart(text: string, from: number, end: number, runs: number): number {
  let i = end;
  for (let seen = 0; i > from; ) {
    while (i > from && isFieldSpace(text.charCodeAt(i - 1))) i--;
    if (i === from) break;
    while (i > from && !isFieldSpace(text.charCodeAt(i - 1))) i--;
    if (++seen === runs) return i;
  }
  return from;
}

const NOTHING_BEFORE: Before = { typeWord: undefined, so: undefined };

/** Finds the type word and "số" right before `start`. */
export function readBefore(text: string, start: number): Before {
  // Most symbols of a pathological text (and many of a real one) have neither: skip the reading.
  if (!mayFollowTypeWord(text, start)) return NOTHING_BEFORE;
  return typeWordBefore(text, start, { colon: true, qualifier: true });
}

/**
 * Words between a type word and "số" that qualify it, by their last word and the word before it:
 * "Quy chế phối hợp số 01-QC/…", "Công điện khẩn số 12/CĐ-UBND", "Công điện hỏa tốc", "Nghị quyết
 * chuyên đề số 05-NQ/TU".
 */
const QUALIFIERS: ReadonlyMap<string, string | undefined> = new Map([
  ['hợp', 'phối'], ['tịch', 'liên'], ['ngành', 'liên'], ['khẩn', undefined], ['tốc', 'hỏa'], ['đề', 'chuyên'],
]);

/** A word read backwards: where it is and its lower-case form (the Eth folded). */
interface Word {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}

/** Reads the words before a position backwards, past spaces and line breaks that wrap a sentence (`isSoftBreak`). */
class WordsBack {
  readonly #text: string;
  readonly #limit: number;
  position: number;

  constructor(text: string, end: number, limit: number) {
    this.#text = text;
    this.#limit = limit;
    this.position = end;
  }

  /** Skips spaces (and soft line breaks) back; returns how many code units it passed. */
  spaces(): number {
    const text = this.#text;
    const from = this.position;
    let i = from;
    while (i > this.#limit) {
      const c = text.charCodeAt(i - 1);
      if (isInlineSpace(c)) i--;
      else if (c === 0x0a && isSoftBreak(text, i - 1)) i -= i >= 2 && text.charCodeAt(i - 2) === 0x0d ? 2 : 1;
      else break;
    }
    this.position = i;
    return from - i;
  }

  /** Skips a colon right here. */
  colon(): boolean {
    if (this.position > this.#limit && this.#text.charCodeAt(this.position - 1) === 0x3a) {
      this.position--;
      return true;
    }
    return false;
  }

  /** The word ending here (letters only, at most 12), or undefined. */
  word(): Word | undefined {
    const text = this.#text;
    const e = this.position;
    let s = e;
    while (s > this.#limit && e - s < 12 && isLetterUnit(text.charCodeAt(s - 1))) s--;
    if (s === e) return undefined;
    this.position = s;
    const lower = text.slice(s, e).toLowerCase();
    return { start: s, end: e, lower: lower.includes('ð') ? lower.replace(/ð/g, 'đ') : lower };
  }

  /** The word before the spaces here, or undefined (and nothing read) when no space or no word is there. */
  wordAfterSpace(): Word | undefined {
    const mark = this.position;
    const w = this.spaces() > 0 ? this.word() : undefined;
    if (!w) this.position = mark;
    return w;
  }
}

/**
 * The type word, maybe a qualifier, maybe "số" and maybe a colon that end right at `end`
 * ("Quyết định số: 290", "các Quyết định: 217", "Công điện khẩn số 12"): read backwards word by
 * word and looked up (`typeWordOf`), the longest type word first. `colon` and `qualifier` allow
 * them; without either this reads "Chỉ thị 43" and "Quyết định số 290" only.
 */
export function typeWordBefore(text: string, end: number, opts: { colon: boolean; qualifier: boolean }): Before {
  const r = new WordsBack(text, end, Math.max(0, end - 80));
  r.spaces();
  if (opts.colon && r.colon()) r.spaces();
  let w = r.word();
  if (!w) return NOTHING_BEFORE;
  let so: Before['so'];
  if (w.lower === 'số') {
    so = { start: w.start, end: w.end };
    const next = r.wordAfterSpace();
    if (!next) return bounded(text, so.start) ? { typeWord: undefined, so } : NOTHING_BEFORE;
    w = next;
  }
  // The words ending with `w`, as many as the longest type word has.
  const words: Word[] = [w];
  for (let k = 1; k < MAX_TYPE_WORD_WORDS; k++) {
    const prev = r.wordAfterSpace();
    if (!prev) break;
    words.unshift(prev);
  }
  const found = typeWordEnding(text, words, words.length);
  if (found) return { typeWord: found, so };
  // A qualifier between the type word and "số" ("Công điện khẩn", "Quy chế phối hợp"): the type word ends before it.
  if (opts.qualifier && QUALIFIERS.has(w.lower)) {
    const first = QUALIFIERS.get(w.lower);
    const n = first === undefined ? 1 : words.length >= 2 && words[words.length - 2]!.lower === first ? 2 : 0;
    if (n > 0) {
      for (let k = 0; k < n; k++) {
        const prev = r.wordAfterSpace();
        if (!prev) break;
        words.unshift(prev);
      }
      const q = typeWordEnding(text, words, words.length - n);
      if (q) return { typeWord: q, so };
    }
  }
  return so && bounded(text, so.start) ? { typeWord: undefined, so } : NOTHING_BEFORE;
}

/** The longest type word made of words ending at `words[count - 1]`, at most MAX_TYPE_WORD_WORDS of them. */
function typeWordEnding(text: string, words: readonly Word[], count: number): ViewPart<TypeWord> | undefined {
  // Joined from the last word back, so each longer candidate is one concatenation; a candidate is
  // looked up only when its first word starts a type word.
  let joined = '';
  let best: ViewPart<TypeWord> | undefined;
  for (let k = count - 1; k >= Math.max(0, count - MAX_TYPE_WORD_WORDS); k--) {
    const first = words[k]!;
    joined = joined === '' ? first.lower : `${first.lower} ${joined}`;
    if (!TYPE_WORD_FIRST_WORDS.has(first.lower) || !bounded(text, first.start)) continue;
    const tw = typeWordOfLower(joined);
    if (tw) best = { start: first.start, end: words[count - 1]!.end, value: tw };
  }
  return best;
}

/** Whether no letter or digit is glued before `start`. */
function bounded(text: string, start: number): boolean {
  return start === 0 || !isLetterOrNumberUnit(text.charCodeAt(start - 1));
}

const LEAD = `${WS}*,?${WS}*`;
/**
 * A date right after the symbol: "ngày 25/02/2010", ", ngày 25-2-2010", "(ngày 14/12/2021)",
 * "ngày 12 tháng 12 năm 2013", "ban hành ngày …", and "ngày30-3-2013" with the space lost.
 */
const DATE = new RegExp(
  `${LEAD}(\\(${WS}*)?(?:(?:được${WS}+)?(?:ban${WS}+hành|ký)${WS}+)?(ngày${WS}*(?:(\\d{1,2})${WS}*([/.-])${WS}*(\\d{1,2})${WS}*\\4${WS}*(\\d{4})|(\\d{1,2})${WS}+tháng${WS}+(\\d{1,2})${WS}+năm${WS}+(\\d{4})))(?!\\d)(${WS}*\\))?`,
  'iuy');
const TERM = new RegExp(`${LEAD}(\\(${WS}*)?(khóa|khoá)${WS}+([IVXL]{1,6})(?![\\p{L}\\p{N}])(${WS}*\\))?`, 'iuy');
const OF = new RegExp(`${LEAD}của${WS}+`, 'iuy');

/** The first character at or after `pos` past spaces, soft line breaks and one comma, or undefined at the end of a block. */
function peek(text: string, pos: number): string | undefined {
  let i = pos;
  let comma = false;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\u00A0') i++;
    else if (c === '\r' && text[i + 1] === '\n') i++;
    else if (c === '\n') {
      if (!isSoftBreak(text, i)) return undefined;
      i++;
    } else if (c === ',' && !comma) { comma = true; i++; } else return c;
    if (i - pos > 16) return undefined;
  }
  return undefined;
}

/** Reads date, body, term and title after a symbol ending at `pos`, in whatever order they come. */
export function readAfter(text: string, pos: number): After {
  let date: After['date'];
  let body: After['body'];
  let bodyIssuer: After['bodyIssuer'];
  let term: After['term'];
  let end = pos;
  for (let round = 0; round < 4; round++) {
    let progressed = false;
    // Each part starts with a known letter: look at it before trying the patterns.
    const next = peek(text, end);
    if (next === undefined) break;
    if (!date && '(nNbBđĐkK'.includes(next)) {
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
    if (!body && (peek(text, end) === 'c' || peek(text, end) === 'C')) {
      OF.lastIndex = end;
      const of = OF.exec(text);
      const b = of ? readBodyAt(text, end + of[0].length) : undefined;
      if (b) {
        body = { start: b.start, end: b.end, value: text.slice(b.start, b.end) };
        if (b.code !== undefined && b.class !== undefined) bodyIssuer = { code: b.code, class: b.class };
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
  return { date, body, bodyIssuer, term, title, end };
}
