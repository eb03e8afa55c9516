/**
 * What the workspace index keeps of a document: a compact record per citation, with positions
 * computed once at the edge (the text of closed files is not kept — memory follows citations,
 * not text).
 */
import type { Citation, ScanResult } from '../scan/types';

/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface Pos {
  readonly line: number;
  readonly character: number;
}

/** A range in line/character positions. */
export interface PosRange {
  readonly start: Pos;
  readonly end: Pos;
}

/** One citation as the index keeps it. */
export interface CitationRecord {
  readonly uri: string;
  /** Symbol key (`290-QĐ/TW`). */
  readonly key: string;
  readonly form: 'full' | 'short';
  /** The symbol (or short mention) as written. */
  readonly raw: string;
  readonly canonical: string;
  readonly kind: 'party' | 'state-legal' | 'state-admin';
  readonly type: string | undefined;
  readonly number: number;
  readonly range: PosRange;
  /** Offsets of the symbol in the raw text. */
  readonly offset: number;
  readonly endOffset: number;
  readonly typeWord?: string;
  /** ISO date of the directive as the citation gives it (valid dates only). */
  readonly date?: string;
  readonly body?: string;
  readonly term?: string;
  readonly title?: string;
  /** The citing document's own date (ISO), if known. */
  readonly docDate?: string;
  /** How full the citation is: one point each for type word, date, body, title. */
  readonly fullness: number;
}

/** What the index keeps of one document. */
export interface DocumentFacts {
  readonly uri: string;
  readonly docDate?: string;
  readonly citations: readonly CitationRecord[];
}

/** How full a citation is: one point each for type word, date, body and title; short mentions have none. */
export function fullnessOf(form: 'full' | 'short', ...parts: (string | undefined)[]): number {
  return form === 'short' ? 0 : parts.filter((p) => p !== undefined).length;
}

/** Strings repeat across thousands of articles (bodies, titles, type words): keep one copy. */
export class Interner {
  readonly #map = new Map<string, string>();
  /** The shared copy of `s`. */
  get(s: string): string;
  get(s: string | undefined): string | undefined;
  get(s: string | undefined): string | undefined {
    if (s === undefined) return undefined;
    const have = this.#map.get(s);
    if (have !== undefined) return have;
    // `s` is usually a slice of a whole file's text, which it would keep alive: store a copy.
    const copy = (' ' + s).slice(1);
    this.#map.set(copy, copy);
    return copy;
  }
  get size(): number {
    return this.#map.size;
  }
}

/** Normalises what a citation says for comparison and display: NFC, single spaces. */
export function cleanValue(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = s.normalize('NFC').replace(/[\s\u00A0]+/gu, ' ').trim();
  return t === '' ? undefined : t;
}

/**
 * Builds the facts of a document from its scan. `positionAt` maps raw offsets to positions
 * (the LSP layer passes `TextDocument.positionAt`).
 */
export function summarize(uri: string, result: ScanResult, positionAt: (offset: number) => Pos, interner = new Interner()): DocumentFacts {
  const docDate = result.documentDate?.value.iso;
  const citations = result.citations.map((c) => toRecord(uri, c, result, positionAt, interner, docDate));
  return { uri, citations, docDate };
}

function toRecord(uri: string, c: Citation, result: ScanResult, positionAt: (o: number) => Pos, interner: Interner, docDate: string | undefined): CitationRecord {
  // Short mentions inherit what their full citation says.
  const src = c.refersTo !== undefined ? result.citations[c.refersTo]! : c;
  const typeWord = interner.get(c.typeWord?.value ?? src.typeWord?.value);
  // A short mention names the same directive as its full citation: it shares its date and term
  // (they decide identity), but says nothing of body or title itself.
  const date = src.date?.value.iso;
  const body = c.form === 'full' ? interner.get(cleanValue(c.body?.value)) : undefined;
  const term = interner.get(src.term?.value);
  const title = c.form === 'full' ? interner.get(cleanValue(c.title?.value)) : undefined;
  const fullness = fullnessOf(c.form, typeWord, date, body, title);
  // One object shape for every record (no conditional spreads): fast to build and to read.
  return {
    uri,
    key: interner.get(c.symbol.key),
    form: c.form,
    raw: interner.get(c.raw),
    canonical: interner.get(c.symbol.canonical),
    kind: c.symbol.kind,
    type: c.symbol.type,
    number: c.symbol.number,
    range: { start: positionAt(c.range.start), end: positionAt(c.range.end) },
    offset: c.range.start,
    endOffset: c.range.end,
    typeWord,
    date,
    body,
    term,
    title,
    docDate,
    fullness,
  };
}
