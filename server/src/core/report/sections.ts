/**
 * Standard sections of a report or plan (domain.md §5): which are missing, which are out of order,
 * and quick fixes that insert a missing section's skeleton (heading and sub-items) after the
 * previous standard section present, or move a misplaced one, numbered in the document's own style.
 *
 * Headings match a standard section tolerantly: accents are folded for matching only, any
 * numbering works ("I-", "II.", "1."), and extra words are fine ("PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG
 * CUỐI NĂM"). The place-and-date line and the number line are checked too (headingBlock.ts).
 */
import type { Fix, OffsetRange, Problem, TextEdit } from '../scan/types';
import { checkDateLines, checkNumberLines } from './headingBlock';
import { findHeadings, type Heading, type HeadingTree } from './headings';
import { detectReportKind, hasStandardSections, type ReportKind, type ReportKindInfo } from './kind';
import { KIND_NAMES } from './reportMessages';
import { eolOf, foldKey, fromRoman, isBlank, ORDINALS, splitLines, toRoman } from './text';

/** A standard section of a kind of report. */
export interface StandardSection {
  /** Stable identifier ("dac-diem", "ket-qua", …). */
  readonly id: string;
  /** The heading words as a skeleton writes them, in capitals. */
  readonly title: string;
  /** Folded phrases, any of which in a heading means this section. */
  readonly match: readonly string[];
  /** Sub-items of the skeleton ("Ưu điểm", …), in sentence case. */
  readonly items: readonly string[];
}

const REPORT_SECTIONS: readonly StandardSection[] = [
  { id: 'dac-diem', title: 'ĐẶC ĐIỂM TÌNH HÌNH', match: ['dac diem', 'tinh hinh chung', 'boi canh'], items: ['Thuận lợi', 'Khó khăn'] },
  {
    id: 'ket-qua', title: 'KẾT QUẢ THỰC HIỆN', match: ['ket qua'],
    items: ['Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai', 'Kết quả thực hiện các nhiệm vụ'],
  },
  {
    id: 'danh-gia', title: 'ĐÁNH GIÁ CHUNG', match: ['danh gia'],
    items: ['Ưu điểm', 'Hạn chế, khuyết điểm và nguyên nhân', 'Bài học kinh nghiệm'],
  },
  { id: 'phuong-huong', title: 'PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP', match: ['phuong huong', 'nhiem vu', 'giai phap'], items: [] },
  { id: 'de-xuat', title: 'ĐỀ XUẤT, KIẾN NGHỊ', match: ['de xuat', 'kien nghi'], items: [] },
];

const PLAN_SECTIONS: readonly StandardSection[] = [
  { id: 'muc-dich', title: 'MỤC ĐÍCH, YÊU CẦU', match: ['muc dich', 'yeu cau'], items: ['Mục đích', 'Yêu cầu'] },
  { id: 'noi-dung', title: 'NỘI DUNG', match: ['noi dung', 'nhiem vu', 'giai phap'], items: [] },
  { id: 'to-chuc', title: 'TỔ CHỨC THỰC HIỆN', match: ['to chuc thuc hien', 'to chuc'], items: ['Kinh phí', 'Phân công thực hiện'] },
];

/** The standard sections of a kind, in order (none for news and unknown texts). */
export function standardSections(kind: ReportKind): readonly StandardSection[] {
  if (kind === 'ke-hoach') return PLAN_SECTIONS;
  if (kind === 'bao-cao-so-ket' || kind === 'bao-cao-tong-ket') return REPORT_SECTIONS;
  return [];
}

/** What the caller may already have computed. */
export interface ReportCheckOptions {
  readonly headings?: HeadingTree;
  readonly kind?: ReportKindInfo;
}

/**
 * Every report problem of a text: missing and misplaced standard sections (declared reports and
 * plans only), the place-and-date line and the number line (every text but news).
 */
export function checkReport(text: string, options: ReportCheckOptions = {}): Problem[] {
  const headings = options.headings ?? findHeadings(text);
  const kind = options.kind ?? detectReportKind(text, headings);
  if (kind.kind === 'tin-hoi-nghi') return [];
  const out: Problem[] = [];
  if (hasStandardSections(kind.kind)) out.push(...checkSections(text, headings, kind));
  out.push(...checkNumberLines(text), ...checkDateLines(text));
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** A standard section found in the document. */
interface Present {
  readonly index: number;
  readonly heading: Heading;
}

/** Where each standard section is, at the level the document uses for its sections. */
export function matchSections(headings: HeadingTree, kind: ReportKind): { level: number | undefined; found: (Heading | undefined)[] } {
  const standard = standardSections(kind);
  const matches: { heading: Heading; index: number }[] = [];
  for (const h of headings.all) {
    if (h.level === 0) continue;
    const index = sectionOf(h.title, standard);
    if (index !== undefined) matches.push({ heading: h, index });
  }
  if (matches.length === 0) return { level: undefined, found: standard.map(() => undefined) };
  const level = matches.reduce((min, m) => Math.min(min, m.heading.level), Infinity);
  const found: (Heading | undefined)[] = standard.map(() => undefined);
  for (const m of matches) if (m.heading.level === level && !found[m.index]) found[m.index] = m.heading;
  return { level, found };
}

/** The standard section a heading's words name: the phrase that comes first in it wins. */
function sectionOf(title: string, standard: readonly StandardSection[]): number | undefined {
  const key = ` ${foldKey(title)} `;
  let best: { index: number; at: number } | undefined;
  standard.forEach((s, index) => {
    for (const p of s.match) {
      const at = key.indexOf(` ${p} `);
      if (at >= 0 && (!best || at < best.at)) best = { index, at };
    }
  });
  return best?.index;
}

function checkSections(text: string, headings: HeadingTree, kind: ReportKindInfo): Problem[] {
  const standard = standardSections(kind.kind);
  const { level, found } = matchSections(headings, kind.kind);
  const present: Present[] = found.flatMap((h, index) => (h ? [{ index, heading: h }] : []))
    .sort((a, b) => a.heading.range.start - b.heading.range.start);
  const siblings = level === undefined ? [] : headings.all.filter((h) => h.level === level);
  const style = styleOf(text, headings, siblings);
  const out: Problem[] = [];
  const inOrder = longestIncreasing(present);
  const orderText = standard.map((s, i) => `${toRoman(i + 1)}. ${s.title}`).join(' → ');

  for (const p of present) {
    if (inOrder.has(p)) continue;
    out.push({
      code: 'report-section-order',
      range: p.heading.selectionRange,
      args: { section: p.heading.title, order: orderText },
      fixes: moveFix(text, p, [...inOrder], siblings, style),
    });
  }

  const ordered = [...inOrder].sort((a, b) => a.index - b.index);
  standard.forEach((s, index) => {
    if (found[index]) return;
    const prev = [...ordered].reverse().find((p) => p.index < index);
    const next = ordered.find((p) => p.index > index);
    const anchor = prev?.heading.selectionRange ?? next?.heading.selectionRange
      ?? headings.all.find((h) => h.kind === 'title')?.selectionRange ?? kind.range ?? { start: 0, end: 0 };
    out.push({
      code: 'report-missing-section',
      range: anchor,
      args: { section: s.title, kind: KIND_NAMES[kind.kind]! },
      fixes: [insertFix(text, headings, s, prev?.heading, next?.heading, siblings, style)],
    });
  });
  return out;
}

/** The standard sections present in the standard order, as many as possible (the rest are out of order). */
function longestIncreasing(present: readonly Present[]): Set<Present> {
  const n = present.length;
  const len: number[] = new Array(n).fill(1);
  const prev: number[] = new Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (present[j]!.index < present[i]!.index && len[j]! + 1 > len[i]!) { len[i] = len[j]! + 1; prev[i] = j; }
    }
  }
  let best = -1;
  for (let i = 0; i < n; i++) if (best < 0 || len[i]! > len[best]!) best = i;
  const out = new Set<Present>();
  for (let i = best; i >= 0; i = prev[i]!) out.add(present[i]!);
  return out;
}

/** How a level of headings is numbered: "I- ", "II. ", "1. ", "a) ", "PHẦN THỨ NHẤT: ", "## ", or nothing. */
export interface Numbering {
  /** What comes before the numeral: Markdown marks, "PHẦN " / "Phần ". */
  readonly prefix: string;
  readonly numeral: 'roman' | 'arabic' | 'letter' | 'ordinal' | 'none';
  /** Ordinal words in capitals ("THỨ HAI"). */
  readonly upperNumeral: boolean;
  /** What follows the numeral: "- " in "I- ĐẶC ĐIỂM", ". " in "II. Kết quả". */
  readonly joiner: string;
}

/** How the document writes its section headings, for skeletons that look like the rest. */
export interface Style {
  readonly eol: string;
  readonly section: Numbering;
  /** Sub-items one level down ("1. Ưu điểm" under "III- ĐÁNH GIÁ CHUNG"); undefined when there is no level below. */
  readonly item: Numbering | undefined;
  /** Section words in capitals, or in sentence case ("Đặc điểm tình hình"). */
  readonly upper: boolean;
  /** Whether the section numbers run 1, 2, 3 … in text order (then inserting or moving renumbers). */
  readonly sequential: boolean;
}

const LETTERS = 'abcdđeghiklmnopqrstuvxy';

function numberingOf(text: string, h: Heading): Numbering {
  const hashes = h.hashes ? '#'.repeat(h.hashes) + ' ' : '';
  const label = h.label;
  if (!label) return { prefix: hashes, numeral: 'none', upperNumeral: false, joiner: '' };
  const prefix = hashes + text.slice(h.selectionRange.start, label.range.start);
  const joiner = text.slice(label.range.end, h.titleRange.start) || (h.kind === 'part' ? ': ' : ' ');
  const numeral = h.kind === 'roman' ? 'roman' : h.kind === 'arabic' ? 'arabic' : h.kind === 'letter' ? 'letter'
    : fromRoman(label.text) !== undefined ? 'roman' : /^\d+$/.test(label.text) ? 'arabic' : 'ordinal';
  return { prefix, numeral, upperNumeral: !/\p{Ll}/u.test(label.text), joiner };
}

/** How a document numbers and writes its sections (`siblings`: its section-level headings). */
export function styleOf(text: string, headings: HeadingTree, siblings: readonly Heading[]): Style {
  const sample = siblings[0];
  const section: Numbering = sample ? numberingOf(text, sample) : { prefix: '', numeral: 'roman', upperNumeral: true, joiner: '- ' };
  const md = sample?.hashes ? '#'.repeat(sample.hashes + 1) + ' ' : '';
  const like = (kind: string, level: number): Numbering | undefined => {
    const h = headings.all.find((x) => x.kind === kind && x.level === level && x.label);
    return h ? numberingOf(text, h) : undefined;
  };
  // Sub-items are numbered one level down: PHẦN → I., I- → 1., 1. → a).
  let item: Numbering | undefined;
  if (section.numeral === 'roman' && !section.prefix.trim().replace(/#/g, '')) item = like('arabic', 3) ?? { prefix: md, numeral: 'arabic', upperNumeral: false, joiner: '. ' };
  else if (section.numeral === 'arabic') item = like('letter', 6) ?? { prefix: md, numeral: 'letter', upperNumeral: false, joiner: ') ' };
  else if (section.numeral === 'none' && md) item = { prefix: md, numeral: 'arabic', upperNumeral: false, joiner: '. ' };
  else if (section.numeral !== 'letter') item = like('roman', 2) ?? { prefix: md, numeral: 'roman', upperNumeral: true, joiner: '. ' };
  return {
    eol: eolOf(text),
    section,
    item,
    upper: sample ? !/\p{Ll}/u.test(sample.title) : true,
    sequential: section.numeral !== 'none' && siblings.length > 0 && siblings.every((h, i) => h.label?.value === i + 1),
  };
}

/** The numeral `n` written the way a level numbers its headings. */
function numeral(n: Numbering, v: number): string {
  switch (n.numeral) {
    case 'roman': return toRoman(v);
    case 'arabic': return String(v);
    case 'letter': return LETTERS[v - 1] ?? String(v);
    case 'ordinal': {
      const w = `thứ ${ORDINALS[v] ?? v}`;
      return n.upperNumeral ? w.toLocaleUpperCase('vi') : w;
    }
    case 'none': return '';
  }
}

function sentenceCase(s: string): string {
  const lower = s.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** A heading line: the level's prefix, the numeral `v`, the joiner, the words. */
function headingLine(n: Numbering, v: number, words: string): string {
  return `${n.prefix}${numeral(n, v)}${n.joiner}${words}`;
}

/**
 * The heading line of a standard section numbered `n`, in the default style ("IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP"),
 * for completions of section headings.
 */
export function sectionHeadingText(section: StandardSection, n: number): string {
  return headingLine({ prefix: '', numeral: 'roman', upperNumeral: true, joiner: '- ' }, n, section.title);
}

/** The skeleton of a standard section: its heading, then its sub-items, separated by blank lines. */
export function skeleton(section: StandardSection, n: number, style: Style): { text: string; heading: string } {
  const heading = headingLine(style.section, n, style.upper ? section.title : sentenceCase(section.title));
  const item = style.item;
  const items = item ? section.items.map((words, i) => headingLine(item, i + 1, item.numeral === 'roman' && style.upper ? words.toLocaleUpperCase('vi') : words)) : [];
  return { text: [heading, ...items].join(style.eol + style.eol), heading };
}

/** Edits that renumber section headings whose number must change, skipping ones inside `skip`. */
function renumber(siblings: readonly { heading: Heading; value: number }[], style: Style, skip?: OffsetRange): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const { heading, value } of siblings) {
    const label = heading.label;
    if (!label || label.value === value) continue;
    if (skip && label.range.start >= skip.start && label.range.end <= skip.end) continue;
    edits.push({ range: label.range, newText: numeral(style.section, value) });
  }
  return edits;
}

/** Whether the line before the one starting at `at` is blank (or there is none). */
function previousLineBlank(text: string, at: number): boolean {
  let i = at;
  if (text[i - 1] === '\n') i--;
  if (text[i - 1] === '\r') i--;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}

/** The end of the last non-blank line of the text: where text "at the end" goes. */
function contentEnd(text: string): number {
  const lines = splitLines(text);
  for (let i = lines.length - 1; i >= 0; i--) if (!isBlank(lines[i]!)) return lines[i]!.end;
  return 0;
}

/** Inserts a missing section after the previous standard section present (else before the next, else before "Nơi nhận", else at the end). */
function insertFix(
  text: string, headings: HeadingTree, section: StandardSection, prev: Heading | undefined, next: Heading | undefined,
  siblings: readonly Heading[], style: Style,
): Fix {
  const eol2 = style.eol + style.eol;
  let at: number;
  let before: boolean;
  if (prev) { at = prev.range.end; before = false; } else if (next) { at = next.line.start; before = true; } else {
    const closing = headings.all.find((h) => h.kind === 'closing');
    if (closing) { at = closing.line.start; before = true; } else { at = contentEnd(text); before = false; }
  }
  // The new section's number follows the section heading just before the insertion point.
  const beforeIt = siblings.filter((h) => h.line.start < at);
  const n = beforeIt.length ? (beforeIt[beforeIt.length - 1]!.label?.value ?? beforeIt.length) + 1 : 1;
  const sk = skeleton(section, n, style);
  // Before a heading that sits right under a line of text, a blank line keeps the skeleton apart from that line.
  const underText = before && !previousLineBlank(text, at) ? style.eol : '';
  const newText = before ? underText + sk.text + eol2 : (at === 0 ? '' : eol2) + sk.text;
  const edits: TextEdit[] = [{ range: { start: at, end: at }, newText }];
  const after = siblings.filter((h) => h.line.start >= at);
  let kind = 'report-insert-section';
  if (style.sequential && after.length > 0 && after[0]!.label?.value === n) {
    edits.push(...renumber(after.map((h, i) => ({ heading: h, value: n + 1 + i })), style));
    kind = 'report-insert-section-renumber';
  }
  return { kind, args: { heading: sk.heading.replace(/^#+ /, '') }, edits };
}

/**
 * Moves a misplaced section after the in-order standard section that precedes it in the standard
 * order (else before the first one). Renumbers the sections when they were numbered in sequence.
 */
function moveFix(text: string, p: Present, inOrder: readonly Present[], siblings: readonly Heading[], style: Style): Fix[] {
  const prev = inOrder.filter((q) => q.index < p.index).sort((a, b) => b.index - a.index)[0];
  const next = inOrder.filter((q) => q.index > p.index).sort((a, b) => a.index - b.index)[0];
  const target = prev ? prev.heading.range.end : next?.heading.line.start;
  if (target === undefined) return [];
  const eol2 = style.eol + style.eol;
  const sec = p.heading.range;
  // Take the section with the blank lines after it, so no run of blank lines is left behind.
  let cutEnd = sec.end;
  while (cutEnd < text.length && /[\r\n \t]/.test(text[cutEnd]!)) cutEnd++;
  let cut: OffsetRange = { start: sec.start, end: cutEnd };
  if (cutEnd >= text.length) {
    let s = sec.start;
    while (s > 0 && /[\r\n \t]/.test(text[s - 1]!)) s--;
    cut = { start: s, end: sec.end };
  }
  let moved = text.slice(sec.start, sec.end);

  const order = siblings.filter((h) => h !== p.heading);
  const insertIdx = prev ? order.findIndex((h) => h === prev.heading) + 1 : order.findIndex((h) => h === next!.heading);
  order.splice(insertIdx, 0, p.heading);
  const edits: TextEdit[] = [];
  let kind = 'report-move-section';
  if (style.sequential) {
    const values = order.map((h, i) => ({ heading: h, value: i + 1 }));
    edits.push(...renumber(values, style, cut));
    const mine = values.find((v) => v.heading === p.heading)!.value;
    const label = p.heading.label;
    if (label && label.value !== mine) {
      const rel = label.range.start - sec.start;
      moved = moved.slice(0, rel) + numeral(style.section, mine) + moved.slice(rel + label.range.end - label.range.start);
    }
    if (edits.length > 0 || (label && label.value !== mine)) kind = 'report-move-section-renumber';
  }
  edits.push({ range: cut, newText: '' });
  edits.push(prev ? { range: { start: target, end: target }, newText: eol2 + moved } : { range: { start: target, end: target }, newText: moved + eol2 });
  edits.sort((a, b) => a.range.start - b.range.start);
  return [{ kind, args: { section: p.heading.title }, edits }];
}
