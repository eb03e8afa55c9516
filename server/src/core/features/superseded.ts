/**
 * Every citation in the workspace of a directive that was out of force on the date of the text
 * citing it (or today, for an undated text): the "find citations of superseded directives" view.
 */
import { statusAt, statusText, type Catalog } from '../catalog';
import type { PosRange } from '../index/facts';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { Locale } from '../messages';
import { resolveRecord } from './catalogInfo';
import { today } from './draft';

/** One stale citation. */
export interface StaleCitation {
  readonly uri: string;
  readonly range: PosRange;
  /** The symbol as written. */
  readonly symbol: string;
  /** "bị thay thế bởi 23-QĐ/TW từ ngày 30/7/2021". */
  readonly status: string;
  /** The successor's symbol, when the catalog knows it. */
  readonly successor?: string;
  /** The date the citation was judged at (the text's date or today). */
  readonly asOf: string;
}

/** Stale citations, by file then position. */
export function supersededCitations(index: WorkspaceIndex, catalog: Catalog, locale: Locale, opts: { locality?: string; today?: string } = {}): StaleCitation[] {
  const now = opts.today ?? today();
  const out: StaleCitation[] = [];
  const uris = [...index.uris()].sort();
  for (const uri of uris) {
    for (const r of index.get(uri)?.citations ?? []) {
      const res = resolveRecord(catalog, r, opts.locality);
      if (!('entry' in res)) continue;
      const asOf = r.docDate ?? now;
      const st = statusAt(res.entry, asOf, catalog);
      if (st.status !== 'superseded' && st.status !== 'repealed' && st.status !== 'expired') continue;
      const successor = st.successor?.symbol ?? st.by?.symbol;
      out.push({ uri, range: r.range, symbol: r.raw, status: statusText(st, locale), asOf, ...(successor && { successor }) });
    }
  }
  return out;
}
