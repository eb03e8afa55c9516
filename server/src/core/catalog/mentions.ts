/**
 * Short mentions the text's own citations do not explain ("Chỉ thị số 05", "Sắc lệnh 34", "Quy
 * định 366 năm 2025"), resolved against the merged catalog — workspace files, the built-in catalog
 * and what the articles of the workspace cite (issue 15) — by type, number, year and side:
 *
 * - the entries whose type is one the mention's type word allows (a resolution of the National
 *   Assembly, `245/2025/QH15`, for "Nghị quyết") and whose number is the mention's;
 * - on the mention's side: a Party (or Front) body, or a state one, when the text says which;
 * - of the mention's year, when it gives one; none issued after the citing text;
 * - twins of one symbol narrowed as a citation of it would be (`Catalog.resolve`).
 *
 * One directive left: the mention names it. Several: it is ambiguous, and the problem lists them
 * with a fix per candidate that writes its symbol. None: it is unresolved (information).
 */
import type { Fix, Mention, Problem } from '../scan/types';
import { formatCitationDate } from './format';
import './messages';
import type { Catalog } from './resolve';
import type { CatalogEntry } from './types';

/** What a mention names: one directive, several, or none the catalog knows. */
export type MentionResolution =
  | { readonly entry: CatalogEntry }
  | { readonly ambiguous: readonly CatalogEntry[] }
  | { readonly unknown: true };

/** What a mention says of itself, as the scanner and the index keep it. */
export type MentionFacts = Pick<Mention, 'codes' | 'number' | 'year' | 'side'>;

/** Whether an entry has one of the type codes a mention allows (a QH symbol has none of its own: "Nghị quyết" allows it). */
function hasType(e: CatalogEntry, codes: readonly string[]): boolean {
  if (e.key.type !== undefined) return codes.includes(e.key.type);
  const qh = e.key.issuers[0]?.startsWith('QH') || e.key.issuers[0]?.startsWith('UBTVQH');
  return !!qh && (codes.includes('NQ') || codes.includes('PL'));
}

/** An entry's date, or the one the articles give most (a directive cited once has no attested date, but a date all the same). */
function dateOf(catalog: Catalog, e: CatalogEntry): string | undefined {
  return e.date ?? (e.origin === 'corpus' ? catalog.corpus(e.key.key)?.dates[0]?.value : undefined);
}

/** Resolves a mention, as of the citing text's date. */
export function resolveMention(catalog: Catalog, m: MentionFacts, documentDate?: string): MentionResolution {
  let c = catalog.byNumber(m.number).filter((e) => hasType(e, m.codes));
  if (m.side !== undefined) c = c.filter((e) => (e.key.kind === 'party') === (m.side === 'party'));
  if (documentDate) c = c.filter((e) => { const d = dateOf(catalog, e); return !d || d <= documentDate; });
  if (m.year !== undefined) {
    const year = String(m.year);
    const dated = c.filter((e) => dateOf(catalog, e)?.startsWith(year) || e.key.year === m.year);
    c = dated.length > 0 ? dated : c.filter((e) => !dateOf(catalog, e) && e.key.year === undefined);
  }
  // Twins of one symbol: the one a citation of the symbol would mean at the text's date.
  const byKey = new Map<string, CatalogEntry[]>();
  for (const e of c) {
    const list = byKey.get(e.key.key);
    if (list) list.push(e);
    else byKey.set(e.key.key, [e]);
  }
  const picked: CatalogEntry[] = [];
  for (const [key, list] of byKey) {
    if (list.length === 1) { picked.push(list[0]!); continue; }
    const r = catalog.resolve({ key, ...(documentDate && { documentDate }), ...(m.year !== undefined && { date: `${m.year}` }) });
    if ('entry' in r && list.includes(r.entry)) picked.push(r.entry);
    else picked.push(...list);
  }
  if (picked.length === 0) return { unknown: true };
  return picked.length === 1 ? { entry: picked[0]! } : { ambiguous: picked };
}

/** A candidate as a problem lists it: "5-CT/TW (15/5/2016)". */
function label(catalog: Catalog, e: CatalogEntry): string {
  const date = dateOf(catalog, e);
  const when = date ? formatCitationDate(date, '') : e.term ? `khóa ${e.term}` : e.locality;
  return when ? `${e.symbol} (${when})` : e.symbol;
}

/**
 * The problems of a text's mentions: `mention-ambiguous` (a fix per candidate writes its symbol
 * after the type word) and `mention-unresolved`.
 */
export function checkMentions(mentions: readonly Mention[], catalog: Catalog, documentDate?: string): Problem[] {
  const out: Problem[] = [];
  for (const m of mentions) {
    const r = resolveMention(catalog, m, documentDate);
    if ('entry' in r) continue;
    if ('unknown' in r) {
      out.push({ code: 'mention-unresolved', range: m.range, args: { mention: m.raw }, fixes: [] });
      continue;
    }
    const fixes: Fix[] = r.ambiguous.slice(0, 6).map((e) => ({
      kind: 'mention-symbol', args: { symbol: e.symbol, detail: label(catalog, e) },
      // "Chỉ thị số 05" → "Chỉ thị số 05-CT/TW": the number gives way to the symbol, the words stay.
      edits: [{ range: m.range, newText: m.raw.replace(/\d+$/u, '') + e.symbol }],
    }));
    out.push({ code: 'mention-ambiguous', range: m.range, args: { mention: m.raw, candidates: r.ambiguous.map((e) => label(catalog, e)).join('; ') }, fixes });
  }
  return out;
}
