/**
 * How the catalog writes and compares the parts of a citation: dates in the Party style, issuing
 * bodies folded to an identity, titles compared by their words, and the full citation
 * "Type số SYMBOL, ngày DD/MM/YYYY của BODY về TITLE". Comparison keys are normalised; the
 * text written into a document keeps the style of what it replaces.
 */
import type { CatalogEntry } from './types';
import { ruleDay, ruleMonth, showIsoDate } from '../dateText';

/**
 * Writes an ISO date as a citation does: "ngày 30/7/2021". Following the Party rules (domain.md
 * §5) the day is zero-padded below 10 and the months 1 and 2 are padded. `like` is the date as
 * written in the text being edited: its separator, its "ngày … tháng … năm" form and whether it
 * starts with "ngày" are kept.
 */
export function formatCitationDate(iso: string, like?: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = ruleDay(d);
  const month = ruleMonth(m);
  const lead = like === undefined || /^\s*ngày/iu.test(like) ? (like && /^\s*Ngày/u.test(like) ? 'Ngày ' : 'ngày ') : '';
  if (like && /tháng/iu.test(like)) return `${lead}${day} tháng ${month} năm ${y}`;
  const sep = like ? (/\d\s*([/.-])\s*\d/u.exec(like)?.[1] ?? '/') : '/';
  return `${lead}${day}${sep}${month}${sep}${y}`;
}

/**
 * Small memo tables: the same bodies and titles are compared on every keystroke (the catalog's
 * side never changes and the document's mostly does not). Cleared when they grow large.
 */
const bodyCache = new Map<string, string | undefined>();
const titleCache = new Map<string, readonly string[]>();

function cached<T>(cache: Map<string, T>, key: string, compute: (k: string) => T): T {
  if (cache.has(key)) return cache.get(key)!;
  if (cache.size > 10000) cache.clear();
  const v = compute(key);
  cache.set(key, v);
  return v;
}

/** The issuing bodies whose names vary most in real text, folded to one identity each. */
const BODIES: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  { id: 'BCT', pattern: /^bộ chính trị(?: (?:ban chấp hành )?trung ương(?: đảng)?)?(?: khóa [ivxl]+)?$/u },
  { id: 'BBT', pattern: /^ban bí thư(?: trung ương(?: đảng)?)?(?: khóa [ivxl]+)?$/u },
  { id: 'BCHTW', pattern: /^(?:ban chấp hành|bch) (?:trung ương|tw|t\.ư|tư|t\.w)(?: đảng)?(?: cộng sản việt nam)?(?: khóa [ivxl]+)?$|^trung ương(?: đảng)?$/u },
  { id: 'VPTW', pattern: /^văn phòng trung ương(?: đảng)?$/u },
  { id: 'CP', pattern: /^chính phủ$/u },
  { id: 'TTg', pattern: /^thủ tướng(?: chính phủ)?$/u },
];

/** The identity of an issuing body ("Bộ Chính trị khóa XI" → `BCT`), or undefined when it is none of the known ones. */
export function bodyId(body: string): string | undefined {
  return cached(bodyCache, body, computeBodyId);
}

function computeBodyId(body: string): string | undefined {
  const s = body.normalize('NFC').toLowerCase().replace(/[()]/g, ' ').replace(/\s+/gu, ' ').replace(/khoá/gu, 'khóa').trim();
  return BODIES.find((b) => b.pattern.test(s))?.id;
}

/** Whether two body names name the same body; undefined when that cannot be told. */
export function sameBody(a: string, b: string): boolean | undefined {
  const ia = bodyId(a);
  const ib = bodyId(b);
  if (ia && ib) return ia === ib;
  const fa = a.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  const fb = b.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return fa === fb ? true : undefined;
}

/** Abbreviations expanded before titles are compared. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  mttq: 'mặt trận tổ quốc', ctxh: 'chính trị xã hội', 'ct-xh': 'chính trị xã hội', hđnd: 'hội đồng nhân dân',
  ubnd: 'ủy ban nhân dân', 'kt-xh': 'kinh tế xã hội', 'qp-an': 'quốc phòng an ninh',
};

/** The words of a title, lower-cased, without the leading "về (việc)" and without punctuation. */
export function titleWords(title: string): readonly string[] {
  return cached(titleCache, title, computeTitleWords);
}

function computeTitleWords(title: string): string[] {
  const s = title.normalize('NFC').toLowerCase().replace(/uỷ/gu, 'ủy').replace(/[“”"«»]/gu, ' ').trim()
    .replace(/^về\s+(?:việc\s+)?/u, '');
  const words: string[] = [];
  for (const w of s.split(/[^\p{L}\p{N}-]+/u)) {
    if (w === '' || w === '-') continue;
    const exp = ABBREVIATIONS[w];
    if (exp) words.push(...exp.split(' '));
    else words.push(...w.split('-').filter((x) => x !== ''));
  }
  return words;
}

/**
 * Whether a cited title agrees with the catalog's: most of the cited words (60%) are in the
 * catalog title. Citations shorten titles and abbreviate them, so only a title that is mostly
 * about something else disagrees.
 */
export function titleAgrees(cited: string, catalog: string): boolean {
  const c = titleWords(cited);
  if (c.length === 0) return true;
  const known = new Set(titleWords(catalog));
  const hits = c.filter((w) => known.has(w)).length;
  return hits >= 0.6 * c.length;
}

/** Whether two titles are the same words (case, "về (việc)", punctuation and abbreviations aside). */
export function sameTitle(a: string, b: string): boolean {
  return titleWords(a).join(' ') === titleWords(b).join(' ');
}

/** The leading "về " / "Về việc " of a title as written, to keep when the rest is replaced. */
export function titlePrefix(written: string): string {
  return /^về\s+(?:việc\s+)?/iu.exec(written)?.[0] ?? '';
}

/** Replaces a written title by the catalog's, keeping its "về" and the case of its first letter. */
export function rewriteTitle(written: string, catalogTitle: string): string {
  const prefix = titlePrefix(written);
  if (prefix) return prefix + catalogTitle;
  const first = written.trimStart()[0];
  const upper = first !== undefined && first !== first.toLowerCase();
  return upper ? catalogTitle[0]!.toUpperCase() + catalogTitle.slice(1) : catalogTitle;
}

/** Keeps the case of the first letter of `like` ("quyết định" stays lower case). */
export function matchCase(word: string, like: string): string {
  const f = like[0];
  return f !== undefined && f === f.toLowerCase() && f !== f.toUpperCase() ? word[0]!.toLowerCase() + word.slice(1) : word;
}

/** The body as a full citation writes it: the Central Committee with its term. */
export function bodyWithTerm(e: CatalogEntry): string | undefined {
  if (!e.body) return undefined;
  return bodyId(e.body) === 'BCHTW' && e.term && !/khóa|khoá/iu.test(e.body) ? `${e.body} (khóa ${e.term})` : e.body;
}

/** The full citation of a directive: "Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về …". */
export function fullCitation(e: CatalogEntry): string {
  let s = e.type ? `${e.type} số ${e.symbol}` : e.symbol;
  if (e.date) s += `, ${formatCitationDate(e.date)}`;
  const body = bodyWithTerm(e);
  if (body) s += ` của ${body}`;
  if (e.title) s += ` về ${e.title}`;
  return s;
}

/** A date as a short label ("25/10/2017"), for messages and fix titles. */
export function dateLabel(iso: string | undefined): string {
  return iso ? showIsoDate(iso) : '?';
}
