/**
 * The one place the command line turns a text into diagnostics. It runs the editor's pipeline
 * (`scan` → catalog checks → `documentProblems` → `toDiagnostics`) so that `vanban check` reports
 * exactly what the editor shows; when the pipeline grows, only this file changes.
 */
import { checkDocument, type Catalog } from '../core/catalog';
import { isDraft, today } from '../core/features/draft';
import { summarize, type CitationRecord } from '../core/index/facts';
import { toDiagnostics, type Diagnostic, type Severity } from '../core/features/diagnostics';
import { documentProblems } from '../core/features/problems';
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
  let extra: ReturnType<typeof checkDocument> = [];
  if (options.catalog) {
    // As the editor does: a draft with no date of its own is judged as of today.
    const draft = isDraft(uri, text);
    const documentDate = options.documentDate ?? result.documentDate?.value.iso ?? (draft ? today() : undefined);
    extra = checkDocument(result, options.catalog, { ...(documentDate && { documentDate }), draft, ...(options.locality && { locality: options.locality }) });
  }
  return toDiagnostics(documentProblems(text, result, { extra }), options.severities, options.locale);
}

/** What the corpus part of the catalog takes from one scanned text: its citations as the editor's index keeps them. */
export function corpusRecords(result: ScanResult, uri: string): CitationRecord[] {
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
