/**
 * Folding ranges of a report: one per section (heading line to the section's last non-blank line),
 * which covers the heading block and the "Nơi nhận" block too, plus the front matter. Offsets are
 * raw UTF-16 offsets; the LSP layer turns them into lines.
 */
import { findHeadings, type HeadingTree } from './headings';

/** A region the editor can fold, from the line holding `start` to the line holding `end`. */
export interface FoldingRegion {
  /** Offset on the first line (the heading line). */
  readonly start: number;
  /** Offset on the last line (the section's last non-blank line). */
  readonly end: number;
  /** `header`, `closing` and `front-matter` blocks, or an ordinary `section`. */
  readonly kind: 'section' | 'header' | 'closing' | 'front-matter';
}

/** The folding regions of a document, in text order; regions on a single line are left out. */
export function foldingRegions(text: string, headings: HeadingTree = findHeadings(text)): FoldingRegion[] {
  const out: FoldingRegion[] = [];
  if (headings.frontMatter) out.push({ start: headings.frontMatter.start, end: headings.frontMatter.end, kind: 'front-matter' });
  for (const h of headings.all) {
    const kind = h.kind === 'header' || h.kind === 'closing' ? h.kind : 'section';
    out.push({ start: h.line.start, end: h.range.end, kind });
  }
  return out.filter((r) => hasLineBreak(text, r.start, r.end));
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
