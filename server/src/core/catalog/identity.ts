/**
 * When two catalog entries of the same symbol key are the same directive (domain.md §1): the
 * parser uses it to report duplicates, the merged catalog to let a higher source override a lower
 * one.
 */
import { isCentralIssuer, termOf } from './fields';
import type { CatalogEntry } from './types';

/** Folds a locality for comparison: "tỉnh Quảng Ninh", "Quảng Ninh" → "quảng ninh". */
export function localityKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim()
    .replace(/^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?)\s+/u, '');
}

/** The term of an entry: as written, else derived from its date for central Party directives. */
export function entryTerm(e: CatalogEntry): string | undefined {
  if (e.term) return e.term;
  if (e.date && e.key.kind === 'party' && isCentralIssuer(e.key.issuers)) return termOf(e.date);
  return undefined;
}

/**
 * Whether two entries of the same key describe the same directive (so the higher one overrides):
 * numbers are unique per term for central Party documents, per year for administrative state
 * documents (and for local ones, whose committee terms the catalog does not know), and state legal
 * symbols are unique as written. So a workspace entry with another day corrects the built-in one
 * instead of creating a twin.
 */
export function sameDirective(a: CatalogEntry, b: CatalogEntry): boolean {
  if (a.locality && b.locality && localityKey(a.locality) !== localityKey(b.locality)) return false;
  const k = a.key;
  if (k.kind === 'state-legal') return true;
  if (k.kind === 'party' && isCentralIssuer(k.issuers)) {
    const ta = entryTerm(a);
    const tb = entryTerm(b);
    return !ta || !tb || ta === tb;
  }
  if (a.date && b.date) return a.date.slice(0, 4) === b.date.slice(0, 4);
  return true;
}
