/**
 * Finds directives for completion and workspace symbol search: by number ("290"), by symbol
 * fragment ("290-Q", "ct/tw"), by type code, or by words of the title. The ones in force on the
 * given date come first, then the most recent.
 */
import { titleWords } from './format';
import type { Catalog } from './resolve';
import type { CatalogEntry } from './types';

/** What the user has typed. All parts are optional; an empty query matches nothing. */
export interface EntryQuery {
  /** The number typed ("290" → 290). */
  readonly number?: number;
  /** A fragment of the symbol, compared case-insensitively with `Đ`/`D` folded ("290-qd"). */
  readonly fragment?: string;
  /** A type code the type word before "số" allows (`QĐ` for "Quyết định số"). */
  readonly types?: readonly string[];
  /** Words of the title ("dân vận"). */
  readonly words?: string;
}

function fold(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/đ/g, 'd').replace(/ð/g, 'd');
}

/** Entries matching the query, in force on `asOf` first, then newest first; at most `limit`. */
export function searchEntries(catalog: Catalog, q: EntryQuery, asOf?: string, limit = 50): CatalogEntry[] {
  const fragment = q.fragment ? fold(q.fragment) : undefined;
  const words = q.words ? titleWords(q.words) : [];
  if (q.number === undefined && !fragment && words.length === 0 && !q.types?.length) return [];
  const hits: CatalogEntry[] = [];
  for (const e of catalog.entries()) {
    if (q.number !== undefined && e.number !== q.number) continue;
    if (q.types?.length && (e.key.type === undefined || !q.types.includes(e.key.type))) continue;
    if (fragment && !fold(e.symbol).startsWith(fragment) && !fold(e.key.key).startsWith(fragment)) continue;
    if (words.length > 0) {
      const have = new Set(titleWords(e.title ?? ''));
      if (!words.every((w) => have.has(w))) continue;
    }
    hits.push(e);
  }
  const rank = (e: CatalogEntry): number => {
    const s = catalog.statusAt(e, asOf).status;
    return s === 'in-force' ? 0 : s === 'unknown' ? 1 : s === 'not-yet-issued' ? 3 : 2;
  };
  return hits
    .map((e) => ({ e, r: rank(e) }))
    .sort((a, b) => a.r - b.r || (b.e.date ?? '').localeCompare(a.e.date ?? '') || a.e.symbol.localeCompare(b.e.symbol))
    .slice(0, limit)
    .map((x) => x.e);
}
