/**
 * The scanner: raw text in, citations and problems out. It never throws and runs in linear time:
 * one pass of a global pattern for symbol starts, bounded look-arounds for the context, one pass
 * for short mentions. Matching happens on a normalised view; every range is mapped back to the raw
 * text (UTF-16 offsets) before it leaves this module.
 */
import { readAfter, readBefore, type ViewPart } from './context';
import { linkMentions, mentionCodes, type Building, type FullFacts } from './mentions';
import { readDocumentDate } from './documentDate';
import { findNamed } from './named';
import { firstForeignLookalike, issuerInfo, isUnambiguous, type IssuerClass } from './issuers';
import { matchSymbolAt, SYMBOL_START } from './symbol';
import type { DateValue, Fix, OffsetRange, Part, Problem, ScanResult, SymbolKey } from './types';
import { typeWordFor } from './vocabulary';
import { isInlineSpace } from '../text/chars';
import { createView, type TextView } from '../text/view';

/** Bumped whenever the scanner's output for the same text may change (persistent caches key on it). */
export const SCANNER_VERSION = 4;

const SP = '[ \\t\\u00A0]';

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
    const c = { form: 'full', range, raw: symbolRaw, symbol: sym.symbol, span } as { -readonly [K in keyof Building]: Building[K] };
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
    if (c.body && after.bodyIssuer) {
      const p = bodyIssuerProblem(sym.symbol, c.body, after.bodyIssuer);
      if (p) problems.push(p);
    }
    entityProblems(problems, view, raw, span);
    citations.push(c);
    facts.push({ symbol: sym.symbol, start: range.start, iso: date?.value.iso, term: term?.value, codes: mentionCodes(sym.symbol, tw?.value) });
  }

  addNamed(text, raw, toRaw, docDate?.iso, citations, facts);
  const { citations: all, mentions } = linkMentions(text, raw, toRaw, citations, facts);
  const result: { -readonly [K in keyof ScanResult]: ScanResult[K] } = { citations: all, problems: documentProblems(view) };
  if (documentDate) result.documentDate = documentDate;
  if (mentions.length > 0) result.mentions = mentions;
  return result;
}

/**
 * "văn bản (số)" right before `start`, the generic word for a document, or "Số:" of a document's
 * own number line ("Số: 34/SL"): what makes a weak shape a symbol besides a type word.
 */
const DOCUMENT_WORD = /(?<![\p{L}\p{N}])văn[ \t\u00A0]+bản(?:[ \t\u00A0]+số)?[ \t\u00A0]*:?[ \t\u00A0]*$/iu;
const NUMBER_LINE = /(?<![\p{L}\p{N}])Số[ \t\u00A0]*:?[ \t\u00A0]*$/u;

function afterDocumentWord(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return DOCUMENT_WORD.test(before) || NUMBER_LINE.test(before);
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
 * Adds the resolutions named without a symbol (`named.ts`) to the full citations, in text order:
 * they are linked like them (a repeat refers to the first), and short mentions never point to them.
 */
function addNamed(text: string, raw: string, toRaw: (s: number, e: number) => OffsetRange, docDate: string | undefined,
  citations: Building[], facts: FullFacts[]): void {
  const named = findNamed(text, docDate);
  if (named.length === 0) return;
  const rows = citations.map((c, i) => ({ c, f: facts[i]! }));
  for (const n of named) {
    const range = toRaw(n.start, n.end);
    const tw = toRaw(n.start, n.typeWordEnd);
    let nameStart = n.typeWordEnd;
    while (nameStart < n.end && /\s/u.test(text[nameStart]!)) nameStart++;
    const name = toRaw(nameStart, n.end);
    const c: Building = {
      form: 'named', range, raw: raw.slice(range.start, range.end), symbol: n.symbol, span: range,
      typeWord: { range: tw, text: raw.slice(tw.start, tw.end), value: 'Nghị quyết' },
      body: { range: name, text: raw.slice(name.start, name.end), value: n.body }, problems: [],
    };
    rows.push({ c, f: { symbol: n.symbol, start: range.start, iso: undefined, term: n.term, codes: [] } });
  }
  rows.sort((a, b) => a.f.start - b.f.start);
  citations.length = 0;
  facts.length = 0;
  for (const r of rows) {
    citations.push(r.c);
    facts.push(r.f);
  }
}

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

/**
 * Which side and level an issuer is on, to compare a symbol's issuer with the body a citation
 * names: the Central Committee (and its Politburo and Secretariat), a local committee (any level:
 * the province's and the district's symbols are told apart by their codes, not their wording), a
 * Party agency by its code, the Central Military Commission, the Front, the state.
 */
function issuerGroup(code: string, cls: IssuerClass): string {
  // Any đảng ủy — of a commune, a bloc, a ministry — writes `ĐU` or a longer code in practice: one group.
  if (code.startsWith('ĐU')) return 'local';
  if (cls === 'party-committee') return code === 'TW' ? 'central' : code === 'QUTW' ? 'military' : 'local';
  if (cls === 'party-body') return `agency:${code}`;
  if (cls === 'state' || cls === 'state-historic') return 'state';
  return cls;
}

/**
 * `body-issuer-mismatch`: the body a citation names is not the one its symbol's issuer code
 * stands for ("43-CT/TW của Ban Thường vụ Tỉnh ủy", "18-NQ/TU của Hội đồng nhân dân tỉnh",
 * "02-HD/BDVTW của Ban Tổ chức Trung ương"). Only when both are known and one each; information,
 * with no fix: which of the two is wrong the text does not say.
 */
function bodyIssuerProblem(sym: SymbolKey, body: Part, named: { code: string; class: IssuerClass }): Problem | undefined {
  if (sym.issuers.length !== 1) return undefined;
  const code = sym.issuers[0]!;
  const shape = sym.kind === 'party' && sym.key.includes('/') && /^\d+(?:\.\d+)?-/u.test(sym.key) ? 'party' : 'state';
  const info = issuerInfo(code, shape);
  if (!info || info.class === 'unknown' || named.class === 'unknown') return undefined;
  const a = issuerGroup(code, info.class);
  const b = issuerGroup(named.code, named.class);
  if (a === b) return undefined;
  // A dual code (`VP`, `BCĐ`) or an office named without its body ("Văn phòng") says too little to disagree.
  if (!isUnambiguous(code) || named.code === 'VP' || named.code === 'BCĐ') return undefined;
  return {
    code: 'body-issuer-mismatch', range: body.range,
    args: { body: body.text.replace(/\s+/gu, ' '), issuer: code, issuerName: info.vi, issuerNameEn: info.en, symbol: sym.canonical },
    fixes: [],
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
