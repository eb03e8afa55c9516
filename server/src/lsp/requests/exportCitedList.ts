/**
 * The export of the "danh mục văn bản được trích dẫn" of one document or of the whole workspace.
 * The list itself is built by the core (`core/report/citedList.ts`) from scans and the catalog's
 * facts; this adapter only gathers the texts: the editor's text when the client sends it or the document is open, else the
 * file on disk. The index keeps no text, so the workspace scope re-reads (and re-scans) the
 * documents that cite something — an explicit command may take that second.
 */
import type { Catalog } from '../../core/catalog';
import { catalogFacts } from '../../core/features/directiveList';
import { citedDirectives, citedListToCsv, citedListToMarkdown, describes } from '../../core/report/citedList';
import type { Locale } from '../../core/messages';
import { scan } from '../../core/scan/scanner';
import type { ScanResult } from '../../core/scan/types';
import { readTextFile } from '../../node/files';
import { toPath, type Workspace } from '../workspace';
import type { ExportCitedListParams, ExportCitedListResult } from './protocol';

/** Where the export finds the editor's version of open documents. */
export interface OpenDocuments {
  get(uri: string): { getText(): string; offsetAt(position: { line: number; character: number }): number } | undefined;
}

/** How many files to read between yields, so other requests stay answered. */
const BATCH = 64;

/** Builds the cited list for the params. */
export async function exportCitedList(ws: Workspace, documents: OpenDocuments | undefined, catalog: Catalog | undefined, locale: Locale, p: ExportCitedListParams): Promise<ExportCitedListResult> {
  const scans: ScanResult[] = [];
  if (p.scope === 'document') {
    const text = p.uri === undefined ? p.text : p.text ?? documents?.get(p.uri)?.getText() ?? (await readDisk(ws, p.uri));
    if (text !== undefined) scans.push(scan(text));
  } else {
    await ws.whenReady();
    // Documents that cite nothing add no row: only those the index knows to cite something are read.
    const uris = [...ws.index.uris()].filter((u) => (ws.index.get(u)?.citations.length ?? 0) > 0).sort();
    for (let i = 0; i < uris.length; i++) {
      const uri = uris[i]!;
      const text = documents?.get(uri)?.getText() ?? (await readDisk(ws, uri));
      if (text !== undefined) scans.push(scan(text));
      if ((i + 1) % BATCH === 0) await new Promise<void>((r) => setImmediate(r));
    }
  }
  // The catalog's facts and status complete (and correct) what the citations say.
  const keys = new Set(scans.flatMap((r) => r.citations.map((c) => c.symbol.key)));
  const rows = citedDirectives(scans, catalog ? catalogFacts(catalog, keys, locale) : undefined, locale);
  const format = { locale, documents: p.scope === 'workspace' };
  const text = p.format === 'csv' ? citedListToCsv(rows, format) : citedListToMarkdown(rows, format);
  return { text, directives: rows.filter(describes).length, documents: scans.length };
}

async function readDisk(ws: Workspace, uri: string): Promise<string | undefined> {
  const file = toPath(uri);
  if (!file) return undefined;
  const r = await readTextFile(file, ws.config.maxBytes);
  return r.ok ? r.text : undefined;
}
