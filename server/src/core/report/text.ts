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

/** Splits the raw text into lines, recognising `\r\n`, `\n` and `\r` breaks (as LSP does). */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  const re = /\r\n|\n|\r/g;
  for (let m; (m = re.exec(text)); ) {
    out.push({ index: out.length, start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ index: out.length, start, end: text.length, text: text.slice(start) });
  return out;
}

/** Whether a line holds nothing but white space. */
export function isBlank(line: Line): boolean {
  return /^[\s\u00A0\u200B\uFEFF]*$/u.test(line.text);
}

/** The range of a line without its leading and trailing white space. */
export function trimmedRange(line: Line): OffsetRange {
  const lead = /^[\s\u00A0]*/u.exec(line.text)![0].length;
  const trail = /[\s\u00A0]*$/u.exec(line.text)![0].length;
  return { start: line.start + lead, end: Math.max(line.start + lead, line.end - trail) };
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
