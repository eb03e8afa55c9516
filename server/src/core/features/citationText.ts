/**
 * Writes a citation the conventional way (domain.md §2):
 * "Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về việc ban hành …".
 */
import { formatCitationDate } from '../catalog/format';

/** The parts of a citation to write; all but the symbol are optional. */
export interface CitationParts {
  readonly typeWord?: string | undefined;
  readonly symbol: string;
  readonly date?: string | undefined;
  readonly body?: string | undefined;
  readonly term?: string | undefined;
  readonly title?: string | undefined;
}

/** A title as it follows the body: "về …" stays, anything else is quoted. */
export function titlePhrase(title: string): string {
  return /^về\s/iu.test(title) ? title : `“${title}”`;
}

/** The full citation text. */
export function formatCitation(p: CitationParts): string {
  let s = p.typeWord ? `${p.typeWord} số ${p.symbol}` : p.symbol;
  if (p.date && /^\d{4}-\d{2}-\d{2}$/u.test(p.date)) s += `, ${formatCitationDate(p.date)}`;
  if (p.body) s += ` của ${p.body}`;
  if (p.term) s += ` (khóa ${p.term})`;
  if (p.title) s += ` ${titlePhrase(p.title)}`;
  return s;
}
