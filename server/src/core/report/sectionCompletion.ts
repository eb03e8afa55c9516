/**
 * Completion of standard sections at the start of a line: in a declared report or plan, each
 * standard section the draft lacks, as its skeleton (heading and sub-items), numbered to follow the
 * section heading above the cursor and written in the draft's own style.
 */
import type { OffsetRange } from '../scan/types';
import { findHeadings, type HeadingTree } from './headings';
import { detectReportKind, hasStandardSections, type ReportKindInfo } from './kind';
import { matchSections, skeleton, standardSections, styleOf } from './sections';
import { foldKey } from './text';

/** One section offered at the cursor. */
export interface SectionCompletion {
  /** The heading as it will be written ("IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP"). */
  readonly label: string;
  /** Text the editor filters on: the heading and its words without accents, so "phuong huong" finds it. */
  readonly filterText: string;
  /** The standard section ("phuong-huong"). */
  readonly sectionId: string;
  /** What replaces `range`: the skeleton, lines separated by blank lines. */
  readonly newText: string;
  /** From the start of the line's text to the cursor: what was typed. */
  readonly range: OffsetRange;
}

/** What the line may hold before the cursor for a heading to be offered: nothing, "#", a numeral, words. */
const TYPED = /^([ \t]*)((?:#{1,6}[ \t]+)?(?:[IVXL]{1,6}[ \t]*[-.–]?[ \t]*)?[\p{L} ,]*)$/u;

/** The missing standard sections to offer at `offset`; none outside a declared report or plan, or mid-line. */
export function sectionCompletions(
  text: string, offset: number, options: { readonly headings?: HeadingTree; readonly kind?: ReportKindInfo } = {},
): SectionCompletion[] {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = offset;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  if (text.slice(offset, lineEnd).trim() !== '') return [];
  const m = TYPED.exec(text.slice(lineStart, offset));
  if (!m) return [];
  const headings = options.headings ?? findHeadings(text);
  const kind = options.kind ?? detectReportKind(text, headings);
  if (!hasStandardSections(kind.kind)) return [];
  // A heading typed in full ("II- KẾT QUẢ THỰC HIỆN") is finished: nothing is offered over it, so
  // Enter, meant as a new line, cannot accept a skeleton nobody asked for.
  const typed = foldKey(m[2]!.replace(/^#{1,6}[ \t]+/u, '').replace(/^[IVXL]{1,6}[ \t]*[-.–]?/u, ''));
  if (typed !== '' && standardSections(kind.kind).some((section) => foldKey(section.title) === typed)) return [];
  const { level, found } = matchSections(headings, kind.kind);
  const siblings = level === undefined ? [] : headings.all.filter((h) => h.level === level && h.line.start !== lineStart);
  const style = styleOf(text, headings, siblings);
  const above = siblings.filter((h) => h.line.start < lineStart);
  const n = above.length ? (above[above.length - 1]!.label?.value ?? above.length) + 1 : 1;
  const range = { start: lineStart + m[1]!.length, end: offset };
  return standardSections(kind.kind).flatMap((section, i) => {
    if (found[i] && found[i]!.line.start !== lineStart) return [];
    const sk = skeleton(section, n, style);
    return [{ label: sk.heading, filterText: `${sk.heading} ${foldKey(section.title)}`, sectionId: section.id, newText: sk.text, range }];
  });
}
