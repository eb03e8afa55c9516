/**
 * Parses a catalog file (`vanban.catalog.yaml` / `.json`) into entries and problems. Parsing never
 * fails: a broken entry is reported where it is and skipped, the others still load.
 *
 * File format (YAML; JSON is the same structure, and is read by the same YAML parser so that
 * positions work alike):
 *
 *   directives:
 *     - symbol: 290-QĐ/TW
 *       type: Quyết định
 *       body: Bộ Chính trị
 *       date: 2010-02-25
 *       title: ban hành Quy chế công tác dân vận của hệ thống chính trị
 *       relations:
 *         - { kind: replacedBy, symbol: 23-QĐ/TW, date: 2021-07-30 }
 *       source: https://…
 *       confidence: sourced
 *
 * A top-level list of entries (without `directives:`) is accepted too.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { matchSymbolAt } from '../scan/symbol';
import type { Fix, OffsetRange, Problem, SymbolKey } from '../scan/types';
import { foldIssuer, typeWordFor, typeWordOf } from '../scan/vocabulary';
import { CONFIDENCES, ENTRY_FIELDS, isTerm, RELATION_FIELDS, RELATION_KINDS, STATUSES, TOP_FIELDS } from './fields';
import { sameDirective } from './identity';
import './messages';
import type {
  CatalogEntry, CatalogFormat, CatalogOrigin, Confidence, EntryField, EntryStatus, ParsedCatalog, Relation, RelationKind,
} from './types';

/** Parses a catalog file. `origin` is `workspace` for files of the workspace (the default). */
export function parseCatalog(text: string, format: CatalogFormat, uri: string, origin: CatalogOrigin = 'workspace'): ParsedCatalog {
  const out = new Collector(text, uri, origin);
  try {
    readFile(text, format, out);
  } catch (e) {
    // The walk below is defensive, but a bug must not cost the user the whole catalog.
    out.problem('catalog-syntax', { start: 0, end: Math.min(1, text.length) }, { message: String(e) });
  }
  out.checkDuplicates();
  return { uri, format, entries: out.entries, problems: out.problems };
}

/** Parses a symbol written alone (a catalog value): its key and defects, or undefined. */
export function parseSymbol(written: string): { key: SymbolKey; canonical: boolean } | undefined {
  const t = written.normalize('NFC').trim();
  const m = matchSymbolAt(t, 0);
  if (!m || m.end !== t.length) return undefined;
  return { key: m.symbol, canonical: m.defects.length === 0 && m.symbol.canonical === t };
}

/** Reads `yyyy-mm-dd` (or `d/m/yyyy`) into an ISO date, or undefined when it is no real date. */
export function parseCatalogDate(s: string): string | undefined {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

class Collector {
  readonly entries: CatalogEntry[] = [];
  readonly problems: Problem[] = [];
  constructor(readonly text: string, readonly uri: string, readonly origin: CatalogOrigin) {}

  problem(code: string, range: OffsetRange, args: Record<string, string>, fixes: Fix[] = []): void {
    // The YAML parser may point one past the end of the text (an unclosed quote at the very end).
    const n = this.text.length;
    const start = Math.max(0, Math.min(range.start, n));
    this.problems.push({ code, range: { start, end: Math.max(start, Math.min(range.end, n)) }, args, fixes });
  }

  line(offset: number): number {
    let n = 1;
    for (let i = 0; i < offset && i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) n++;
    return n;
  }

  /** Two entries for the same directive (see `sameDirective`): the second is reported, pointing at the first. */
  checkDuplicates(): void {
    const byKey = new Map<string, CatalogEntry[]>();
    for (const e of this.entries) {
      const seen = byKey.get(e.key.key) ?? [];
      const first = seen.find((x) => sameDirective(x, e));
      if (first) {
        const r = e.ranges!.values.symbol ?? e.ranges!.entry;
        this.problem('catalog-duplicate', r, { symbol: e.symbol, line: String(this.line(first.ranges!.entry.start)) });
      } else byKey.set(e.key.key, [...seen, e]);
    }
  }
}

type Range3 = [number, number, number];

function rangeOf(node: { range?: Range3 | null } | null | undefined, base: number): OffsetRange | undefined {
  const r = node?.range;
  return r ? { start: base + r[0], end: base + r[1] } : undefined;
}

function readFile(text: string, format: CatalogFormat, out: Collector): void {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length === 0) {
    readTop(doc.contents as Node | null, 0, out);
    return;
  }
  // A syntax error makes the YAML parser swallow what follows it. Recover entry by entry: cut the
  // list into items and parse each alone, so that one broken entry does not hide the others.
  const chunks = format === 'json' ? splitJsonItems(text) : splitYamlItems(text);
  if (chunks.length === 0) {
    for (const e of doc.errors) out.problem('catalog-syntax', errorRange(text, 0, e.pos), { message: firstLine(e.message) });
    readTop(doc.contents as Node | null, 0, out);
    return;
  }
  // Errors of the whole-file parse inside an item are reported by that item's own parse; of the
  // others only the first is real (a missing comma between two items), the rest are its echoes.
  const gapError = doc.errors.find((e) => !chunks.some((c) => e.pos[0] > c.start && e.pos[0] <= c.end));
  if (gapError) out.problem('catalog-syntax', errorRange(text, 0, gapError.pos), { message: firstLine(gapError.message) });
  for (const c of chunks) {
    const chunk = text.slice(c.start, c.end);
    const part = parseDocument(chunk, { prettyErrors: false, uniqueKeys: true });
    if (part.errors.length > 0) {
      const e = part.errors[0]!;
      const unclosed = e.code === 'MISSING_CHAR' && /quote/i.test(e.message) ? unclosedQuote(chunk) : undefined;
      const range = unclosed ? { start: c.start + unclosed.start, end: c.start + unclosed.end } : errorRange(text, c.start, e.pos);
      out.problem('catalog-syntax', range, { message: firstLine(e.message) });
      continue;
    }
    const node = part.contents as Node | null;
    if (isSeq(node)) for (const item of node.items) readEntry(item as Node, c.start, out);
    else if (node) readEntry(node, c.start, out);
  }
}

/** A non-empty range for an error position: the position, else the rest of its line. */
function errorRange(text: string, base: number, pos: readonly [number, number]): OffsetRange {
  const start = Math.min(base + pos[0], text.length);
  if (pos[1] > pos[0]) return { start, end: base + pos[1] };
  const nl = text.indexOf('\n', start);
  return { start, end: Math.max(start, nl < 0 ? text.length : nl) };
}

/** Where a quote that is never closed opens: the first line with an odd number of quotes, to its end. */
function unclosedQuote(chunk: string): OffsetRange | undefined {
  let offset = 0;
  for (const line of chunk.split('\n')) {
    const quotes = [...line.matchAll(/"/g)].filter((m) => line[m.index - 1] !== '\\');
    if (quotes.length % 2 === 1) {
      const at = quotes[quotes.length - 1]!.index;
      return { start: offset + at, end: offset + line.replace(/\r$/, '').length };
    }
    offset += line.length + 1;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function readTop(node: Node | null, base: number, out: Collector): void {
  if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) return;
  if (isSeq(node)) {
    for (const item of node.items) readEntry(item as Node, base, out);
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyName(pair);
      const kr = rangeOf(pair.key as Node, base)!;
      if (key === 'directives') {
        const v = pair.value as Node | null;
        if (v === null || (isScalar(v) && v.value === null)) continue;
        if (!isSeq(v)) {
          out.problem('catalog-bad-value', rangeOf(v, base) ?? kr, { field: 'directives', expected: 'a list' });
          continue;
        }
        for (const item of v.items) readEntry(item as Node, base, out);
      } else if (key !== 'version' && key !== '$schema') {
        unknownField(key, pair.key as Node, kr, TOP_FIELDS.map((f) => f.name), out);
      }
    }
    return;
  }
  out.problem('catalog-bad-value', rangeOf(node, base) ?? { start: 0, end: 0 }, { field: 'directives', expected: 'a list' });
}

function keyName(pair: Pair): string {
  const k = pair.key as Node | null;
  return isScalar(k) ? String(k.value) : '';
}

/** Closest known name within two edits, to suggest a rename. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

function unknownField(name: string, keyNode: Node | null, range: OffsetRange, known: readonly string[], out: Collector): void {
  const suggestion = closest(name, known);
  const newText = suggestion && isScalar(keyNode) ? quoteLike(keyNode, suggestion) : suggestion;
  const fixes: Fix[] = suggestion && newText
    ? [{ kind: 'catalog-rename-field', args: { field: suggestion }, edits: [{ range, newText }], preferred: true }]
    : [];
  out.problem('catalog-unknown-field', range, { field: name, hint: suggestion ? ` (${suggestion}?)` : '' }, fixes);
}

/** The text of a scalar value, or undefined for null; reports other node kinds. */
function scalarText(node: Node | null, field: string, base: number, out: Collector, fallback: OffsetRange): string | undefined {
  if (node === null) return undefined;
  if (!isScalar(node)) {
    out.problem('catalog-bad-value', rangeOf(node, base) ?? fallback, { field, expected: 'a single value' });
    return undefined;
  }
  if (node.value === null || node.value === undefined) return undefined;
  const s = String(node.value).trim();
  return s === '' ? undefined : s;
}

function quoteLike(node: Scalar, value: string): string {
  if (node.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (node.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  return value;
}

type Draft = { -readonly [K in keyof CatalogEntry]?: CatalogEntry[K] };

function readEntry(node: Node | null, base: number, out: Collector): void {
  if (!isMap(node)) {
    const r = rangeOf(node, base);
    if (r) out.problem('catalog-bad-value', r, { field: 'directives', expected: 'a list of entries (mappings)' });
    return;
  }
  const map = node as YAMLMap;
  const entryRange = rangeOf(map, base)!;
  const keys: Partial<Record<EntryField, OffsetRange>> = {};
  const values: Partial<Record<EntryField, OffsetRange>> = {};
  const d: Draft = {};
  let key: SymbolKey | undefined;
  let symbolNode: Scalar | undefined;
  const checks: (() => void)[] = [];
  for (const pair of map.items) {
    const name = keyName(pair);
    const kr = rangeOf(pair.key as Node, base)!;
    const v = pair.value as Node | null;
    const vr = rangeOf(v, base) ?? { start: kr.end, end: kr.end };
    if (!ENTRY_FIELDS.some((f) => f.name === name)) {
      unknownField(name, pair.key as Node, kr, ENTRY_FIELDS.map((f) => f.name), out);
      continue;
    }
    const field = name as EntryField;
    keys[field] = kr;
    values[field] = vr;
    switch (field) {
      case 'symbol': {
        const s = scalarText(v, field, base, out, kr);
        if (s === undefined) break;
        const parsed = parseSymbol(s);
        if (!parsed) {
          out.problem('catalog-bad-symbol', vr, { value: s, hint: '' });
          break;
        }
        key = parsed.key;
        symbolNode = v as Scalar;
        d.symbol = s.normalize('NFC');
        if (!parsed.canonical) {
          const canonical = parsed.key.canonical;
          out.problem('catalog-bad-symbol', vr, { value: s, hint: ` → ${canonical}` },
            [{ kind: 'catalog-canonical-symbol', args: { canonical }, edits: [{ range: vr, newText: quoteLike(symbolNode, canonical) }], preferred: true }]);
          d.symbol = canonical;
        }
        break;
      }
      case 'date': case 'statusDate': {
        const s = scalarText(v, field, base, out, kr);
        if (s === undefined) break;
        const iso = parseCatalogDate(s);
        if (!iso) out.problem('catalog-bad-date', vr, { value: s });
        else d[field] = iso;
        break;
      }
      case 'term': {
        const s = scalarText(v, field, base, out, kr)?.toUpperCase();
        if (s === undefined) break;
        if (!isTerm(s)) out.problem('catalog-bad-enum', vr, { field, value: s, allowed: 'I, II, …, XIII, XIV' });
        else d.term = s;
        break;
      }
      case 'status': {
        const s = scalarText(v, field, base, out, kr);
        if (s === undefined) break;
        if (!(STATUSES as readonly string[]).includes(s)) out.problem('catalog-bad-enum', vr, { field, value: s, allowed: STATUSES.join(', ') });
        else d.status = s as EntryStatus;
        break;
      }
      case 'confidence': {
        const s = scalarText(v, field, base, out, kr);
        if (s === undefined) break;
        if (!(CONFIDENCES as readonly string[]).includes(s)) out.problem('catalog-bad-enum', vr, { field, value: s, allowed: CONFIDENCES.join(', ') });
        else d.confidence = s as Confidence;
        break;
      }
      case 'relations':
        d.relations = readRelations(v, base, out, vr);
        break;
      case 'aliases': {
        if (v === null) break;
        if (isSeq(v)) {
          d.aliases = v.items.map((i) => scalarText(i as Node, field, base, out, vr)).filter((s): s is string => s !== undefined);
        } else {
          const s = scalarText(v, field, base, out, kr);
          if (s !== undefined) d.aliases = [s];
        }
        break;
      }
      case 'number': {
        const s = scalarText(v, field, base, out, kr);
        if (s === undefined) break;
        if (!/^\d{1,5}$/.test(s)) out.problem('catalog-bad-value', vr, { field, expected: 'a number' });
        else checks.push(() => {
          if (key && Number(s) !== key.number) out.problem('catalog-field-mismatch', vr, { field, value: s, expected: String(key.number) });
        });
        break;
      }
      case 'issuer': {
        const s = scalarText(v, field, base, out, kr);
        if (s === undefined) break;
        checks.push(() => {
          const folded = s.normalize('NFC').split('-').map(foldIssuer).join('-');
          if (key && folded !== key.issuers.join('-')) out.problem('catalog-field-mismatch', vr, { field, value: s, expected: key.issuers.join('-') });
        });
        break;
      }
      case 'type': {
        const s = scalarText(v, field, base, out, kr);
        if (s === undefined) break;
        const tw = typeWordOf(s.normalize('NFC'));
        if (!tw) {
          out.problem('catalog-bad-enum', vr, { field, value: s, allowed: 'Nghị quyết, Quyết định, Quy định, Chỉ thị, Kết luận, …' });
          break;
        }
        d.type = tw.word;
        checks.push(() => {
          if (key?.type && tw.codes.length > 0 && !tw.codes.includes(key.type)) {
            out.problem('catalog-field-mismatch', vr, { field, value: s, expected: key.type });
          }
        });
        break;
      }
      default: {
        const s = scalarText(v, field, base, out, kr);
        if (s !== undefined) (d as Record<string, unknown>)[field] = s.normalize('NFC');
      }
    }
  }
  if (!keys.symbol) {
    const firstLineEnd = out.text.indexOf('\n', entryRange.start);
    out.problem('catalog-missing-field', { start: entryRange.start, end: firstLineEnd < 0 || firstLineEnd > entryRange.end ? entryRange.end : firstLineEnd }, { field: 'symbol' });
    return;
  }
  if (!key) return;
  for (const c of checks) c();
  const type = d.type ?? typeWordFor(key.type, key.kind === 'party' ? 'party' : 'state');
  const entry: CatalogEntry = {
    symbol: d.symbol!,
    key,
    ...(type !== undefined && { type }),
    number: key.number,
    issuer: key.issuers.join('-'),
    ...(d.body !== undefined && { body: d.body }),
    ...(d.date !== undefined && { date: d.date }),
    ...(d.term !== undefined && { term: d.term }),
    ...(d.locality !== undefined && { locality: d.locality }),
    ...(d.title !== undefined && { title: d.title }),
    status: d.status ?? 'unknown',
    ...(d.statusDate !== undefined && { statusDate: d.statusDate }),
    relations: d.relations ?? [],
    ...(d.source !== undefined && { source: d.source }),
    ...(d.confidence !== undefined && { confidence: d.confidence }),
    aliases: d.aliases ?? [],
    ...(d.notes !== undefined && { notes: d.notes }),
    origin: out.origin,
    uri: out.uri,
    ranges: { entry: entryRange, keys, values },
  };
  out.entries.push(entry);
}

function readRelations(node: Node | null, base: number, out: Collector, fallback: OffsetRange): Relation[] {
  if (node === null) return [];
  if (!isSeq(node)) {
    out.problem('catalog-bad-value', rangeOf(node, base) ?? fallback, { field: 'relations', expected: 'a list of { kind, symbol, date }' });
    return [];
  }
  const rels: Relation[] = [];
  for (const item of node.items as (Node | null)[]) {
    const ir = rangeOf(item, base) ?? fallback;
    if (!isMap(item)) {
      out.problem('catalog-bad-relation', ir, { reason: 'expected { kind, symbol, date }' });
      continue;
    }
    let kind: RelationKind | undefined;
    let symbol: string | undefined;
    let key: SymbolKey | undefined;
    let symbolRange: OffsetRange | undefined;
    let date: string | undefined;
    let note: string | undefined;
    let broken = false;
    for (const pair of (item as YAMLMap).items) {
      const name = keyName(pair);
      const kr = rangeOf(pair.key as Node, base)!;
      const v = pair.value as Node | null;
      const vr = rangeOf(v, base) ?? { start: kr.end, end: kr.end };
      if (!RELATION_FIELDS.some((f) => f.name === name)) {
        unknownField(name, pair.key as Node, kr, RELATION_FIELDS.map((f) => f.name), out);
        continue;
      }
      const s = scalarText(v, `relations.${name}`, base, out, kr);
      if (s === undefined) continue;
      if (name === 'kind') {
        if (!(RELATION_KINDS as readonly string[]).includes(s)) {
          out.problem('catalog-bad-enum', vr, { field: 'kind', value: s, allowed: RELATION_KINDS.join(', ') });
          broken = true;
        } else kind = s as RelationKind;
      } else if (name === 'symbol') {
        const parsed = parseSymbol(s);
        if (!parsed) {
          out.problem('catalog-bad-relation', vr, { reason: `"${s}" is not a directive symbol` });
          broken = true;
        } else {
          symbol = parsed.canonical ? s.normalize('NFC') : parsed.key.canonical;
          key = parsed.key;
          symbolRange = vr;
        }
      } else if (name === 'date') {
        date = parseCatalogDate(s);
        if (!date) out.problem('catalog-bad-date', vr, { value: s });
      } else note = s;
    }
    if (broken) continue;
    if (!kind || !symbol || !key) {
      out.problem('catalog-bad-relation', ir, { reason: !kind ? 'missing "kind"' : 'missing "symbol"' });
      continue;
    }
    rels.push({ kind, symbol, key, ...(date && { date }), ...(note && { note }), range: ir, ...(symbolRange && { symbolRange }) });
  }
  return rels;
}

/** Cuts a YAML list of entries into items: each starts with `-` at the list's indentation. */
function splitYamlItems(text: string): OffsetRange[] {
  const lines: { start: number; end: number; text: string }[] = [];
  for (let s = 0; s < text.length; ) {
    const nl = text.indexOf('\n', s);
    const e = nl < 0 ? text.length : nl + 1;
    lines.push({ start: s, end: e, text: text.slice(s, e).replace(/\r?\n$/, '') });
    s = e;
  }
  let i = 0;
  let indent = -1;
  for (; i < lines.length; i++) {
    const m = /^( *)-(?: |$)/.exec(lines[i]!.text);
    if (m) {
      indent = m[1]!.length;
      break;
    }
  }
  if (indent < 0) return [];
  const item = new RegExp(`^ {${indent}}-(?: |$)`);
  const chunks: OffsetRange[] = [];
  let start = lines[i]!.start;
  let end = lines[i]!.end;
  for (i++; i < lines.length; i++) {
    const l = lines[i]!;
    if (item.test(l.text)) {
      chunks.push({ start, end });
      start = l.start;
    } else if (l.text.trim() !== '' && !l.text.trimStart().startsWith('#') && /^ */.exec(l.text)![0].length <= indent) {
      // A line less indented than the items ends the list (another top-level key).
      break;
    }
    end = l.end;
  }
  chunks.push({ start, end });
  return chunks;
}

/** Cuts a JSON array of entries into its top-level `{ … }` objects, respecting strings. */
function splitJsonItems(text: string): OffsetRange[] {
  let open = -1;
  const m = /"directives"\s*:\s*\[/.exec(text);
  if (m) open = m.index + m[0].length - 1;
  else {
    const first = /\S/.exec(text);
    if (first && first[0] === '[') open = first.index;
  }
  if (open < 0) return [];
  const chunks: OffsetRange[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"' || c === '\n') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0 && c === '{') start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
      if (depth === 0 && c === '}' && start >= 0) {
        chunks.push({ start, end: i + 1 });
        start = -1;
      }
    }
  }
  if (start >= 0) chunks.push({ start, end: text.length });
  return chunks;
}
