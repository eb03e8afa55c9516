/**
 * Every problem of one document, from every checker, in one place — so the editor and
 * `vanban check` report exactly the same things.
 */
import { checkDocument, type Catalog, type CheckContext } from '../catalog';
import { checkReport } from '../report/sections';
import { isDraft, today } from './draft';
import { findHeadings, type HeadingTree } from '../report/headings';
import type { OffsetRange, Problem, ScanResult } from '../scan/types';
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
  return onePerFact([...allProblems(result), ...replacementChars(text), ...checkReport(text, { headings }), ...(opts.extra ?? [])])
    .sort((a, b) => a.range.start - b.range.start);
}

/**
 * One finding per fact: an impossible date (`date-invalid`, "31/02/2015") that the catalog dates
 * otherwise is reported once, as impossible, with the catalog's date as its fix — not a second
 * time as `catalog-date-mismatch`.
 */
function onePerFact(problems: Problem[]): Problem[] {
  const invalid = new Map<string, number>();
  problems.forEach((p, i) => { if (p.code === 'date-invalid') invalid.set(`${p.range.start}:${p.range.end}`, i); });
  if (invalid.size === 0) return problems;
  const out = [...problems];
  const drop = new Set<number>();
  problems.forEach((p, i) => {
    const at = p.code === 'catalog-date-mismatch' ? invalid.get(`${p.range.start}:${p.range.end}`) : undefined;
    if (at === undefined) return;
    out[at] = { ...out[at]!, fixes: [...out[at]!.fixes, ...p.fixes] };
    drop.add(i);
  });
  return out.filter((_, i) => !drop.has(i));
}

/**
 * U+FFFD where a file's bytes were not valid UTF-8 (the reader decodes them that way): one
 * problem for the document, at the first one, so the user knows some letters were lost on disk.
 */
function replacementChars(text: string): Problem[] {
  const first = text.indexOf('\uFFFD');
  if (first < 0) return [];
  let count = 0;
  for (let i = first; i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return [{ code: 'text-invalid-utf8', range: { start: first, end: first + 1 }, args: { count: String(count) }, fixes: [] }];
}

/** What the full check of a document may use. */
export interface CheckOptions {
  /** The merged catalog citations are judged against. */
  readonly catalog?: Catalog;
  /** The `vanban.locality` setting. */
  readonly locality?: string;
  /** A date to judge the document at instead of the one it states (`vanban check --date`). */
  readonly documentDate?: string;
  /** The workspace catalog file "add to catalog" writes into. */
  readonly catalogFile?: CheckContext['catalogFile'];
  /** Today (ISO), for undated drafts; default: the clock's. */
  readonly today?: string;
}

/**
 * Every problem of a document as the editor and `vanban check` report it: the scanner's, the
 * report checks', and the catalog's — a draft with no date of its own judged as of today.
 */
export function checkText(uri: string, text: string, result: ScanResult, opts: CheckOptions = {}): Problem[] {
  let extra: Problem[] = [];
  const headings = findHeadings(text);
  if (opts.catalog) {
    const draft = isDraft(uri, text);
    const documentDate = opts.documentDate ?? result.documentDate?.value.iso ?? (draft ? (opts.today ?? today()) : undefined);
    extra = checkDocument(result, opts.catalog, {
      uri, text, skip: ownHeading(headings), ...(documentDate && { documentDate }), draft, ...(opts.locality && { locality: opts.locality }), ...(opts.catalogFile && { catalogFile: opts.catalogFile }),
    });
  }
  return documentProblems(text, result, { extra, headings });
}

/** Where a document names itself: its heading block ("Số …", place and date) and its title with the subject line. */
function ownHeading(headings: HeadingTree): OffsetRange[] {
  return headings.all.filter((h) => h.kind === 'header' || h.kind === 'title').map((h) => (h.kind === 'title' ? h.selectionRange : h.range));
}
