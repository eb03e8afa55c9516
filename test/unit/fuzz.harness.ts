/**
 * The fuzz harness shared by the bounded property test (`fuzz.test.ts`, inside `npm test`) and
 * the long run (`node scripts/fuzz.mjs --runs 100000`): generators of random and mutated real
 * text, and `checkText`, which runs the scanner and every core feature over one text and throws
 * when an invariant breaks.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, quickFixes } from '../../server/src/core/features/codeActions';
import { codeLenses } from '../../server/src/core/features/codeLens';
import { completeDirectives } from '../../server/src/core/features/completion';
import type { FeatureContext } from '../../server/src/core/features/context';
import { findDefinition } from '../../server/src/core/features/definition';
import { toDiagnostics, DEFAULT_SEVERITIES } from '../../server/src/core/features/diagnostics';
import { hover } from '../../server/src/core/features/hover';
import { documentProblems } from '../../server/src/core/features/problems';
import { findReferences } from '../../server/src/core/features/references';
import { workspaceSymbols } from '../../server/src/core/features/symbols';
import { Interner, type PosRange } from '../../server/src/core/index/facts';
import { summarize } from '../../server/src/core/index/rows';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
// `scan` hides an internal error behind an empty result; the fuzz must see it.
import { scanOrThrow as scan } from '../../server/src/core/scan/scanner';
import type { OffsetRange, ScanResult, TextEdit } from '../../server/src/core/scan/types';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SEED_DIR = path.join(ROOT, 'test', 'fixtures', 'seeds');

/** The seed articles, read once. */
export const SEEDS: readonly string[] = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(SEED_DIR, f), 'utf8'));

/** Their scans (values, never mutated), computed once for the many indexes the fuzz builds. */
const SEED_SCANS: readonly ScanResult[] = SEEDS.map((s) => scan(s));

/** Citation-like fragments and the odd characters users paste, to splice into texts. */
const PIECES = [
  '43-CT/TW', '290-QĐ/TW', '25–NQ/TƯ', '21- CT/TU', '51/NQ-TW', '89-QD/TW', '92CT/TW', '217-QÐ/TW', '30/2020/NĐ-CP', '824-QĐ/TTg',
  '919-CV/VPTW/nb', 'Quyết định số ', 'Chỉ thị ', 'Nghị quyết số ', 'Thông tư ', 'Luật ', ', ngày 25/02/2010', ' ngày 31/02/2015',
  ' của Bộ Chính trị', ' của Ban Bí thư', ' khóa XI', ' về công tác dân vận', ' "về ban hành quy chế"', 'Hà Nội, ngày 15 tháng 3 năm 2021\n',
  '\u200B', '\u200D', '\uFEFF', '\u00AD', '&ocirc;', '&#273;', '&#x110;', '&amp;', '&', '\r\n', '\r', '\n', '\u00A0', '\t', '–', '—', '−', '/', '-',
  '\uD800', '\uDC00', '😀', 'e\u0301', 'o\u0302\u0301', 'Ð', 'Đ', 'TƯ', 'ngày ', 'số ', '0', '00000', '99999', '/TW', '-CT', '(', ')', '"', '“', '”',
];

/** A window of a seed article. */
const excerpt = fc.tuple(fc.nat({ max: SEEDS.length - 1 }), fc.nat(), fc.integer({ min: 0, max: 3000 }))
  .map(([i, start, len]) => { const s = SEEDS[i]!; const a = start % (s.length + 1); return s.slice(a, a + len); });

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'nfd' | 'crlf' | 'cr' | 'eth' | 'tu' | 'dash' | 'entities' | 'duplicate'; at: number; len: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constantFrom('nfd' as const, 'crlf' as const, 'cr' as const, 'eth' as const, 'tu' as const, 'dash' as const, 'entities' as const, 'duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 2000 }) }),
);

/** Applies one mutation to a part of the text (the part is chosen by `at` and `len`). */
function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  if (m.kind === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  const end = Math.min(text.length, at + m.len);
  const part = text.slice(at, end);
  const edit = (f: (s: string) => string) => text.slice(0, at) + f(part) + text.slice(end);
  switch (m.kind) {
    case 'delete': return edit(() => '');
    case 'nfd': return edit((s) => s.normalize('NFD'));
    case 'crlf': return edit((s) => s.replace(/\n/g, '\r\n'));
    case 'cr': return edit((s) => s.replace(/\r?\n/g, '\r'));
    case 'eth': return edit((s) => s.replace(/Đ/g, 'Ð'));
    case 'tu': return edit((s) => s.replace(/TW/g, 'TƯ'));
    case 'dash': return edit((s) => s.replace(/-/g, '–'));
    case 'entities': return edit((s) => s.replace(/ô/g, '&ocirc;').replace(/đ/g, '&#273;').replace(/Đ/g, '&#x110;'));
    case 'duplicate': return edit((s) => s + s);
  }
}

/** Random and mutated real text: seed windows with edits, citation pieces glued at random, random Unicode. */
export const fuzzText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(excerpt, fc.array(mutation, { maxLength: 10 })).map(([t, ms]) => ms.reduce(mutate, t)) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);

/** A check over one text: the text and probe offsets chosen by the generator. */
export interface FuzzCase {
  readonly text: string;
  /** Fractions of the text length where features are asked (hover, completion, …). */
  readonly probes: readonly number[];
  /** A permutation seed for applying fixes in another order. */
  readonly order: number;
}

/** The generator of whole cases. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  text: fuzzText,
  probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
  order: fc.nat(),
});

function inBounds(r: OffsetRange, length: number, what: string): void {
  assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length, `${what}: range ${r.start}-${r.end} out of 0-${length}`);
}

function posInBounds(r: PosRange, doc: TextDocument, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < doc.lineCount, `${what}: line ${p.line} of ${doc.lineCount}`);
    const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } });
    assert.ok(p.character >= 0 && p.character <= lineText.length, `${what}: character ${p.character} on a line of ${lineText.length}`);
  }
}

/** Whether a string has no lone surrogate. */
function wellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

/** Applies non-overlapping edits; the order they are applied in must not matter. */
export function applyEdits(text: string, edits: readonly TextEdit[], order = 0): string {
  // Applied from the last to the first, every offset stays valid.
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  if (order === 0 || edits.length < 2) return out;
  // The same edits in a shuffled order, shifting the offsets of those still to apply.
  const pending = edits.map((e) => ({ start: e.range.start, end: e.range.end, newText: e.newText }));
  for (let i = pending.length - 1; i > 0; i--) { const j = (order + i * 7919) % (i + 1); [pending[i], pending[j]] = [pending[j]!, pending[i]!]; }
  let shuffled = text;
  for (let i = 0; i < pending.length; i++) {
    const e = pending[i]!;
    shuffled = shuffled.slice(0, e.start) + e.newText + shuffled.slice(e.end);
    const delta = e.newText.length - (e.end - e.start);
    for (const later of pending.slice(i + 1)) if (later.start >= e.end) { later.start += delta; later.end += delta; }
  }
  assert.equal(shuffled, out, 'applying the edits in another order gives another text');
  return out;
}

function checkScan(text: string, result: ScanResult): void {
  // Every problem the editor shows: the scanner's and the report checks'.
  const n = text.length;
  for (const c of result.citations) {
    inBounds(c.range, n, 'citation');
    inBounds(c.span, n, 'citation span');
    assert.equal(c.raw, text.slice(c.range.start, c.range.end), 'citation raw text');
    for (const part of [c.typeWord, c.date, c.body, c.term, c.title]) {
      if (!part) continue;
      inBounds(part.range, n, 'citation part');
      assert.equal(part.text, text.slice(part.range.start, part.range.end), 'part text');
    }
    if (c.refersTo !== undefined) {
      const target = result.citations[c.refersTo];
      // A short mention or a repeated symbol refers to a full citation; a repeated named resolution to the named one.
      const root = c.form === 'named' ? 'named' : 'full';
      assert.ok(target && target.form === root && target.refersTo === undefined && target.symbol.key === c.symbol.key, 'refersTo names a root citation of the same directive');
    }
  }
  for (const p of documentProblems(text, result)) {
    inBounds(p.range, n, `problem ${p.code}`);
    for (const f of p.fixes) {
      for (const e of f.edits) inBounds(e.range, n, `fix ${f.kind}`);
      const sorted = [...f.edits].sort((a, b) => a.range.start - b.range.start);
      for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]!.range.start >= sorted[i - 1]!.range.end, `fix ${f.kind}: overlapping edits`);
    }
  }
}

/**
 * Runs the scanner and every feature over `c.text` (indexed beside the seed articles) and checks
 * the invariants: nothing throws, every range is inside its text, parts are what they say, quick
 * fixes keep the text well formed, change only their ranges and commute.
 */
export function checkText(c: FuzzCase): void {
  const { text } = c;
  const uri = 'file:///fuzz/ban-thao.txt';
  const result = scan(text);
  checkScan(text, result);

  const index = new WorkspaceIndex();
  const interner = new Interner();
  const docs = new Map<string, TextDocument>();
  const add = (u: string, t: string, r: ScanResult) => {
    const doc = TextDocument.create(u, 'plaintext', 0, t);
    docs.set(u, doc);
    index.update(summarize(u, r, (o) => doc.positionAt(o), interner));
  };
  SEEDS.forEach((s, i) => add(`file:///fuzz/seed-${i}.txt`, s, SEED_SCANS[i]!));
  add(uri, text, result);
  const doc = docs.get(uri)!;
  const ctx: FeatureContext = { index, locale: c.order % 2 ? 'en' : 'vi', displayName: (u) => u.slice(12) };
  const located = (l: { uri: string; range: PosRange }, what: string) => {
    const d = docs.get(l.uri);
    assert.ok(d, `${what}: unknown document ${l.uri}`);
    posInBounds(l.range, d, what);
  };

  const diagnostics = toDiagnostics(documentProblems(text, result), DEFAULT_SEVERITIES, ctx.locale);
  const offsets = [...c.probes.map((p) => Math.round(p * text.length)), ...result.citations.slice(0, 5).map((x) => x.range.start + 1)];
  for (const off of offsets) {
    const h = hover(ctx, uri, off);
    if (h) { assert.ok(h.markdown.length > 0); posInBounds(h.range, doc, 'hover'); }
    const def = findDefinition({ index }, uri, off);
    if (def) located(def, 'definition');
    for (const r of findReferences({ index }, uri, off)) located(r, 'reference');
    for (const item of completeDirectives(ctx, text, off)) inBounds(item.replace, text.length, 'completion');
    for (const a of quickFixes(diagnostics, { start: off, end: Math.min(text.length, off + 3) }, ctx.locale)) {
      const fixed = applyEdits(text, a.edits, c.order);
      if (wellFormed(text)) assert.ok(wellFormed(fixed), `fix "${a.title}" breaks a surrogate pair`);
    }
  }
  for (const l of codeLenses(index, uri, ctx.locale)) posInBounds(l.range, doc, 'code lens');
  for (const s of workspaceSymbols(index, text.slice(0, 12))) located(s.location, 'workspace symbol');

  // Fix all: its edits never overlap, and applied in any order they give one text that keeps
  // everything outside the edited ranges.
  const all = fixAll(diagnostics, ctx.locale);
  if (all) {
    const fixed = applyEdits(text, all.edits, c.order + 1);
    if (wellFormed(text)) assert.ok(wellFormed(fixed), 'fix all breaks a surrogate pair');
    const sorted = [...all.edits].sort((a, b) => a.range.start - b.range.start);
    assert.equal(fixed.slice(0, sorted[0]!.range.start), text.slice(0, sorted[0]!.range.start), 'fix all changed text before its first edit');
    const last = sorted[sorted.length - 1]!;
    assert.equal(fixed.slice(fixed.length - (text.length - last.range.end)), text.slice(last.range.end), 'fix all changed text after its last edit');
    checkScan(fixed, scan(fixed));
  }
}
