/**
 * Go to definition: the directive's entry in a workspace catalog file when there is one, else the
 * fullest citation of the directive in the workspace (type word, date, body and title), the
 * earliest article first.
 */
import { definitionRange, type Catalog } from '../catalog';
import type { CitationRecord } from '../index/facts';
import type { OffsetRange } from '../scan/types';
import { resolveRecord } from './catalogInfo';
import type { DirectiveInfo, WorkspaceIndex } from '../index/workspaceIndex';
import { locationOf, recordAt, type FeatureContext, type Location } from './context';
import { directiveOfMention } from './references';

/** The fullest citation of each directive, kept with what the corpus says (replaced when its citations change). */
const fullest = new WeakMap<DirectiveInfo, CitationRecord | null>();

/** The fullest citation of a directive. */
export function fullestCitation(index: WorkspaceIndex, id: string): CitationRecord | undefined {
  const info = index.info(id);
  if (!info) return undefined;
  let best = fullest.get(info);
  if (best === undefined) {
    // Citations are in document order: the first of the fullest is the earliest.
    best = null;
    for (const r of info.citations) {
      // A resolution named without a symbol has its names for citations: the fullest of them.
      if ((r.form === 'full' || r.form === 'named') && (!best || r.fullness > best.fullness)) best = r;
    }
    fullest.set(info, best);
  }
  return best ?? undefined;
}

/** The definition of the citation (or the short mention the catalog resolves) at `offset` of `uri`. */
export function findDefinition(ctx: Pick<FeatureContext, 'index' | 'catalog' | 'today'>, uri: string, offset: number): Location | undefined {
  const index = ctx.index;
  const r = recordAt(index, uri, offset);
  const id = r ? index.idOf(r) : directiveOfMention(ctx, uri, offset);
  if (id === undefined) return undefined;
  const best = fullestCitation(index, id);
  return best && locationOf(best);
}

/** The workspace catalog entry of the citation at `offset`, as a range in its catalog file (offsets). */
export function catalogDefinition(index: WorkspaceIndex, catalog: Catalog, uri: string, offset: number, locality?: string): { uri: string; range: OffsetRange } | undefined {
  const r = recordAt(index, uri, offset);
  if (!r) return undefined;
  const res = resolveRecord(catalog, r, locality);
  if (!('entry' in res) || res.entry.origin !== 'workspace') return undefined;
  const range = definitionRange(res.entry);
  return range && { uri: res.entry.uri, range };
}
