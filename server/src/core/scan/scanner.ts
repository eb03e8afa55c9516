/**
 * The scanner: raw text in, citations and problems out. It never throws and runs in linear time:
 * one pass of a global pattern for symbol starts, bounded look-arounds for the context, one pass
 * for short mentions. Matching happens on a normalised view; every range is mapped back to the raw
 * text (UTF-16 offsets) before it leaves this module.
 */
import { MAX_TYPE_WORD_WORDS, readAfter, readBefore, runsStart, type ViewPart } from './context';
import { readDocumentDate } from './documentDate';
import { firstForeignLookalike } from './issuers';
import { matchSymbolAt, SYMBOL_START } from './symbol';
import type { Citation, DateValue, Fix, OffsetRange, Part, Problem, ScanResult, SymbolKey } from './types';
import { TYPE_WORD_PATTERN, TYPE_WORDS, typeWordFor, typeWordOf } from './vocabulary';
import { isAsciiDigit, isInlineSpace } from '../text/chars';
import { createView, type TextView } from '../text/view';

/** Bumped whenever the scanner's output for the same text may change (persistent caches key on it). */
export const SCANNER_VERSION = 4;

const SP = '[ \\t\\u00A0]';
/**
 * A short mention: a type word, maybe "số", and a number that is not the start of a symbol, a
 * decimal, a percentage or a duration ("Báo cáo 6 tháng", "Kế hoạch 5 năm" are not citations).
 */
/**
 * A short mention is a type word, maybe "số", and a number ("Chỉ thị 43"). Rather than run this
 * over the whole text, the scanner looks up the numbers of the document's full citations and reads
 * the words before each occurrence: a few `indexOf` calls instead of an alternation of type words
 * tried at every position.
 */
const SHORT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${TYPE_WORD_PATTERN})(?:${SP}+(số))?${SP}+$`, 'iu');
const SHORT_AFTER = new RegExp(
  `(?![\\p{L}\\p{N}%]|${SP}*[-\\u2010-\\u2014\\u2212/]|[.,]\\d|${SP}+(?:tháng|năm|tuần|quý|ngày|giờ|phút|kỳ)(?![\\p{L}\\p{N}]))`,
  'iuy');
/** How far before a number the type word may start ("Thông báo kết luận số "). */
const SHORT_WINDOW = 48;
/** The most runs of non-space characters a SHORT_BEFORE match spans: a type word's words and "số". */
const MAX_SHORT_RUNS = MAX_TYPE_WORD_WORDS + 1;

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

/** A short mention found in the normalised text: where it starts, its type word, "số", and its digits. */
interface ShortMatch {
  readonly index: number;
  readonly typeWord: string;
  readonly so: string | undefined;
  readonly digits: string;
  readonly length: number;
}

/** Every short mention of one of `numbers`, in text order. */
function findShortMentions(text: string, numbers: Iterable<number>): ShortMatch[] {
  const out: ShortMatch[] = [];
  for (const n of numbers) {
    const needle = String(n);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      let start = at;
      while (start > 0 && text.charCodeAt(start - 1) === 0x30 /* 0 */) start--;
      const end = at + needle.length;
      if (start - at + needle.length > 5 || !isInlineSpace(text.charCodeAt(start - 1)) || isAsciiDigit(text.charCodeAt(end))) continue;
      SHORT_AFTER.lastIndex = end;
      if (!SHORT_AFTER.test(text)) continue;
      const from = Math.max(0, start - SHORT_WINDOW);
      if (!mayEndShortMention(text, from, start)) continue;
      const windowStart = runsStart(text, from, start, MAX_SHORT_RUNS);
      const m = SHORT_BEFORE.exec(text.slice(windowStart, start));
      if (!m) continue;
      const index = windowStart + m.index;
      out.push({ index, typeWord: m[1]!, so: m[2], digits: text.slice(start, end), length: end - index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}



/** Scans one document. Never throws: on an internal error it returns what it has, with no citations lost silently. */
export function scan(raw: string): ScanResult {
  try {
    return scanOrThrow(raw);
  } catch {
    return { citations: [], problems: [] };
  }
}

/**
 * Like {@link scan}, but lets an internal error through instead of returning an empty result:
 * for tests, which must see every error the editor would hide.
 */
export function scanOrThrow(raw: string): ScanResult {
  const view = createView(raw);
  const text = view.text;
  const toRaw = view.toRaw;
  const rawPart = <T>(p: ViewPart<T>): Part<T> => {
    const range = toRaw(p.start, p.end);
    return { range, text: raw.slice(range.start, range.end), value: p.value };
  };

  const docDateView = readDocumentDate(text);
  const documentDate = docDateView && rawPart(docDateView);
  const docDate = documentDate?.value;
  const citations: Building[] = [];
  const facts: FullFacts[] = [];

  SYMBOL_START.lastIndex = 0;
  for (let m; (m = SYMBOL_START.exec(text)); ) {
    const sym = matchSymbolAt(text, m.index);
    if (!sym) continue;
    SYMBOL_START.lastIndex = sym.end;
    const before = readBefore(text, sym.start);
    // A shape that is a symbol only when the text says so: "Công văn số 1471/SGDĐT-VP", not "Mẫu số 02/QTT-TNCN".
    if (sym.weak && !before.typeWord && !afterDocumentWord(text, sym.start)) continue;
    // "Phụ lục số 01/PL-HĐ", "Mẫu số 02/QTT-TNCN": the number of a form or an annex, not a directive.
    if (!before.typeWord && afterNonDirectiveNoun(text, sym.start)) continue;
    const after = readAfter(text, sym.end);
    const range = toRaw(sym.start, sym.end);
    const symbolRaw = raw.slice(range.start, range.end);
    const tw = before.typeWord;
    const so = before.so;
    const spanStart = tw?.start ?? so?.start ?? sym.start;
    const span = toRaw(spanStart, after.end);
    const typeWord = tw && rawPart({ start: tw.start, end: tw.end, value: tw.value.word });
    const date = after.date && rawPart(after.date);
    const term = after.term && rawPart(after.term);
    // Parts are set one by one, only when found, in the order readers see them: no spread copies.
    // Citations differ in which parts they have, so the checks below read the parts from locals.
    const c = { form: 'full', range, raw: symbolRaw, symbol: sym.symbol, span } as Writable<Building>;
    if (typeWord) c.typeWord = typeWord;
    if (so) c.so = toRaw(so.start, so.end);
    if (date) c.date = date;
    if (after.body) c.body = rawPart(after.body);
    if (term) c.term = term;
    if (after.title) c.title = rawPart(after.title);
    const problems: Problem[] = [];
    c.problems = problems;
    for (const code of sym.defects) problems.push(symbolProblem(code, range, symbolRaw, sym.symbol));
    if (sym.symbol.issuerClass === 'unknown') {
      // Information, not an error: the symbol is recognised; only who issued it is not known.
      problems.push({ code: 'unknown-issuer', range, args: { issuer: sym.symbol.issuers[0]!, symbol: sym.symbol.canonical }, fixes: [] });
    }
    contextProblems(problems, sym.symbol, range, symbolRaw, typeWord, tw?.value.codes, date, docDate);
    entityProblems(problems, view, raw, span);
    citations.push(c);
    facts.push({ symbol: sym.symbol, start: range.start, iso: date?.value.iso, term: term?.value });
  }

  const all = linkMentions(text, raw, toRaw, citations, facts);
  return { citations: all, problems: documentProblems(view), ...(documentDate && { documentDate }) };
}

/**
 * "văn bản (số)" right before `start`, the generic word for a document, or "Số:" of a document's
 * own number line ("Số: 34/SL"): what makes a weak shape a symbol besides a type word.
 */
const DOCUMENT_WORD = /(?<![\p{L}\p{N}])văn[ \t\u00A0]+bản(?:[ \t\u00A0]+số)?[ \t\u00A0]*:?[ \t\u00A0]*$/iu;
const NUMBER_LINE = /(?:^|\n)[ \t\u00A0]*Số[ \t\u00A0]*:[ \t\u00A0]*$/u;

function afterDocumentWord(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return DOCUMENT_WORD.test(before) || NUMBER_LINE.test(start <= 16 ? `\n${before}` : before);
}

/**
 * Nouns whose numbers look like symbols but name no directive: forms, annexes, tax returns,
 * judgments, contracts, invoices ("Mẫu số 02/QTT-TNCN", "Phụ lục 01/PL-HĐ", "Bản án số 15/2022/HC-ST").
 */
const NON_DIRECTIVE_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:mẫu|biểu|biểu mẫu|phụ lục|tờ khai|bản án|hợp đồng|hóa đơn|hoá đơn|phiếu|biên lai|mã|mã số)(?:${SP}+số)?${SP}*:?${SP}*$`, 'iu');

function afterNonDirectiveNoun(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  // Nearly every symbol follows a space after a type word, "số" or other words; look only then.
  if (start === 0 || !(isInlineSpace(c) || c === 0x3a)) return false;
  return NON_DIRECTIVE_NOUN.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * What linking needs of a full citation, in an object of one shape: citations have different
 * sets of parts, and reading them from the citations themselves is slow.
 */
interface FullFacts {
  readonly symbol: SymbolKey;
  /** Raw offset where the symbol starts. */
  readonly start: number;
  readonly iso: string | undefined;
  readonly term: string | undefined;
}

/** A type with its read-only properties writable, for building a value in steps. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A citation while the scanner builds it: problems and the link are filled in place, without copies. */
type Building = Omit<Citation, 'problems' | 'refersTo'> & { problems: Problem[]; refersTo?: number };

/** A problem of the symbol itself, fixed by writing it canonically. */
function symbolProblem(code: string, range: OffsetRange, written: string, symbol: SymbolKey): Problem {
  // A line break inside the symbol reads as "⏎" in a one-line message; a lookalike is named by its code point.
  const shown = written.includes('\n') ? written.replace(/[ \t]*\r?\n[ \t]*/gu, '⏎') : written;
  const args: Record<string, string> = code === 'symbol-lookalike'
    ? { symbol: shown, canonical: symbol.canonical, letter: firstForeignLookalike(written) ?? '?' }
    : { symbol: shown, canonical: symbol.canonical };
  return {
    code,
    range,
    args,
    fixes: [{ kind: 'canonical-symbol', args: { canonical: symbol.canonical }, edits: [{ range, newText: symbol.canonical }], preferred: true }],
  };
}

/** Adds to `out` the problems of a citation's context: a type word that disagrees with the symbol, a bad date. */
function contextProblems(out: Problem[], sym: SymbolKey, range: OffsetRange, written: string, typeWord: Part | undefined,
  codes: readonly string[] | undefined, date: Part<DateValue> | undefined, docDate: DateValue | undefined): void {
  if (typeWord && codes && codes.length > 0 && sym.type !== undefined && !codes.includes(sym.type)) {
    const party = sym.kind === 'party';
    const fixes: Fix[] = [];
    const word = typeWordFor(sym.type, party ? 'party' : 'state');
    if (word) {
      const lower = typeWord.text[0] === typeWord.text[0]!.toLowerCase();
      const newText = lower ? word[0]!.toLowerCase() + word.slice(1) : word;
      fixes.push({ kind: 'type-word', args: { word: newText }, edits: [{ range: typeWord.range, newText }] });
    }
    const code = codes[0]!;
    const canonical = sym.canonical.replace(new RegExp(`(?<=^\\d+[-/]|/\\d{4}/)${escapeRe(writtenTypeOf(sym))}(?=[-/])`, 'u'), code);
    if (canonical !== sym.canonical) {
      fixes.push({ kind: 'type-code', args: { canonical }, edits: [{ range, newText: canonical }] });
    }
    out.push({ code: 'type-mismatch', range: typeWord.range, args: { word: typeWord.text, code: sym.type, symbol: written }, fixes });
  }
  if (date) {
    if (!date.value.iso) {
      out.push({ code: 'date-invalid', range: date.range, args: { date: date.text }, fixes: [] });
    } else if (docDate?.iso && date.value.iso > docDate.iso) {
      out.push({ code: 'date-after-document', range: date.range, args: { date: date.text, documentDate: docDate.iso }, fixes: [] });
    }
  }
}

function writtenTypeOf(sym: SymbolKey): string {
  const m = /^\d+-([^/]+)\/|^\d+\/\d{4}\/([^-]+)-|^\d+\/([^-]+)-/u.exec(sym.canonical);
  return m?.[1] ?? m?.[2] ?? m?.[3] ?? sym.type ?? '';
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Adds to `out` the HTML entities inside a citation: recognised already, fixable by decoding them. */
function entityProblems(out: Problem[], view: TextView, raw: string, span: OffsetRange): void {
  const entities = view.entities;
  if (entities.length === 0) return;
  // Entities are in text order: find the first one in the span by binary search, so that a text
  // full of entities and citations stays linear.
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entities[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < entities.length && entities[i]!.end <= span.end; i++) {
    const e = entities[i]!;
    out.push({
      code: 'text-html-entity',
      range: { start: e.start, end: e.end },
      args: { entity: raw.slice(e.start, e.end), text: e.text },
      fixes: [{ kind: 'decode-entity', args: { text: e.text }, edits: [{ range: { start: e.start, end: e.end }, newText: e.text }], preferred: true }],
    });
  }
}

/** Problems of the text as a whole: decomposed Unicode and zero-width characters. */
function documentProblems(view: TextView): Problem[] {
  const out: Problem[] = [];
  if (view.nfd.length > 0) {
    const first = view.nfd[0]!;
    out.push({
      code: 'text-nfd',
      range: { start: first.start, end: first.end },
      args: { count: String(view.nfd.length) },
      fixes: [{ kind: 'normalize-nfc', args: { count: String(view.nfd.length) }, edits: view.nfd.map((c) => ({ range: { start: c.start, end: c.end }, newText: c.nfc })), preferred: true }],
    });
  }
  // One problem per run of adjacent zero-width characters.
  let i = 0;
  const zw = view.zeroWidth;
  while (i < zw.length) {
    let j = i;
    while (j + 1 < zw.length && zw[j + 1]!.start === zw[j]!.end) j++;
    const range = { start: zw[i]!.start, end: zw[j]!.end };
    out.push({
      code: 'text-zero-width',
      range,
      args: { count: String(j - i + 1) },
      fixes: [{ kind: 'remove-zero-width', args: {}, edits: [{ range, newText: '' }], preferred: true }],
    });
    i = j + 1;
  }
  return out;
}

/**
 * Links later mentions of a directive to the citation that states it. A full citation repeating
 * the symbol of an earlier one refers to that earlier one (with the same key, and the same date and
 * term where the repeat states them; the nearest one when it states neither); a short mention ("Chỉ thị 43",
 * "Quyết định số 290") refers to the citation of the same type and number nearest before it (else
 * the first after it), followed to the citation that one refers to. Short mentions with no such
 * full citation are not citations: the number may be anything. Linear in the number of matches.
 */
function linkMentions(text: string, raw: string, toRaw: (s: number, e: number) => OffsetRange, full: Building[],
  facts: readonly FullFacts[]): Citation[] {
  if (full.length === 0) return full;
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
    const byNumber = inner(byTypeNumber, f.symbol.type);
    const list = byNumber.get(f.symbol.number);
    if (list) list.push(i);
    else byNumber.set(f.symbol.number, [i]);
  }
  const root = (i: number): number => links[i] ?? i;

  const shorts: Building[] = [];
  const numbers = new Set(full.map((c) => c.symbol.number));
  const allFull = full.map((_, i) => i);
  for (const m of findShortMentions(text, numbers)) {
    const tw = typeWordOf(m.typeWord);
    // A short mention names a document, so its type word is capitalised ("Chỉ thị 43"); in lower
    // case ("báo cáo 6 …", "kế hoạch 5 …") the words are common nouns.
    if (!tw || m.typeWord[0] === m.typeWord[0]!.toLowerCase()) continue;
    const number = Number(m.digits);
    let candidates: number[] | undefined;
    for (const code of tw.codes) candidates = candidates ?? byTypeNumber.get(code)?.get(number);
    if (!candidates) continue;
    const range = toRaw(m.index, m.index + m.length);
    // The number of "Kế hoạch số 298 KH/TWĐTN" starts the symbol itself: not a mention of it.
    const over = lastBefore(allFull, (i) => facts[i]!.start < range.end);
    if (over !== undefined && full[over]!.range.end > range.start) continue;
    const before = lastBefore(candidates, (i) => facts[i]!.start < range.start);
    const target = root(before ?? candidates[0]!);
    const twRange = toRaw(m.index, m.index + m.typeWord.length);
    const soAt = m.so !== undefined ? m.index + text.slice(m.index, m.index + m.length).indexOf(m.so, m.typeWord.length) : -1;
    const soRange = soAt >= 0 ? toRaw(soAt, soAt + 3) : undefined;
    const written = raw.slice(range.start, range.end);
    const symbol = facts[target]!.symbol;
    const typeWord = { range: twRange, text: raw.slice(twRange.start, twRange.end), value: tw.word };
    // One literal for each of the two shapes, with and without "số", rather than a spread.
    shorts.push(soRange
      ? { form: 'short', range, raw: written, symbol, span: range, typeWord, so: soRange, refersTo: target, problems: [] }
      : { form: 'short', range, raw: written, symbol, span: range, typeWord, refersTo: target, problems: [] });
  }
  if (shorts.length === 0) return full;
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
  return merged;
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
