/**
 * What every feature needs besides the index: the user's language and how to name a file.
 * Passed explicitly, never read from globals.
 */
import type { Catalog } from '../catalog';
import type { Locale } from '../messages';
import type { CitationRecord } from '../index/facts';
import type { WorkspaceIndex } from '../index/workspaceIndex';

/** Options every cross-file feature takes. */
export interface FeatureContext {
  readonly index: WorkspaceIndex;
  readonly locale: Locale;
  /** A short human name for a document (its path relative to the workspace folder). */
  readonly displayName: (uri: string) => string;
  /** The merged catalog, when there is one. */
  readonly catalog?: Catalog;
  /** Today (ISO): the date undated drafts are judged at (default: the clock's). */
  readonly today?: string;
  /** The `vanban.locality` setting. */
  readonly locality?: string;
}

/** A location in some document, in line/character positions (already converted at indexing). */
export interface Location {
  readonly uri: string;
  readonly range: CitationRecord['range'];
}

/** The citation under the cursor in an indexed document, if any. */
export function recordAt(index: WorkspaceIndex, uri: string, offset: number): CitationRecord | undefined {
  const facts = index.get(uri);
  if (!facts) return undefined;
  // Citations are in text order: binary search on the start offset.
  const list = facts.citations;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid]!;
    if (offset < r.offset) hi = mid - 1;
    else if (offset > r.endOffset) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** A location of a record. */
export function locationOf(r: CitationRecord): Location {
  return { uri: r.uri, range: r.range };
}
