/**
 * Code lens on the first mention of each directive in a document: "N bài viết trích dẫn",
 * opening the references.
 */
import { format, type Locale } from '../messages';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { locationOf, type Location } from './context';
import type { PosRange } from '../index/facts';

/** One lens: where, what it says, and the references it opens. */
export interface Lens {
  readonly range: PosRange;
  readonly title: string;
  readonly locations: readonly Location[];
}

const TITLE = { vi: '{n} bài viết trích dẫn', en: 'cited in {n} articles' } as const;
const TITLE_ONE = { vi: '1 bài viết trích dẫn', en: 'cited in 1 article' } as const;

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
    const n = info.documents;
    const title = n === 1 ? TITLE_ONE[locale] : format(TITLE[locale], { n: String(n) });
    out.push({ range: r.range, title, locations: info.citations.map(locationOf) });
  }
  return out;
}
