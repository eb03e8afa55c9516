/**
 * The report-writing core (issue 6): headings and outline, folding, report kind, section and
 * heading-block checks with quick fixes, the list of cited directives, and the "Căn cứ" block.
 * Pure functions over the raw text and its scan; every offset is a raw UTF-16 offset.
 *
 * Wiring into LSP (compute `findHeadings(text)` once per document version and pass it along):
 * - documentSymbol: `documentOutline(text, scan, headings)` → DocumentSymbol (kind via OutlineNode.kind;
 *   range/selectionRange through TextDocument.positionAt; `detail` as is).
 * - foldingRange: `foldingRegions(text, headings)` → startLine = positionAt(start).line, endLine = positionAt(end).line;
 *   kind `front-matter` → FoldingRangeKind.Comment, others → Region.
 * - diagnostics: `checkReport(text, { headings })` → Problems like the scanner's (messages through
 *   problemMessage/fixTitle; default severities in REPORT_SEVERITY).
 * - code actions: each Problem's `fixes` (edits may share a start: an insert comes before the replace at
 *   the same offset, as LSP allows).
 * - completion: `sectionCompletions(text, offset, { headings })` and `canCuCompletion(text, offset, scan)`.
 * - workspace/executeCommand (export): `exportCitedList([{ text, scan }, …], { format, locale, bom, facts })`.
 */
export { findHeadings, type Heading, type HeadingKind, type HeadingLabel, type HeadingTree } from './headings';
export { documentOutline, type OutlineKind, type OutlineNode } from './outline';
export { foldingRegions, type FoldingRegion } from './folding';
export { detectReportKind, hasStandardSections, reportKindOf, type ReportKind, type ReportKindInfo } from './kind';
export { checkReport, matchSections, sectionHeadingText, standardSections, type ReportCheckOptions, type StandardSection } from './sections';
export { checkDateLines, checkNumberLines, ownNumberLine, readNumberLines, ruleDate, withoutOwnNumber, type NumberLine } from './headingBlock';
export { REPORT_SEVERITY, KIND_NAMES } from './reportMessages';
export {
  citedDirectives, citedListToCsv, citedListToMarkdown, exportCitedList, TYPE_ORDER,
  type CitedListFormat, type CitedRow, type CsvFormat, type DirectiveFacts, type ExportOptions, type FactsByKey,
} from './citedList';
export { sectionCompletions, type SectionCompletion } from './sectionCompletion';
export { canCuBlock, canCuCompletion, canCuLine, type CanCuCompletion, type CanCuOptions } from './canCu';
