/**
 * Report headings (domain.md §5), read from the raw text line by line, nested into an outline.
 *
 * A heading is a whole line. What it looks like decides its level, never where it is:
 *   0  document parts: the heading block, the title ("BÁO CÁO …", "# …"), the closing ("Nơi nhận:")
 *   1  "PHẦN I", "Phần thứ nhất", and other upper-case lines ("MỞ ĐẦU")
 *   2  Roman numerals: "I- ĐẶC ĐIỂM TÌNH HÌNH", "II. Kết quả …"
 *   3  "1." / "1-" / "1)"; 4 and 5 for "2.1." and "2.1.1."
 *   6  letters: "a)", "b."
 * A section runs from its heading line to the last non-blank line before the next heading of the
 * same or a higher level. Numbered lines that read like list items or sentences are not headings:
 * "1.452 thôn" (a number), "13/01/2022" (a date), an item after "gồm:" or ending with ";", a line
 * that holds more than one sentence.
 */
import type { OffsetRange } from '../scan/types';
import { collapseSpace, fromOrdinal, fromRoman, isBlank, isSpaceCode, leadingSpace, splitLines, trimmedEnd, trimmedRange, type Line } from './text';

/** What kind of line a heading is. */
export type HeadingKind =
  | 'header' // the heading block before the title (body, "Số …", place and date)
  | 'title' // "BÁO CÁO" and its subject line
  | 'part' // "PHẦN I", "Phần thứ nhất"
  | 'caps' // an upper-case line without numbering
  | 'roman' // "I-", "II."
  | 'arabic' // "1.", "1-", "2.1."
  | 'letter' // "a)", "b."
  | 'markdown' // "## …" without numbering of its own
  | 'closing'; // "Nơi nhận:" and the signature

/** The numbering of a heading, as written. */
export interface HeadingLabel {
  /** The numeral as written ("II", "2.1", "a", "thứ nhất"). */
  readonly text: string;
  /** Where the numeral is (without its separator). */
  readonly range: OffsetRange;
  /** The separator written after it ("-", ".", ")", ":", or "" when none). */
  readonly separator: string;
  /** The number it means (I → 1, b → 2, "2.1" → 1: the last component), when it has one. */
  readonly value: number | undefined;
}

/** One heading and its section. */
export interface Heading {
  readonly kind: HeadingKind;
  /** The level by kind (0 document parts … 6 letters); a lower level contains higher ones. */
  readonly level: number;
  /** Depth in the outline tree (0 for a root). */
  readonly depth: number;
  /** What to show: the heading text as written, spaces collapsed, Markdown marks removed. */
  readonly name: string;
  readonly label?: HeadingLabel;
  /** The words after the numbering ("ĐẶC ĐIỂM TÌNH HÌNH"), what section checks match against. */
  readonly title: string;
  readonly titleRange: OffsetRange;
  /** The heading text (for the title: the title line and its subject lines). */
  readonly selectionRange: OffsetRange;
  /** The whole section: from the start of the heading line to the end of its last non-blank line. */
  readonly range: OffsetRange;
  /** The heading line, from its first character to its end (without the line break). */
  readonly line: OffsetRange;
  /** The number of `#` when the heading is a Markdown heading. */
  readonly hashes?: number;
  readonly children: readonly Heading[];
}

/** The headings of a document. */
export interface HeadingTree {
  readonly roots: readonly Heading[];
  /** Every heading in text order. */
  readonly all: readonly Heading[];
  /** The YAML front matter block (`---` … `---`), when the text starts with one. */
  readonly frontMatter?: OffsetRange;
}

/** Upper-case words that start a document title line. */
const TITLE_WORDS = [
  'BÁO CÁO', 'KẾ HOẠCH', 'NGHỊ QUYẾT', 'CHỈ THỊ', 'KẾT LUẬN', 'QUYẾT ĐỊNH', 'QUY ĐỊNH', 'QUY CHẾ', 'HƯỚNG DẪN',
  'THÔNG BÁO', 'THÔNG TRI', 'CHƯƠNG TRÌNH', 'ĐỀ ÁN', 'PHƯƠNG ÁN', 'TỜ TRÌNH', 'CÔNG VĂN', 'BIÊN BẢN', 'DIỄN VĂN',
  'BÀI PHÁT BIỂU', 'TIN', 'THÔNG CÁO',
];
const TITLE_LINE = new RegExp(`^(?:${TITLE_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'u');

const MARKDOWN = /^[ ]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const PART = /^(PHẦN|Phần)[ \t]+(thứ[ \t]+\p{L}+|THỨ[ \t]+\p{Lu}+|[IVXL]+|\d{1,2}|MỘT|HAI|BA|BỐN|NĂM|SÁU)(?![\p{L}\p{N}])[ \t]*([.:\-–—)]?)[ \t]*/u;
const ROMAN = /^([IVXL]{1,6})[ \t]*([.\-–—)])[ \t]*(?=\p{Lu})/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,2})(\.?)[ \t]+(?=\p{Lu})/u;
const ARABIC = /^(\d{1,2})[ \t]*([.\-–—)])[ \t]+(?=\p{Lu})/u;
const LETTER = /^([a-zđ])(\)|\.(?=[ \t]+\p{Lu}))[ \t]*(?=\p{L})/u;
const CLOSING = /^Nơi[ \t]+nhận[ \t]*:?/iu;
const SIGNATURE = /^(?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|Q\.)[ \t]*\p{Lu}/u;
/** A sentence ends inside the line: the line is a paragraph, not a heading. */
const SENTENCE_BREAK = /[.!?…][ \t]+\p{Lu}/u;
const NUMBERED_MAX = 150;
const ROMAN_MAX = 200;
const CAPS_MAX = 120;
const LINE_MAX = 400;
/** Lines of a heading block that are not upper-case: "Số 12-BC/TU", "Hà Nội, ngày …", "*", "-----". */
const HEADER_LINE = /^(?:Số(?![\p{L}\p{N}])|[*\-–—_=.~][*\-–—_=.~ \t]*$|\p{Lu}[^,\n]{0,40},[ \t\u00A0]*ngày[ \t\u00A0]+\d)/u;
/** How far down the title may be (the heading block is a dozen lines at most). */
const TITLE_WITHIN_LINES = 40;

interface Candidate {
  kind: HeadingKind;
  level: number;
  /** Offsets in the line text. */
  labelStart?: number;
  labelEnd?: number;
  separator?: string;
  value?: number | undefined;
  labelText?: string;
  titleStart: number;
  titleEnd: number;
  /** Where the heading text starts (after Markdown marks). */
  textStart: number;
  hashes: number | undefined;
  /** A numbered line that could be a list item (subject to the paragraph heuristics). */
  item?: boolean;
}

interface Mutable {
  kind: HeadingKind;
  level: number;
  depth: number;
  name: string;
  label?: HeadingLabel;
  title: string;
  titleRange: OffsetRange;
  selectionRange: OffsetRange;
  range: OffsetRange;
  line: OffsetRange;
  hashes?: number;
  children: Mutable[];
  /** Index of the last line of the heading itself (the title takes its subject lines). */
  lastLine: number;
  firstLine: number;
}

/** Finds the headings of a document and nests them. Linear in the length of the text; never throws. */
export function findHeadings(text: string): HeadingTree {
  const lines = splitLines(text);
  const frontEnd = frontMatterEnd(lines);
  const frontMatter = frontEnd >= 0 ? { start: 0, end: lines[frontEnd]!.end } : undefined;
  const first = frontEnd + 1;
  const flat: Mutable[] = [];

  // The title: the first upper-case document-type line near the top, before any numbered heading.
  let titleIdx = -1;
  for (let i = first; i < lines.length && i < first + TITLE_WITHIN_LINES; i++) {
    const l = lines[i]!;
    const c = classify(l.text);
    if (c?.kind === 'title') { titleIdx = i; break; }
    // Only heading-block lines may come before the title: a sentence means the body has begun.
    if (c ? c.kind !== 'caps' && c.kind !== 'markdown' : !isBlank(l) && !isHeaderLine(l.text)) break;
  }

  let bodyFrom = first;
  if (titleIdx >= 0) {
    const firstText = firstNonBlank(lines, first, titleIdx);
    if (firstText >= 0) flat.push(headerBlock(lines, firstText));
    const t = titleHeading(lines, titleIdx);
    flat.push(t);
    bodyFrom = t.lastLine + 1;
  }

  let listKind: HeadingKind | undefined;
  let prevText: { line: Line; heading: boolean } | undefined;
  for (let i = bodyFrom; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const trimmed = line.text.slice(leadingSpace(line.text));
    if (CLOSING.test(trimmed) || SIGNATURE.test(trimmed)) {
      flat.push(closingBlock(lines, i));
      break;
    }
    const c = classify(line.text);
    let isHeading = c !== undefined;
    // A Markdown heading ("### 1. Mục đích") is a heading whatever comes before it.
    if (c && c.item && c.hashes === undefined) {
      const prev = prevText?.line.text ?? '';
      // After "… gồm:", items that follow one another are a list; an item followed by its own
      // paragraph ("… như sau:" / "1. Công tác lãnh đạo" / text) is a heading.
      const afterColon = prevText !== undefined && !prevText.heading && prev.charAt(trimmedEnd(prev) - 1) === ':'
        && nextIsItem(lines, i, c.kind);
      if (afterColon || listKind === c.kind || !readsLikeHeading(line.text.slice(c.titleStart, c.titleEnd))) {
        isHeading = false;
        listKind = c.kind;
      }
    } else {
      listKind = undefined;
    }
    if (c && isHeading) {
      // A second document-type line is an ordinary upper-case heading.
      if (c.kind === 'title') { c.kind = 'caps'; c.level = 1; }
      flat.push(fromCandidate(line, c));
    }
    prevText = { line, heading: c !== undefined && isHeading };
  }

  nest(flat, lines);
  const roots = flat.filter((h) => h.depth === 0);
  return { roots, all: flat, ...(frontMatter && { frontMatter }) };
}

/** Whether the next non-blank line after line `i` is a numbered item of the same kind. */
function nextIsItem(lines: readonly Line[], i: number, kind: HeadingKind): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    if (isBlank(lines[j]!)) continue;
    const c = classify(lines[j]!.text);
    return c !== undefined && c.item === true && c.kind === kind;
  }
  return false;
}

/** Index of the closing `---` of a front matter block, or -1. */
function frontMatterEnd(lines: readonly Line[]): number {
  if (lines.length < 2 || lines[0]!.text.trimEnd() !== '---') return -1;
  for (let i = 1; i < lines.length && i < 200; i++) {
    const t = lines[i]!.text.trimEnd();
    if (t === '---' || t === '...') return i;
  }
  return -1;
}

function firstNonBlank(lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isBlank(lines[i]!)) return i;
  return -1;
}

/** Reads what kind of heading a line would be, if any, from its own text. */
function classify(lineText: string): Candidate | undefined {
  // A heading is a short line; a long one is a paragraph, and skipping it keeps every pattern linear.
  if (lineText.length > LINE_MAX) return undefined;
  const lead = leadingSpace(lineText);
  if (lead === lineText.length) return undefined;
  // Most lines are sentences: a lower-case letter right after the first one rules out every kind of heading but a letter item.
  if (!maybeHeading(lineText, lead)) return undefined;
  let textStart = lead;
  let hashes: number | undefined;
  const md = MARKDOWN.exec(lineText);
  if (md) {
    hashes = md[1]!.length;
    textStart = md.index + md[0].indexOf(md[2]!, md[1]!.length);
    if (md[2] === '') return undefined;
  }
  let end = trimmedEnd(lineText);
  while (end > textStart && (lineText.charCodeAt(end - 1) === 35 || isSpaceCode(lineText.charCodeAt(end - 1)))) end--;
  const rest = lineText.slice(textStart, end);
  if (rest.length === 0) return undefined;
  // Plain literals, no object spread: this runs for every line and spreads are slow in V8.
  const base = { textStart, hashes };

  let m = PART.exec(rest);
  if (m) {
    const roman = fromRoman(m[2]!);
    const numeralAt = textStart + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
    return {
      textStart: base.textStart, hashes: base.hashes, kind: 'part', level: 1, labelStart: numeralAt, labelEnd: numeralAt + m[2]!.length,
      labelText: m[2]!, separator: m[3]!, value: roman ?? (/^\d+$/.test(m[2]!) ? Number(m[2]) : fromOrdinal(m[2]!.replace(/^thứ[ \t]+/iu, ''))),
      titleStart: textStart + m[0].length, titleEnd: end,
    };
  }
  m = ROMAN.exec(rest);
  if (m && fromRoman(m[1]!) !== undefined && rest.length <= ROMAN_MAX) {
    return {
      textStart: base.textStart, hashes: base.hashes, kind: 'roman', level: 2, labelStart: textStart, labelEnd: textStart + m[1]!.length, labelText: m[1]!,
      separator: m[2]!, value: fromRoman(m[1]!), titleStart: textStart + m[0].length, titleEnd: end,
    };
  }
  m = DOTTED.exec(rest);
  if (m) {
    const parts = m[1]!.split('.');
    return {
      textStart: base.textStart, hashes: base.hashes, kind: 'arabic', level: 2 + parts.length, labelStart: textStart, labelEnd: textStart + m[1]!.length, labelText: m[1]!,
      separator: m[2]!, value: Number(parts[parts.length - 1]), titleStart: textStart + m[0].length, titleEnd: end, item: true,
    };
  }
  m = ARABIC.exec(rest);
  if (m) {
    return {
      textStart: base.textStart, hashes: base.hashes, kind: 'arabic', level: 3, labelStart: textStart, labelEnd: textStart + m[1]!.length, labelText: m[1]!,
      separator: m[2]!, value: Number(m[1]), titleStart: textStart + m[0].length, titleEnd: end, item: true,
    };
  }
  m = LETTER.exec(rest);
  if (m) {
    return {
      textStart: base.textStart, hashes: base.hashes, kind: 'letter', level: 6, labelStart: textStart, labelEnd: textStart + 1, labelText: m[1]!,
      separator: m[2]!, value: 'abcdđeghiklmnopqrstuvxy'.indexOf(m[1]!) + 1, titleStart: textStart + m[0].length, titleEnd: end, item: true,
    };
  }
  if (TITLE_LINE.test(rest) && isUpperCaseLine(rest)) {
    return { textStart: base.textStart, hashes: base.hashes, kind: 'title', level: 0, titleStart: textStart, titleEnd: end };
  }
  if (hashes !== undefined) {
    const level = hashes === 1 ? 0 : hashes;
    return { textStart: base.textStart, hashes: base.hashes, kind: level === 0 ? 'title' : 'markdown', level, titleStart: textStart, titleEnd: end };
  }
  if (isUpperCaseLine(rest) && rest.length <= CAPS_MAX && !SIGNATURE.test(rest)) {
    return { textStart: base.textStart, hashes: base.hashes, kind: 'caps', level: 1, titleStart: textStart, titleEnd: end };
  }
  return undefined;
}

/**
 * A cheap first look: a heading starts with "#", a digit, a Roman numeral, "P" (PHẦN), a letter
 * item ("a)"), or an upper-case word; a line whose second character is a lower-case letter after
 * an upper-case first one ("Nội dung …") can only be "Phần thứ …".
 */
function maybeHeading(line: string, at: number): boolean {
  const c = line.charAt(at);
  if (c === '#' || (c >= '0' && c <= '9')) return true;
  const next = line.charAt(at + 1);
  if (/\p{Ll}/u.test(c)) return next === ')' || next === '.';
  if (!/\p{Lu}/u.test(c)) return false;
  return !/\p{Ll}/u.test(next) || c === 'P';
}

/** Lines of a heading block that are not upper-case: "Số 12-BC/TU", "Hà Nội, ngày …", "*", "-----". */
function isHeaderLine(text: string): boolean {
  if (text.length > LINE_MAX) return false;
  return HEADER_LINE.test(text.slice(leadingSpace(text), trimmedEnd(text)));
}

/** An upper-case line: at least four letters, none of them lower case, and mostly letters. */
function isUpperCaseLine(s: string): boolean {
  if (/\p{Ll}/u.test(s)) return false;
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 4) return false;
  return letters * 2 >= s.replace(/[\s\u00A0]/gu, '').length;
}

/** A numbered line is a heading only when it is short, one phrase, and not a list item ending with ";" or ",". */
function readsLikeHeading(title: string): boolean {
  const t = title.trim();
  return t.length > 0 && t.length <= NUMBERED_MAX && !SENTENCE_BREAK.test(t) && !/[;,]$/u.test(t);
}

function fromCandidate(line: Line, c: Candidate): Mutable {
  const titleRange = shrink(line.start + c.titleStart, line.start + c.titleEnd, line);
  const selectionRange = { start: line.start + c.textStart, end: Math.max(titleRange.end, line.start + c.textStart) };
  const sel = shrink(selectionRange.start, selectionRange.end, line);
  const lineText = line.text;
  const label: HeadingLabel | undefined = c.labelStart !== undefined
    ? {
        text: c.labelText!,
        range: { start: line.start + c.labelStart, end: line.start + c.labelEnd! },
        separator: c.separator ?? '',
        value: c.value,
      }
    : undefined;
  return {
    kind: c.kind,
    level: c.level,
    depth: 0,
    name: collapseSpace(lineText.slice(sel.start - line.start, sel.end - line.start)),
    label,
    title: collapseSpace(lineText.slice(titleRange.start - line.start, titleRange.end - line.start)),
    titleRange,
    selectionRange: sel,
    range: { start: line.start, end: line.end },
    line: { start: line.start, end: line.end },
    hashes: c.hashes,
    children: [],
    firstLine: line.index,
    lastLine: line.index,
  };
}

function shrink(start: number, end: number, line: Line): OffsetRange {
  const s = line.text.slice(start - line.start, end - line.start);
  const lead = leadingSpace(s);
  const trail = s.length - Math.max(lead, trimmedEnd(s));
  return { start: start + lead, end: Math.max(start + lead, end - trail) };
}

/** The heading block: from its first non-blank line to the line before the title. */
function headerBlock(lines: readonly Line[], from: number): Mutable {
  const line = lines[from]!;
  const sel = trimmedRange(line);
  const name = collapseSpace(line.text);
  return {
    kind: 'header', level: 0, depth: 0, name, title: name, titleRange: sel, selectionRange: sel,
    range: { start: line.start, end: line.end }, line: { start: line.start, end: line.end }, children: [],
    firstLine: from, lastLine: from,
  };
}

/** The title line and the subject lines right under it ("BÁO CÁO" / "sơ kết 5 năm thực hiện …"). */
function titleHeading(lines: readonly Line[], idx: number): Mutable {
  const line = lines[idx]!;
  const c = classify(line.text)!;
  const h = fromCandidate(line, c);
  let last = idx;
  const parts = [h.name];
  for (let i = idx + 1; i < lines.length && i <= idx + 3; i++) {
    const l = lines[i]!;
    const t = l.text.trim();
    if (isBlank(l) || /^[-–—_*=]{2,}$/u.test(t) || classify(l.text) || CLOSING.test(t) || SIGNATURE.test(t)) break;
    parts.push(collapseSpace(l.text));
    last = i;
  }
  const end = trimmedRange(lines[last]!).end;
  return { ...h, kind: 'title', level: 0, name: parts.join(' '), selectionRange: { start: h.selectionRange.start, end }, lastLine: last };
}

/** The closing block: "Nơi nhận:" (or the signature) to the end of the document. */
function closingBlock(lines: readonly Line[], idx: number): Mutable {
  const line = lines[idx]!;
  const lead = leadingSpace(line.text);
  const rest = line.text.slice(lead);
  const m = CLOSING.exec(rest);
  const selEnd = m ? lead + m[0].length : Math.max(lead, trimmedEnd(line.text));
  const sel = { start: line.start + lead, end: line.start + selEnd };
  const name = m ? 'Nơi nhận' : collapseSpace(rest);
  return {
    kind: 'closing', level: 0, depth: 0, name, title: name, titleRange: sel, selectionRange: sel,
    range: { start: line.start, end: line.end }, line: { start: line.start, end: line.end }, children: [],
    firstLine: idx, lastLine: idx,
  };
}

/**
 * Nests the headings (a heading contains the following ones of a higher level) and sets each
 * section's range: up to the last non-blank line before the next heading of the same or a lower level.
 */
function nest(flat: Mutable[], lines: readonly Line[]): void {
  const stack: Mutable[] = [];
  const close = (h: Mutable, boundaryLine: number): void => {
    let last = boundaryLine - 1;
    while (last > h.lastLine && isBlank(lines[last]!)) last--;
    h.range = { start: h.range.start, end: Math.max(lines[Math.max(last, h.lastLine)]!.end, h.selectionRange.end) };
  };
  for (const h of flat) {
    while (stack.length && stack[stack.length - 1]!.level >= h.level) close(stack.pop()!, h.firstLine);
    const parent = stack[stack.length - 1];
    h.depth = stack.length;
    if (parent) parent.children.push(h);
    stack.push(h);
  }
  while (stack.length) close(stack.pop()!, lines.length);
}
