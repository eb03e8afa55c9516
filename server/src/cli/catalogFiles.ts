/**
 * Catalog files in `vanban check`: those given with `--catalog` and the `vanban.catalog.yaml`,
 * `.yml` or `.json` files found in the folders checked are parsed, and their own problems
 * (syntax, unknown fields, bad dates and symbols, duplicates, …) reported like a document's.
 */
import path from 'node:path';
import { CATALOG_CODE_DEFAULTS, parseCatalog, type CatalogFormat } from '../core/catalog';
import { toDiagnostics, type Diagnostic, type Severity } from '../core/features/diagnostics';
import type { Locale } from '../core/messages';

/** The include glob of catalog files inside the folders checked, as the editor finds them. */
export const CATALOG_FILES = ['**/vanban.catalog.{yaml,yml,json}'];

/** Whether a path names a catalog file by its name. */
export function isCatalogFile(file: string): boolean {
  return /^vanban\.catalog\.(?:ya?ml|json)$/u.test(path.basename(file));
}

/** The format of a catalog file, by its extension. */
export function catalogFormat(file: string): CatalogFormat {
  return file.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
}

/** The diagnostics of one catalog file's text: catalog codes at their default severities unless the settings say otherwise. */
export function diagnoseCatalog(file: string, text: string, severities: Readonly<Record<string, Severity>>, locale: Locale): Diagnostic[] {
  const parsed = parseCatalog(text, catalogFormat(file), 'file://' + file);
  const defaults = Object.fromEntries(Object.entries(CATALOG_CODE_DEFAULTS).map(([code, d]) => [code, d.severity]));
  return toDiagnostics(parsed.problems, { ...defaults, ...severities }, locale);
}
