/**
 * The report-writing core (issue 6): headings and outline, folding, report kind, section and
 * heading-block checks with quick fixes, the list of cited directives, and the "Căn cứ" block.
 * Pure functions over the raw text and its scan; every offset is a raw UTF-16 offset.
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
