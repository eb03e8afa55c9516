/**
 * Workspace symbols: search over directives by number, symbol or words of the title. (A document's
 * outline is the report outline, server/src/core/report/outline.ts.)
 */
import { locationOf, type Location } from './context';
import { fullestCitation } from './definition';
import type { CitationRecord } from '../index/facts';
import type { DirectiveInfo, WorkspaceIndex } from '../index/workspaceIndex';

/** A directive found by workspace symbol search. */
export interface DirectiveSymbol {
  readonly name: string;
  readonly detail: string | undefined;
  readonly location: Location;
  readonly kind: CitationRecord['kind'];
}

/** Folds text for matching: NFC, lower case, accents and Đ removed, lookalikes folded. */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐÐ]/g, 'd').toLowerCase().replace(/[–—‐−]/g, '-');
}

/** The most searched-for limit; editors show a few dozen at most. */
const LIMIT = 200;

/**
 * What a directive is searched by, folded — kept with what the corpus says (`DirectiveInfo` is
 * replaced when its citations change), so a query folds its words, not every directive's title.
 */
const searchText = new WeakMap<DirectiveInfo, string>();
function searchTextOf(info: DirectiveInfo): string {
  let hay = searchText.get(info);
  if (hay === undefined) {
    hay = foldForSearch([info.canonical, info.key, info.typeWords[0]?.value ?? '', info.titles[0]?.value ?? ''].join(' '));
    searchText.set(info, hay);
  }
  return hay;
}

/** Directives matching `query`: every query word must appear in the symbol, type word or title. */
export function workspaceSymbols(index: WorkspaceIndex, query: string): DirectiveSymbol[] {
  const words = foldForSearch(query).split(/\s+/u).filter(Boolean);
  const out: { id: string; sym: DirectiveSymbol; score: number }[] = [];
  for (const info of index.infos()) {
    const typeWord = info.typeWords[0]?.value;
    const title = info.titles[0]?.value;
    const hay = searchTextOf(info);
    if (!words.every((w) => hay.includes(w))) continue;
    const best = fullestCitation(index, info.id) ?? info.citations[0]!;
    const name = `${typeWord ? `${typeWord} ` : ''}${info.canonical}`;
    // Exact number or symbol matches first, then by how often it is cited.
    const exact = words.length === 1 && (String(info.number) === words[0] || foldForSearch(info.canonical) === words[0]) ? 1_000_000 : 0;
    out.push({ id: info.id, sym: { name, detail: title, location: locationOf(best), kind: info.kind }, score: exact + info.citations.length });
  }
  // Ties in directive id order: the same workspace gives the same list, whatever order its files were indexed in.
  return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, LIMIT).map((x) => x.sym);
}
