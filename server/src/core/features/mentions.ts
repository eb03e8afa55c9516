/**
 * Short mentions the text's own citations do not explain ("Chỉ thị số 05"), for hover, definition
 * and references (issue 15): what a mention names is the merged catalog's to say — workspace
 * files, the built-in catalog and what the articles cite (`catalog/mentions.ts`) — and the
 * directive it names is then the index's, by its key and, for twins, the group its date says.
 */
import { resolveMention, termOf, type CatalogEntry, type MentionResolution } from '../catalog';
import type { MentionRecord } from '../index/facts';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { FeatureContext } from './context';
import { today } from './draft';

/** The short mention under the cursor, if any. */
export function mentionAt(index: WorkspaceIndex, uri: string, offset: number): MentionRecord | undefined {
  return index.get(uri)?.mentions?.find((m) => offset >= m.offset && offset <= m.endOffset);
}

/** What a mention names, and the index's id of that directive when the workspace cites it. */
export interface NamedBy {
  readonly resolution: MentionResolution;
  readonly id?: string;
}

/** Resolves a mention as of its document's date (an undated draft: today). */
export function resolveMentionRecord(ctx: Pick<FeatureContext, 'index' | 'catalog' | 'today'>, m: MentionRecord): NamedBy {
  if (!ctx.catalog) return { resolution: { unknown: true } };
  const resolution = resolveMention(ctx.catalog, m, m.docDate ?? ctx.today ?? today());
  if (!('entry' in resolution)) return { resolution };
  const id = idOfEntry(ctx.index, resolution.entry);
  return id ? { resolution, id } : { resolution };
}

/** The index's id of a catalog entry: its key, or among twins the one of its term or year. */
export function idOfEntry(index: WorkspaceIndex, e: CatalogEntry): string | undefined {
  const ids = index.idsOfKey(e.key.key);
  if (ids.length <= 1) return ids[0];
  const group = e.key.kind === 'party' ? (e.term ?? (e.date ? termOf(e.date) : undefined)) : e.date?.slice(0, 4);
  return ids.find((id) => id === `${e.key.key}#${group}`) ?? ids[0];
}

/** The mentions of the workspace that name the directive `id`, in document order. */
export function mentionsNaming(ctx: Pick<FeatureContext, 'index' | 'catalog' | 'today'>, id: string): MentionRecord[] {
  if (!ctx.catalog) return [];
  const info = ctx.index.info(id);
  if (!info) return [];
  // A QH symbol has no type code of its own: "Nghị quyết 245" may name `245/2025/QH15`.
  const codes = info.type !== undefined ? [info.type] : /\/(?:UBTV)?QH\d/u.test(info.key) ? ['NQ', 'PL'] : [];
  const out: MentionRecord[] = [];
  for (const code of codes) {
    for (const m of ctx.index.mentionsOf(code, info.number)) {
      if (resolveMentionRecord(ctx, m).id === id && !out.includes(m)) out.push(m);
    }
  }
  return out;
}
