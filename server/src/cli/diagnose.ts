/**
 * The one place the command line turns a text into diagnostics: `scan`, then the editor's own
 * `checkText` (scanner, report and catalog checks), then `toDiagnostics` — so that `vanban check`
 * reports exactly what the editor shows.
 */
import type { Catalog } from '../core/catalog';
import type { CitationRecord } from '../core/index/facts';
import { summarize } from '../core/index/rows';
import { toDiagnostics, type Diagnostic, type Severity } from '../core/features/diagnostics';
import { isDraft } from '../core/features/draft';
import { checkText } from '../core/features/problems';
import type { Locale } from '../core/messages';
import { scan } from '../core/scan/scanner';
import type { Citation, Problem, ScanResult } from '../core/scan/types';

/** What the pipeline needs besides the text. */
export interface DiagnoseOptions {
  readonly severities: Readonly<Record<string, Severity>>;
  readonly locale: Locale;
  /** ISO date (`yyyy-mm-dd`) to use as the document's own date instead of the one its text states. */
  readonly documentDate?: string;
  /** The merged catalog (workspace files, built-in, corpus) citations are judged against, as in the editor. */
  readonly catalog?: Catalog;
  /** The province or district of local directives (`vanban.locality`). */
  readonly locality?: string;
}

/** Diagnostics of one text (`uri` names it: drafts are told by their folder), as the editor would show them. */
export function diagnoseText(text: string, options: DiagnoseOptions, uri = 'file:///document.txt', scanned?: ScanResult): Diagnostic[] {
  let result = scanned ?? scan(text);
  if (options.documentDate) result = withDocumentDate(result, options.documentDate);
  const problems = checkText(uri, text, result, {
    ...(options.catalog && { catalog: options.catalog }), ...(options.locality && { locality: options.locality }),
    ...(options.documentDate && { documentDate: options.documentDate }),
  });
  return toDiagnostics(problems, options.severities, options.locale);
}

/**
 * What the corpus part of the catalog takes from one scanned text: its citations as the editor's
 * index keeps them, none for a draft (drafts do not vouch for what they cite: `vouchedFor`).
 */
export function corpusRecords(result: ScanResult, uri: string, text: string): CitationRecord[] {
  if (isDraft(uri, text)) return [];
  return [...summarize(uri, result, (o) => ({ line: 0, character: o })).citations];
}

/**
 * Re-judges the dates of citations against a given document date (`--date`): a citation dated
 * after it is reported as the scanner reports one dated after the date the text states. The
 * scanner takes no date of its own, so its `date-after-document` problems are replaced here.
 */
export function withDocumentDate(result: ScanResult, iso: string): ScanResult {
  const citations = result.citations.map((c): Citation => {
    const kept = c.problems.filter((p) => p.code !== 'date-after-document');
    const date = c.date;
    const extra: Problem[] = date?.value.iso && date.value.iso > iso
      ? [{ code: 'date-after-document', range: date.range, args: { date: date.text, documentDate: iso }, fixes: [] }]
      : [];
    return kept.length === c.problems.length && extra.length === 0 ? c : { ...c, problems: [...kept, ...extra] };
  });
  return { ...result, citations };
}
