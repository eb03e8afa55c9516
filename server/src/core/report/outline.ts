/**
 * The outline of a document (document symbols): the heading tree, with the citations of each
 * section inside it, grouped by directive. A text without headings (a news article) is outlined
 * as its directives, each with its citations.
 */
import type { Citation, OffsetRange, ScanResult } from '../scan/types';
import { withoutOwnNumber } from './headingBlock';
import { findHeadings, type Heading, type HeadingKind, type HeadingTree } from './headings';
import { collapseSpace, conflictingTypeWord, typeWordOfDirective } from './text';

/** What an outline node stands for: a heading of some kind, a directive, or one citation of it. */
export type OutlineKind = HeadingKind | 'directive' | 'citation';

/** One node of the outline, in raw UTF-16 offsets. */
export interface OutlineNode {
  readonly kind: OutlineKind;
  readonly name: string;
  /** Extra words shown after the name: "×3" for a directive cited three times, the date and body of a citation. */
  readonly detail?: string;
  readonly range: OffsetRange;
  readonly selectionRange: OffsetRange;
  /** For directives and citations: the directive's lookup key ("43-CT/TW"). */
  readonly key?: string;
  readonly children: readonly OutlineNode[];
}

/**
 * Builds the outline of a document from its text and scan (the document's own number left out). Pass the headings when they are already computed.
 */
export function documentOutline(text: string, scan: ScanResult, headings: HeadingTree = findHeadings(text), locale: 'vi' | 'en' = 'vi'): OutlineNode[] {
  // The report's own number ("Số 125-BC/TU") is not a directive it cites.
  const cites = withoutOwnNumber(text, scan).citations;
  let i = 0;
  // Walks headings in text order, taking the citations that lie in each section before its first child.
  const visit = (hs: readonly Heading[], until: number): OutlineNode[] => {
    const out: OutlineNode[] = [];
    for (const h of hs) {
      const before = take(h.range.start);
      out.push(...groups(text, before, undefined, locale));
      const own = take(h.children[0]?.range.start ?? h.range.end);
      // Citations between the children and the end of the section are taken by the children's walk.
      out.push(headingNode(h, [...groups(text, own, h.range, locale), ...visit(h.children, h.range.end)]));
    }
    out.push(...groups(text, take(until), undefined, locale));
    return out;
  };
  const take = (end: number): Citation[] => {
    const from = i;
    while (i < cites.length && cites[i]!.range.start < end) i++;
    return cites.slice(from, i);
  };
  return visit(headings.roots, Number.MAX_SAFE_INTEGER);
}

function headingNode(h: Heading, children: OutlineNode[]): OutlineNode {
  return { kind: h.kind, name: h.name, range: h.range, selectionRange: h.selectionRange, children };
}

/**
 * Groups citations by directive, in the order each directive is first cited. A directive is named
 * as the text writes it: a type word that disagrees with the code is shown, with the conflict.
 */
function groups(text: string, cites: readonly Citation[], within: OffsetRange | undefined, locale: 'vi' | 'en'): OutlineNode[] {
  const byKey = new Map<string, Citation[]>();
  for (const c of cites) {
    const list = byKey.get(c.symbol.key);
    if (list) list.push(c);
    else byKey.set(c.symbol.key, [c]);
  }
  return [...byKey.entries()].map(([key, list]) => {
    const first = list[0]!;
    const full = list.find((c) => c.form === 'full') ?? first;
    const word = conflictingTypeWord(list, locale) ?? typeWordOfDirective(list);
    const name = word ? `${word} ${full.symbol.canonical}` : full.symbol.canonical;
    let start = Infinity;
    let end = -Infinity;
    for (const c of list) { start = Math.min(start, c.span.start); end = Math.max(end, c.span.end); }
    const range = clamp({ start, end }, within);
    const selectionRange = clamp(first.range, range);
    if (list.length === 1) {
      const detail = citationDetail(first);
      return { kind: 'directive' as const, name, ...(detail && { detail }), range, selectionRange, key, children: [] };
    }
    const children = list.map((c) => citationNode(text, c, range));
    return { kind: 'directive' as const, name, detail: `×${list.length}`, range, selectionRange, key, children };
  });
}

function citationNode(text: string, c: Citation, within: OffsetRange): OutlineNode {
  const start = c.typeWord?.range.start ?? c.range.start;
  const range = clamp(c.span, within);
  const detail = citationDetail(c);
  return {
    kind: 'citation',
    name: collapseSpace(text.slice(start, c.range.end)),
    ...(detail && { detail }),
    range,
    selectionRange: clamp(c.range, range),
    key: c.symbol.key,
    children: [],
  };
}

/** "ngày 14/5/2015 · Ban Bí thư": what the citation says besides the symbol (a named resolution's name says its body). */
function citationDetail(c: Citation): string | undefined {
  const parts = [c.date?.text, c.form === 'named' ? undefined : c.body?.value].filter((s): s is string => !!s).map(collapseSpace);
  return parts.length ? parts.join(' · ') : undefined;
}

function clamp(r: OffsetRange, within: OffsetRange | undefined): OffsetRange {
  if (!within) return r;
  const start = Math.min(Math.max(r.start, within.start), within.end);
  return { start, end: Math.max(start, Math.min(r.end, within.end)) };
}
