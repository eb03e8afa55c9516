/**
 * Code lens on the first mention of each directive in a document: "23-QĐ/TW: 3 bài viết khác trích
 * dẫn". A line may cite several directives, so each lens names its own. It counts the other
 * articles citing the directive — not this document, and not drafts, which vouch for nothing
 * (`DocumentFacts.draft`) — and clicking it lists exactly those articles, one location each (the
 * first citation in each), so the list agrees with the number. A lens carries only where it is:
 * the locations are asked for when it is clicked (a directive cited 200,000 times would otherwise
 * put 30 MB into every lens answer).
 */
import { format, type Locale } from '../messages';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { CitationRecord, PosRange } from '../index/facts';
import { locationOf, recordAt, type Location } from './context';

/** One lens: where it is and what it says; clicking it (when `clickable`) lists the citing articles. */
export interface Lens {
  readonly range: PosRange;
  readonly title: string;
  /** False when no other article cites the directive: there is nothing to list. */
  readonly clickable: boolean;
}

const TITLE = {
  vi: { many: '{symbol}: {n} bài viết khác trích dẫn', one: '{symbol}: 1 bài viết khác trích dẫn', none: '{symbol}: chưa bài viết nào khác trích dẫn' },
  en: { many: '{symbol}: cited in {n} other articles', one: '{symbol}: cited in 1 other article', none: '{symbol}: cited in no other article' },
} as const;

/** Lenses for one document. */
export function codeLenses(index: WorkspaceIndex, uri: string, locale: Locale): Lens[] {
  const facts = index.get(uri);
  if (!facts) return [];
  const seen = new Set<string>();
  const out: Lens[] = [];
  for (const r of facts.citations) {
    const id = index.idOf(r);
    if (seen.has(id)) continue;
    seen.add(id);
    const info = index.info(id);
    if (!info) continue;
    // This document cites the directive: as an article it is one of `articles`, not an "other" one.
    const n = info.articles - (facts.draft ? 0 : 1);
    const t = TITLE[locale];
    const title = format(n === 0 ? t.none : n === 1 ? t.one : t.many, { symbol: info.canonical, n: String(n) });
    out.push({ range: r.range, title, clickable: n > 0 });
  }
  return out;
}

/** The articles other than `uri` citing the directive at `offset`: the first citation in each, in document order. */
export function otherCitingArticles(index: WorkspaceIndex, uri: string, offset: number): Location[] {
  const r = recordAt(index, uri, offset);
  if (!r) return [];
  const out: Location[] = [];
  let last: string | undefined;
  for (const c of index.citationsOf(index.idOf(r)) as readonly CitationRecord[]) {
    if (c.uri === last) continue;
    last = c.uri;
    if (c.uri === uri || index.get(c.uri)?.draft) continue;
    out.push(locationOf(c));
  }
  return out;
}
