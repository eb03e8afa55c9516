/**
 * Later mentions of a directive (issue 15): full citations that repeat a symbol, and short
 * mentions — a type word, maybe "số", and a number: "Chỉ thị 43", "Quyết định số 290", "Quy định
 * 366 năm 2025", "Quyết định 217 và 218", "Nghị quyết 71, Nghị quyết 57 của Bộ Chính trị".
 *
 * A short mention refers to a full citation of the same text when one has its type and number
 * and agrees with what the mention says of itself: its year ("năm 2025") and whether the body
 * after it is a Party or a state one ("của Bộ Chính trị" is not 71/NQ-CP); a body after the last
 * of a list speaks for the whole list. Otherwise it is a `Mention` of the scan result, which the
 * workspace and the catalog resolve (`catalog/mentions.ts`). Found in one pass over the places
 * where a number follows a space, reading the words before each only when a letter that ends a
 * type word or "số" is there.
 */
import { readBodyAt } from './body';
import { typeWordBefore } from './context';
import { isAsciiDigit, isInlineSpace, isUpperUnit } from '../text/chars';
import type { Citation, Mention, OffsetRange, Part, SymbolKey } from './types';
import { TYPE_WORDS, type TypeWord } from './vocabulary';

const SP = '[ \\t\\u00A0]';

/**
 * What may not follow the number of a short mention: more of a word or a symbol, a decimal, a
 * percentage, or a unit of time ("Báo cáo 6 tháng", "Kế hoạch 5 năm 2021-2025"); "năm" followed by
 * a year alone is the mention's year, checked apart.
 */
const SHORT_AFTER = new RegExp(
  `(?![\\p{L}\\p{N}%]|${SP}*[-\\u2010-\\u2014\\u2212/]|[.,]\\d|${SP}+(?:tháng|tuần|quý|giờ|phút|kỳ)(?![\\p{L}\\p{N}])|${SP}+ngày(?!${SP}+\\d{1,2}(?:${SP}*[/.-]|${SP}+tháng)))`,
  'iuy');
/** A date after the number ("Sắc lệnh 34 ngày 20/3/1945"): its year tells the mention's. */
const DATE_AFTER = new RegExp(`${SP}+ngày${SP}+\\d{1,2}(?:${SP}*[/.-]${SP}*\\d{1,2}${SP}*[/.-]${SP}*|${SP}+tháng${SP}+\\d{1,2}${SP}+năm${SP}+)((?:19|20)\\d\\d)`, 'iuy');
/** "năm" after the number: a year ("Quy định 366 năm 2025"), or a duration ("Kế hoạch 5 năm", "5 năm 2021-2025"). */
const YEAR_AFTER = new RegExp(`${SP}+năm(?:${SP}+((?:19|20)\\d\\d)(?!\\d|${SP}*[-\\u2013]${SP}*\\d))?`, 'iuy');
/** More numbers of the same type word: "Quyết định 217 và 218", "Chỉ thị 05, 06". */
const MORE = new RegExp(`(?:,${SP}*(?:và${SP}+)?|${SP}+và${SP}+)(?:số${SP}+)?(\\d{1,5})(?![\\d/%\\-\\u2013\\p{L}]|[.,]\\d|${SP}+(?:tháng|năm|tuần|quý|ngày|giờ|phút|kỳ)(?![\\p{L}\\p{N}]))`, 'iuy');
/** "của" and the body after a mention. */
const OF = new RegExp(`${SP}*,?${SP}*của${SP}+`, 'iuy');
/** The separator between two mentions of one list ("Nghị quyết 71, Nghị quyết 57"). */
const LIST_GAP = new RegExp(`${SP}*(?:,|và|,${SP}*và)${SP}*$`, 'u');
/** Where the number of a short mention may be: a digit after a space. */
const SPACE_DIGIT = /[ \t\u00A0]\d/g;

/** How far before a number the type word may start ("Thông báo kết luận số "). */
const SHORT_WINDOW = 48;
/**
 * The letters a SHORT_BEFORE match may end with (before its spaces): the last letter of a type word
 * or of "số", matched case-insensitively as SHORT_BEFORE matches them.
 */
const SHORT_LAST_LETTER = new RegExp(
  `^[${[...new Set([...TYPE_WORDS.map((t) => t.word.slice(-1)), 'ố'])].join('').replace(/[đĐ]/g, 'đĐðÐ')}]$`, 'iu');
/** SHORT_LAST_LETTER by code unit, filled on first use: 0 not yet known, 1 no, 2 yes. */
const SHORT_LAST_UNITS = new Uint8Array(0x10000);

/**
 * Whether a SHORT_BEFORE match may end at `start` in the window from `from`: the spaces before
 * `start` must follow a letter that ends a type word or "số". Most numbers in a text follow other
 * words ("năm 2010", "ngày 15"), and this check spares them the pattern. It says yes when unsure
 * (a surrogate pair), so that it never rejects what the pattern would match.
 */
function mayEndShortMention(text: string, from: number, start: number): boolean {
  let q = start;
  while (q > from && isInlineSpace(text.charCodeAt(q - 1))) q--;
  if (q === from) return false;
  const u = text.charCodeAt(q - 1);
  if (u >= 0xdc00 && u <= 0xdfff) return true;
  let v = SHORT_LAST_UNITS[u]!;
  if (v === 0) {
    v = SHORT_LAST_LETTER.test(String.fromCharCode(u)) ? 2 : 1;
    SHORT_LAST_UNITS[u] = v;
  }
  return v === 2;
}

/** Which numbering side a body is on: Party and Front bodies number like the Party, state bodies like the state. */
type Side = 'party' | 'state';

/** A short mention found in the normalised text. */
interface ShortMatch {
  /** Where it starts (its type word, or its number for the later numbers of a list). */
  readonly index: number;
  readonly end: number;
  readonly typeWord: TypeWord;
  readonly typeWordStart: number;
  readonly typeWordEnd: number;
  readonly so: { start: number; end: number } | undefined;
  readonly number: number;
  year: number | undefined;
  side: Side | undefined;
}

/** The number at `start` (1–5 digits) if it may end a short mention there, with its end. */
function numberAt(text: string, start: number): number | undefined {
  let end = start;
  while (end < text.length && isAsciiDigit(text.charCodeAt(end))) end++;
  if (end - start > 5 || end === start) return undefined;
  SHORT_AFTER.lastIndex = end;
  return SHORT_AFTER.test(text) ? end : undefined;
}

/** Every short mention of a text, in text order, with what it says of its year and body. */
export function findShortMentions(text: string): ShortMatch[] {
  const out: ShortMatch[] = [];
  SPACE_DIGIT.lastIndex = 0;
  for (let m; (m = SPACE_DIGIT.exec(text)); ) {
    const start = m.index + 1;
    const from = Math.max(0, start - SHORT_WINDOW);
    if (!mayEndShortMention(text, from, start)) continue;
    const end = numberAt(text, start);
    if (end === undefined) continue;
    const b = typeWordBefore(text, start, { colon: false, qualifier: false });
    const tw = b.typeWord;
    // A short mention names a document, so its type word is capitalised ("Chỉ thị 43"); in lower
    // case ("báo cáo 6 …", "kế hoạch 5 …") the words are common nouns.
    if (!tw || !isUpperUnit(text.charCodeAt(tw.start))) continue;
    const index = tw.start;
    const so = b.so;
    const first: ShortMatch = {
      index, end, typeWord: tw.value, typeWordStart: index, typeWordEnd: tw.end, so,
      number: Number(text.slice(start, end)), year: undefined, side: undefined,
    };
    const list = [first];
    // More numbers of the same type word: "Quyết định 217 và 218".
    let at = end;
    for (let k = 0; k < 8; k++) {
      MORE.lastIndex = at;
      const more = MORE.exec(text);
      if (!more) break;
      const nEnd = at + more[0].length;
      const nStart = nEnd - more[1]!.length;
      list.push({ ...first, index: nStart, end: nEnd, so: undefined, number: Number(more[1]) });
      at = nEnd;
    }
    // The year and the body after the last number speak for every number of the list.
    const last = list[list.length - 1]!;
    YEAR_AFTER.lastIndex = last.end;
    const y = YEAR_AFTER.exec(text);
    if (y && y[1] === undefined) {
      // "năm" not followed by a year alone: a duration ("Kế hoạch 5 năm") — not a mention.
      SPACE_DIGIT.lastIndex = last.end;
      continue;
    }
    DATE_AFTER.lastIndex = last.end;
    const d = y ? undefined : DATE_AFTER.exec(text);
    const year = y ? Number(y[1]) : d ? Number(d[1]) : undefined;
    const side = sideAfter(text, y ? last.end + y[0].length : last.end);
    for (const s of list) {
      s.year = year;
      s.side = side;
      out.push(s);
    }
    SPACE_DIGIT.lastIndex = last.end;
  }
  // A body after the second mention of "Nghị quyết 71, Nghị quyết 57 của Bộ Chính trị" speaks for the first.
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.side === undefined && b.side !== undefined && b.typeWord === a.typeWord && LIST_GAP.test(text.slice(a.end, b.index))) a.side = b.side;
  }
  return out;
}

/** Whether the body after a mention ("của Bộ Chính trị") is a Party or a state one, when one is there and known. */
function sideAfter(text: string, pos: number): Side | undefined {
  OF.lastIndex = pos;
  const of = OF.exec(text);
  if (!of) return undefined;
  const body = readBodyAt(text, pos + of[0].length);
  const c = body?.class;
  if (c === 'party-committee' || c === 'party-body' || c === 'front') return 'party';
  if (c === 'state' || c === 'state-historic') return 'state';
  return undefined;
}

/**
 * What linking needs of a full citation, in an object of one shape: citations have different
 * sets of parts, and reading them from the citations themselves is slow.
 */
export interface FullFacts {
  readonly symbol: SymbolKey;
  /** Raw offset where the symbol starts. */
  readonly start: number;
  readonly iso: string | undefined;
  readonly term: string | undefined;
  /** The type codes short mentions may find it under (its type; `NQ` or `PL` for `245/2025/QH15` by its type word). */
  readonly codes: readonly string[];
}

/** A type with its read-only properties writable, for building a value in steps. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A citation while the scanner builds it: problems and the link are filled in place, without copies. */
export type Building = Omit<Citation, 'problems' | 'refersTo'> & { problems: import('./types').Problem[]; refersTo?: number };

/** The codes a full citation is found under by short mentions. */
export function mentionCodes(symbol: SymbolKey, typeWord: TypeWord | undefined): readonly string[] {
  if (symbol.type !== undefined) return [symbol.type];
  // A law or a resolution of the National Assembly (`245/2025/QH15`) has no type code: its type word says which.
  const qh = symbol.issuers[0]?.startsWith('QH') || symbol.issuers[0]?.startsWith('UBTVQH');
  // Without a type word it may be a law ("Luật Cán bộ, công chức số 22/2008/QH12"): "Nghị quyết 22" is not it.
  if (!qh || !typeWord) return [];
  return typeWord.codes;
}

/**
 * Links later mentions of a directive to the citation that states it. A full citation repeating
 * the symbol of an earlier one refers to that earlier one (with the same key, and the same date and
 * term where the repeat states them; the nearest one when it states neither); a short mention
 * refers to the full citation of its type and number nearest before it (else the first after it)
 * that agrees with its year and side, followed to the citation that one refers to. Short mentions
 * with no such citation are returned as mentions for the workspace to resolve. Linear in the
 * number of matches.
 */
export function linkMentions(text: string, raw: string, toRaw: (s: number, e: number) => OffsetRange, full: Building[],
  facts: readonly FullFacts[]): { citations: Citation[]; mentions: Mention[] } {
  // Roots by key: the latest one (for repeats that state neither date nor term), one per date and
  // one per term. A repeat links only to a root that states the same date and term as it does, so
  // what a reader takes from the root never contradicts the repeat. Maps are nested by key rather
  // than keyed by joined strings: no string is built per citation.
  const latestRoot = new Map<string, number>();
  const rootByDate = new Map<string, Map<string, number>>();
  const rootByTerm = new Map<string, Map<string, number>>();
  const byTypeNumber = new Map<string | undefined, Map<number, number[]>>();
  /** `refersTo` of each full citation, as set on it. */
  const links: (number | undefined)[] = [];
  for (let i = 0; i < full.length; i++) {
    const f = facts[i]!;
    const key = f.symbol.key;
    const iso = f.iso;
    const term = f.term;
    const candidate = iso !== undefined ? rootByDate.get(key)?.get(iso)
      : term !== undefined ? rootByTerm.get(key)?.get(term)
        : latestRoot.get(key);
    const root = candidate === undefined ? undefined : facts[candidate]!;
    const agrees = root !== undefined && (iso === undefined || root.iso === iso)
      && (term === undefined || root.term === term);
    if (agrees) {
      full[i]!.refersTo = candidate;
      links.push(candidate);
    } else {
      links.push(undefined);
      latestRoot.set(key, i);
      if (iso !== undefined) inner(rootByDate, key).set(iso, i);
      if (term !== undefined) {
        const byTerm = inner(rootByTerm, key);
        if (!byTerm.has(term)) byTerm.set(term, i);
      }
    }
    for (const code of f.codes) {
      const byNumber = inner(byTypeNumber, code);
      const list = byNumber.get(f.symbol.number);
      if (list) list.push(i);
      else byNumber.set(f.symbol.number, [i]);
    }
  }
  const root = (i: number): number => links[i] ?? i;

  const shorts: Building[] = [];
  const mentions: Mention[] = [];
  const allFull = full.map((_, i) => i);
  for (const m of findShortMentions(text)) {
    const range = toRaw(m.index, m.end);
    // The number of "Kế hoạch số 298 KH/TWĐTN" starts the symbol itself: not a mention of it.
    const over = lastBefore(allFull, (i) => facts[i]!.start < range.end);
    if (over !== undefined && full[over]!.range.end > range.start) continue;
    let candidates: number[] | undefined;
    for (const code of m.typeWord.codes) candidates = candidates ?? byTypeNumber.get(code)?.get(m.number);
    if (candidates) candidates = agreeing(candidates, facts, m);
    const twRange = toRaw(m.typeWordStart, m.typeWordEnd);
    const typeWord: Part = { range: twRange, text: raw.slice(twRange.start, twRange.end), value: m.typeWord.word };
    const written = raw.slice(range.start, range.end);
    if (!candidates || candidates.length === 0) {
      // A year or a number that a type word precedes by chance ("Luật 2013") is no mention to resolve.
      if (m.number >= 1900 && m.number <= 2100) continue;
      const mention: Writable<Mention> = { range, raw: written, typeWord, codes: m.typeWord.codes, number: m.number };
      if (m.year !== undefined) mention.year = m.year;
      if (m.side !== undefined) mention.side = m.side;
      mentions.push(mention);
      continue;
    }
    const before = lastBefore(candidates, (i) => facts[i]!.start < range.start);
    const target = root(before ?? candidates[0]!);
    const soRange = m.so ? toRaw(m.so.start, m.so.end) : undefined;
    const symbol = facts[target]!.symbol;
    // One literal for each of the two shapes, with and without "số", rather than a spread.
    shorts.push(soRange
      ? { form: 'short', range, raw: written, symbol, span: range, typeWord, so: soRange, refersTo: target, problems: [] }
      : { form: 'short', range, raw: written, symbol, span: range, typeWord, refersTo: target, problems: [] });
  }
  if (shorts.length === 0) return { citations: full, mentions };
  // Merge in text order; `refersTo` indexes must point into the merged list.
  const merged: Building[] = [];
  const newIndex: number[] = [];
  let a = 0;
  let b = 0;
  while (a < full.length || b < shorts.length) {
    if (b >= shorts.length || (a < full.length && facts[a]!.start <= shorts[b]!.range.start)) {
      newIndex[a] = merged.length;
      merged.push(full[a++]!);
    } else {
      merged.push(shorts[b++]!);
    }
  }
  for (const c of merged) if (c.refersTo !== undefined) c.refersTo = newIndex[c.refersTo]!;
  return { citations: merged, mentions };
}

/** The candidates that agree with what a mention says of itself: its side and its year. */
function agreeing(candidates: number[], facts: readonly FullFacts[], m: ShortMatch): number[] {
  let out = candidates;
  if (m.side !== undefined) out = out.filter((i) => (facts[i]!.symbol.kind === 'party') === (m.side === 'party'));
  if (m.year !== undefined) {
    const dated = out.filter((i) => facts[i]!.iso?.startsWith(String(m.year)) || facts[i]!.symbol.year === m.year);
    // An undated citation may be of that year: keep it when no citation states the year.
    out = dated.length > 0 ? dated : out.filter((i) => facts[i]!.iso === undefined && facts[i]!.symbol.year === undefined);
  }
  return out;
}

/** The map `outer` holds for `key`, added empty if there is none. */
function inner<K, K2, V>(outer: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let m = outer.get(key);
  if (!m) {
    m = new Map();
    outer.set(key, m);
  }
  return m;
}

/** The last element of a sorted list that satisfies a predicate true on a prefix of it (binary search). */
function lastBefore(sorted: readonly number[], isBefore: (i: number) => boolean): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}
