/**
 * Small text helpers shared by the report features: lines with their raw offsets, accent folding
 * for tolerant matching, and the document's line ending. Nothing here rewrites the text: folding
 * produces lookup keys only, and every offset is a UTF-16 offset into the raw text.
 */
import type { Citation, OffsetRange } from '../scan/types';
import { typeWordFor, typeWordOf } from '../scan/vocabulary';

/** One line of the raw text. */
export interface Line {
  /** Index of the line (0-based). */
  readonly index: number;
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just after the last character of the line, before its line break. */
  readonly end: number;
  /** The line without its line break. */
  readonly text: string;
}

/** The last text split and its lines: the report checks of one keystroke split the same text three times. */
let last: { text: string; lines: readonly Line[] } | undefined;

/** Splits the raw text into lines, recognising `\r\n`, `\n` and `\r` breaks (as LSP does). */
export function splitLines(text: string): readonly Line[] {
  if (last?.text === text) return last.lines;
  const lines = split(text);
  last = { text, lines };
  return lines;
}

function split(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    out.push({ index: out.length, start, end: i, text: text.slice(start, i) });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  out.push({ index: out.length, start, end: text.length, text: text.slice(start) });
  return out;
}

/** Whether a character code is white space within a line (space, tab, no-break space, zero-width and BOM). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x3000 || c === 11 || c === 12;
}

/** Whether a line holds nothing but white space. */
export function isBlank(line: Line): boolean {
  return leadingSpace(line.text) === line.text.length;
}

/** How many white-space characters a string starts with. */
export function leadingSpace(s: string): number {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** The length of a string without its trailing white space (a loop, not a pattern: linear on any input). */
export function trimmedEnd(s: string): number {
  let e = s.length;
  while (e > 0 && isSpaceCode(s.charCodeAt(e - 1))) e--;
  return e;
}

/** The range of a line without its leading and trailing white space. */
export function trimmedRange(line: Line): OffsetRange {
  const lead = leadingSpace(line.text);
  const end = Math.max(lead, trimmedEnd(line.text));
  return { start: line.start + lead, end: line.start + end };
}

/** The line break the document uses most (its first one), `\n` when it has none. */
export function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/**
 * A lookup key for tolerant matching of Vietnamese words: NFC, accents removed, `đ` → `d`,
 * lower case, punctuation turned into single spaces. "PHƯƠNG HƯỚNG, NHIỆM VỤ" → "phuong huong nhiem vu".
 */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐÐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Collapses runs of white space into single spaces, for display names. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00A0]+/gu, ' ').trim();
}

/** The Roman numeral of a positive integer (1 → "I"), for section numbering. */
export function toRoman(n: number): string {
  const table: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) { out += s; rest -= v; }
  }
  return out;
}

/** The value of a Roman numeral ("IV" → 4), or undefined when it is none. */
export function fromRoman(s: string): number | undefined {
  if (!/^[IVXLC]+$/.test(s)) return undefined;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = i + 1 < s.length ? v[s[i + 1]!]! : 0;
    total += a < b ? -a : a;
  }
  return toRoman(total) === s ? total : undefined;
}

/** The most frequent value; ties go to the one seen first. */
export function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) { best = v; n = c; }
  return best;
}

/**
 * The type word to show for a directive: the one its citations use most, among those that agree
 * with the symbol's type code ("Quyết định số 34-NQ/TW" says nothing true about 34-NQ/TW), else
 * the usual word for the code.
 */
export function typeWordOfDirective(cites: readonly Citation[]): string | undefined {
  const sym = (cites.find((c) => c.form === 'full') ?? cites[0])?.symbol;
  if (!sym) return undefined;
  const agree = cites.flatMap((c) => {
    if (!c.typeWord) return [];
    const codes = typeWordOf(c.typeWord.value)?.codes;
    return sym.type === undefined || !codes || codes.length === 0 || codes.includes(sym.type) ? [c.typeWord.value] : [];
  });
  return mostCommon(agree) ?? typeWordFor(sym.type, sym.kind === 'party' ? 'party' : 'state');
}

/**
 * The type word as the citations write it when every one of them disagrees with the symbol's code
 * ("Quyết định số 34-NQ/TW" → "Quyết định"), with the conflict spelled out for lists that show it:
 * `Quyết định (ký hiệu NQ là Nghị quyết)`. Undefined when some citation agrees with the code.
 */
export function conflictingTypeWord(cites: readonly Citation[], locale: 'vi' | 'en'): string | undefined {
  const sym = (cites.find((c) => c.form === 'full') ?? cites[0])?.symbol;
  if (!sym || sym.type === undefined) return undefined;
  const written = cites.flatMap((c) => (c.typeWord ? [c.typeWord.value] : []));
  const agrees = (w: string): boolean => {
    const codes = typeWordOf(w)?.codes;
    return !codes || codes.length === 0 || codes.includes(sym.type!);
  };
  if (written.length === 0 || written.some(agrees)) return undefined;
  const word = mostCommon(written)!;
  const usual = typeWordFor(sym.type, sym.kind === 'party' ? 'party' : 'state');
  if (!usual) return undefined;
  return locale === 'vi' ? `${word} (ký hiệu ${sym.type} là ${usual})` : `${word} (the code ${sym.type} is a ${usual})`;
}

/** Vietnamese ordinal words, as "Phần thứ nhất" numbers parts (index = value). */
export const ORDINALS: readonly string[] = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** The value of an ordinal word ("hai" → 2, "bốn" → 4), however it is capitalised. */
export function fromOrdinal(word: string): number | undefined {
  const w = word.toLocaleLowerCase('vi');
  if (w === 'một') return 1;
  if (w === 'bốn') return 4;
  const i = ORDINALS.indexOf(w);
  return i > 0 ? i : undefined;
}
