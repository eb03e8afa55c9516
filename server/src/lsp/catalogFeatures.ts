/**
 * Adapters for features inside workspace catalog files: completion of field names and
 * go-to-definition from a relation's symbol to the entry it names.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogCompletions, definitionRange, relationAt, type Catalog, type ParsedCatalog } from '../core/catalog';
import type { Locale } from '../core/messages';
import type { OffsetRange } from '../core/scan/types';
import { catalogFormat } from './catalogs';
import { toRange } from './convert';

/** Field-name completions at `offset` of a catalog file. */
export function catalogFieldCompletions(doc: TextDocument, offset: number, locale: Locale): CompletionItem[] {
  const c = catalogCompletions(doc.getText(), catalogFormat(doc.uri), offset);
  const range = toRange(doc, c.range);
  return c.fields.map((f) => ({
    label: f.name,
    kind: CompletionItemKind.Field,
    detail: f[locale],
    ...(f.example && { documentation: f.example }),
    textEdit: { range, newText: catalogFormat(doc.uri) === 'json' ? `"${f.name}": ` : `${f.name}: ` },
  }));
}

/** The entry a relation's symbol at `offset` points to, as a range in its own file. */
export function catalogRelationTarget(catalog: Catalog, file: ParsedCatalog, offset: number): { uri: string; range: OffsetRange } | undefined {
  const rel = relationAt(file, offset);
  const entry = rel && catalog.target(rel).find((e) => e.ranges);
  const range = entry && definitionRange(entry);
  return entry && range ? { uri: entry.uri, range } : undefined;
}
