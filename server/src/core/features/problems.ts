/**
 * Every problem of one document, from every checker, in one place — so the editor and
 * `vanban check` report exactly the same things.
 */
import { checkReport } from '../report/sections';
import { findHeadings, type HeadingTree } from '../report/headings';
import type { Problem, ScanResult } from '../scan/types';
import { allProblems } from './diagnostics';

/** What a document's checks may use besides its text and scan. */
export interface ProblemOptions {
  /** Headings, when already computed (the outline uses them too). */
  readonly headings?: HeadingTree;
  /** More problems from checkers that need the workspace (the catalog). */
  readonly extra?: readonly Problem[];
}

/** The problems of a document: the scanner's, the report checks', and any extra ones, in text order. */
export function documentProblems(text: string, result: ScanResult, opts: ProblemOptions = {}): Problem[] {
  const headings = opts.headings ?? findHeadings(text);
  return [...allProblems(result), ...checkReport(text, { headings }), ...(opts.extra ?? [])].sort((a, b) => a.range.start - b.range.start);
}
