/**
 * The "Căn cứ …" block of a report or plan: one line per directive the document cites, each a
 * full citation ("- Căn cứ Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về …;"),
 * in the order of the cited list (by type, then date). Offered as a completion at the start of a
 * line where the writer types "Căn cứ".
 */
import type { OffsetRange, ScanResult } from '../scan/types';
import { citedDirectives, type CitedRow, type FactsByKey } from './citedList';
import { ruleDate, withoutOwnNumber } from './headingBlock';
import { eolOf, foldKey } from './text';

/** Options of the block. */
export interface CanCuOptions {
  /** Catalog facts by directive key, preferred to what the citations say. */
  readonly facts?: FactsByKey;
  /** Line break between lines (default `\n`). */
  readonly eol?: string;
  /** What starts each line (default "- "). */
  readonly bullet?: string;
  /** Keys to leave out (the document's own number, directives the writer does not want). */
  readonly exclude?: readonly string[];
}

/** One "Căn cứ" line for a directive, without bullet or line break: "Căn cứ Chỉ thị số 43-CT/TW, ngày 14/5/2015 của Ban Bí thư về …;". */
export function canCuLine(row: CitedRow): string {
  let s = 'Căn cứ ';
  s += row.typeWord ? `${row.typeWord} số ${row.symbol}` : row.symbol;
  if (row.date) s += `, ngày ${ruleDate(row.date)}`;
  if (row.body) s += ` của ${row.body}`;
  if (row.term) s += ` (khóa ${row.term})`;
  if (row.title) s += ` ${titlePhrase(row.title)}`;
  return s + ';';
}

/** A title that says "về …" is written as is (with a lower-case "về"); any other goes in quotes. */
function titlePhrase(title: string): string {
  const t = title.trim();
  if (/^về[ \u00A0]/iu.test(t)) return 'về' + t.slice(2);
  return `“${t}”`;
}

/** The whole block for the directives a document (or several) cites; empty when there are none. */
export function canCuBlock(scans: ScanResult | readonly ScanResult[], options: CanCuOptions = {}): string {
  const list = Array.isArray(scans) ? (scans as readonly ScanResult[]) : [scans as ScanResult];
  const exclude = new Set(options.exclude ?? []);
  const rows = citedDirectives(list, options.facts).filter((r) => !exclude.has(r.key));
  const bullet = options.bullet ?? '- ';
  return rows.map((r) => bullet + canCuLine(r)).join(options.eol ?? '\n');
}

/** A completion: the text to put in place of `range`. */
export interface CanCuCompletion {
  readonly range: OffsetRange;
  readonly newText: string;
}

/**
 * The "Căn cứ" block as a completion at `offset`, when the line so far is only (part of) the words
 * "Căn cứ", typed with or without accents and with or without a leading "-" ("Căn", "can cu", "- Căn cứ").
 * The completion replaces what was typed, from the start of the line's text to the cursor.
 */
export function canCuCompletion(text: string, offset: number, scan: ScanResult, options: Omit<CanCuOptions, 'eol'> = {}): CanCuCompletion | undefined {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const typed = text.slice(lineStart, offset);
  const m = /^([ \t]*)((?:[-–+*][ \t]*)?)(\p{L}[\p{L} \t]*)$/u.exec(typed);
  if (!m) return undefined;
  const words = foldKey(m[3]!);
  if (words.length < 2 || !'can cu'.startsWith(words)) return undefined;
  const cited = withoutOwnNumber(text, scan);
  if (cited.citations.length === 0) return undefined;
  const newText = canCuBlock(cited, { ...options, eol: eolOf(text), bullet: m[2] ? `${m[2].trim()} ` : options.bullet ?? '- ' });
  if (newText === '') return undefined;
  return { range: { start: lineStart + m[1]!.length, end: offset }, newText };
}
