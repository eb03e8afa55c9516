/**
 * The one place the command line turns a text into diagnostics. It runs the editor's pipeline
 * (`scan` → `documentProblems` → `toDiagnostics`) so that `vanban check` reports exactly what the
 * editor shows; when the pipeline grows (catalog checks), only this function changes.
 */
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
}

/** Diagnostics of one text, as the editor would show them. */
export function diagnoseText(text: string, options: DiagnoseOptions): Diagnostic[] {
  let result = scan(text);
  if (options.documentDate) result = withDocumentDate(result, options.documentDate);
  return toDiagnostics(documentProblems(text, result), options.severities, options.locale);
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
