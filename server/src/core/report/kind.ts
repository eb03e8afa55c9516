/**
 * What kind of text a draft is (domain.md §5). A draft declares itself a report by its front matter
 * (`type: bao-cao`, `type: ke-hoach`, …), by a first heading "BÁO CÁO …" / "KẾ HOẠCH …", or by its
 * number line ("Số 125-BC/TU", "Số: 45/KH-UBND"); a news item by `type: tin-hoi-nghi` or a title
 * "TIN …". Only a declared report gets section checks: a news article never does.
 */
import type { OffsetRange } from '../scan/types';
import { readNumberLines } from './headingBlock';
import { findHeadings, type HeadingTree } from './headings';
import { foldKey } from './text';

/** The kinds of text Vanban knows the structure of. */
export type ReportKind = 'bao-cao-so-ket' | 'bao-cao-tong-ket' | 'ke-hoach' | 'tin-hoi-nghi' | 'unknown';

/** The kind of a draft, and what declared it. */
export interface ReportKindInfo {
  readonly kind: ReportKind;
  /** What declared the kind: the front matter `type:`, the title heading, the "Số …" line, or nothing. */
  readonly source: 'front-matter' | 'title' | 'number-line' | 'none';
  /** Where the declaration is written (absent when nothing declared it). */
  readonly range?: OffsetRange;
  /** The subject line under the title ("sơ kết 5 năm thực hiện …"), when there is a title. */
  readonly subject?: string;
}

/** Whether a kind is a report or plan, the kinds whose standard sections are checked. */
export function hasStandardSections(kind: ReportKind): boolean {
  return kind === 'bao-cao-so-ket' || kind === 'bao-cao-tong-ket' || kind === 'ke-hoach';
}

const FM_TYPE = /^type[ \t]*:[ \t]*["']?([\p{L}\p{N}_-]+)/mu;

/** Detects the kind of a draft. Pass the headings when they are already computed. */
export function detectReportKind(text: string, headings: HeadingTree = findHeadings(text)): ReportKindInfo {
  const title = headings.all.find((h) => h.kind === 'title');
  const subject = title ? title.name.slice(title.title.length).trim() : undefined;
  const withSubject = subject ? { subject } : {};

  if (headings.frontMatter) {
    const fm = text.slice(headings.frontMatter.start, headings.frontMatter.end);
    const m = FM_TYPE.exec(fm);
    if (m) {
      const kind = fromTypeValue(m[1]!, subject);
      if (kind) {
        const start = headings.frontMatter.start + m.index;
        return { kind, source: 'front-matter', range: { start, end: start + m[0].length }, ...withSubject };
      }
    }
  }
  if (title) {
    const t = foldKey(title.title);
    const kind = t.startsWith('bao cao') ? reportKindOf(title.name)
      : t.startsWith('ke hoach') ? 'ke-hoach'
        : t === 'tin' || t.startsWith('tin ') ? 'tin-hoi-nghi'
          : undefined;
    if (kind) return { kind, source: 'title', range: title.selectionRange, ...withSubject };
  }
  // The number line of the heading block: Party "Số 12-BC/TU" or state "Số: 30/BC-UBND" (the number may be blank in a draft).
  const n = readNumberLines(text).find((l) => l.type === 'BC' || l.type === 'KH');
  if (n) {
    const kind = n.type === 'KH' ? 'ke-hoach' : reportKindOf(title?.name ?? '');
    return { kind, source: 'number-line', range: { start: n.so, end: n.end }, ...withSubject };
  }
  return { kind: 'unknown', source: 'none', ...withSubject };
}

/** Reads a front matter `type:` value: `bao-cao`, `bao-cao-so-ket`, `bao-cao-tong-ket`, `ke-hoach`, `tin-hoi-nghi`, `tin`. */
function fromTypeValue(value: string, subject: string | undefined): ReportKind | undefined {
  const v = foldKey(value).replace(/ /g, '-');
  if (v === 'bao-cao-so-ket' || v === 'bao-cao-tong-ket' || v === 'ke-hoach' || v === 'tin-hoi-nghi') return v;
  if (v === 'bao-cao') return reportKindOf(subject ?? '');
  if (v === 'tin' || v === 'tin-bai') return 'tin-hoi-nghi';
  return undefined;
}

/**
 * Sơ kết or tổng kết, from the words of the title and subject: said outright, or implied by the
 * period (6 tháng / quý → sơ kết; a whole year "năm 2025" → tổng kết). "n năm thực hiện" without
 * either word, and anything else, counts as sơ kết; both kinds have the same standard sections.
 */
export function reportKindOf(titleAndSubject: string): 'bao-cao-so-ket' | 'bao-cao-tong-ket' {
  const s = foldKey(titleAndSubject);
  if (/(?:^| )tong ket(?: |$)/.test(s)) return 'bao-cao-tong-ket';
  if (/(?:^| )so ket(?: |$)/.test(s)) return 'bao-cao-so-ket';
  if (/(?:^| )(?:\d+ thang|quy [ivx\d]+)(?: |$)/.test(s)) return 'bao-cao-so-ket';
  if (/(?:^| )(?:\d+ nam thuc hien)(?: |$)/.test(s)) return 'bao-cao-so-ket';
  if (/(?:^| )nam \d{4}(?: |$)/.test(s)) return 'bao-cao-tong-ket';
  return 'bao-cao-so-ket';
}
