/**
 * What the workspace index keeps of a document: a compact record per citation, with positions
 * computed once at the edge (the text of closed files is not kept — memory follows citations,
 * not text).
 */
import type { CitationForm, IssuerClass } from '../scan/types';

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
  readonly form: CitationForm;
  /** The symbol (or short mention) as written. */
  readonly raw: string;
  readonly canonical: string;
  readonly kind: 'party' | 'state-legal' | 'state-admin';
  /** Who issued it, by the issuer vocabulary (`core/scan/issuers.ts`). */
  readonly issuerClass: IssuerClass;
  readonly type: string | undefined;
  /** The number (`66.2` for the split numbers of the Government). */
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

/** What a record is made of: its range as four numbers, no `range` or `fullness` (computed). */
export type RecordFields = Omit<CitationRecord, 'range' | 'fullness'> & {
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
  readonly endCharacter: number;
};

/**
 * The one implementation of `CitationRecord`. A workspace holds hundreds of thousands of them, so
 * a record is one object of plain fields: its range is four numbers, made into the nested LSP
 * shape only when asked (three objects less per citation: 10k articles, 22 MB less and less GC),
 * and its fullness is counted when asked.
 */
export class IndexedCitation implements CitationRecord {
  readonly uri: string;
  readonly key: string;
  readonly form: CitationForm;
  readonly raw: string;
  readonly canonical: string;
  readonly kind: 'party' | 'state-legal' | 'state-admin';
  readonly issuerClass: IssuerClass;
  readonly type: string | undefined;
  readonly number: number;
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  offset: number;
  endOffset: number;
  readonly typeWord: string | undefined;
  readonly date: string | undefined;
  readonly body: string | undefined;
  readonly term: string | undefined;
  readonly title: string | undefined;
  readonly docDate: string | undefined;

  constructor(f: RecordFields) {
    this.uri = f.uri;
    this.key = f.key;
    this.form = f.form;
    this.raw = f.raw;
    this.canonical = f.canonical;
    this.kind = f.kind;
    this.issuerClass = f.issuerClass;
    this.type = f.type;
    this.number = f.number;
    this.startLine = f.startLine;
    this.startCharacter = f.startCharacter;
    this.endLine = f.endLine;
    this.endCharacter = f.endCharacter;
    this.offset = f.offset;
    this.endOffset = f.endOffset;
    this.typeWord = f.typeWord;
    this.date = f.date;
    this.body = f.body;
    this.term = f.term;
    this.title = f.title;
    this.docDate = f.docDate;
  }

  get range(): PosRange {
    return { start: { line: this.startLine, character: this.startCharacter }, end: { line: this.endLine, character: this.endCharacter } };
  }

  get fullness(): number {
    return fullnessOf(this.form, this.typeWord, this.date, this.body, this.title);
  }

  /** Moves the record to where the same citation is in a new version of its document. */
  moveTo(other: CitationRecord): void {
    const { start, end } = other.range;
    this.startLine = start.line;
    this.startCharacter = start.character;
    this.endLine = end.line;
    this.endCharacter = end.character;
    this.offset = other.offset;
    this.endOffset = other.endOffset;
  }
}

/**
 * A short mention the text's own citations do not explain ("Chỉ thị số 05"), as the index keeps
 * it: what the catalog resolves it by (`catalog/mentions.ts`), and where it is.
 */
export interface MentionRecord {
  readonly uri: string;
  readonly raw: string;
  /** The type word's canonical spelling ("Chỉ thị"). */
  readonly typeWord: string;
  readonly codes: readonly string[];
  readonly number: number;
  readonly year?: number;
  readonly side?: 'party' | 'state';
  readonly range: PosRange;
  readonly offset: number;
  readonly endOffset: number;
  readonly docDate?: string;
}

/** What the index keeps of one document. */
export interface DocumentFacts {
  readonly uri: string;
  readonly docDate?: string;
  /**
   * A draft being written (`isDraft`: untitled, in a drafts folder, or declared so by its front
   * matter) rather than an article. Drafts do not vouch for what they cite: they count neither as
   * citing articles (code lenses, the status bar) nor towards what the corpus says (the catalog).
   */
  readonly draft?: boolean;
  /** Its short mentions that no citation of its own explains, in text order (absent when none). */
  readonly mentions?: readonly MentionRecord[];
  readonly citations: readonly CitationRecord[];
}

/** How full a citation is: one point each for type word, date, body and title; short mentions have none. */
export function fullnessOf(form: CitationForm, ...parts: (string | undefined)[]): number {
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
  let t = s.normalize('NFC');
  // Most values have single spaces and nothing around them: no copies made for them.
  if (MESSY.test(t)) t = t.replace(/\s+/gu, ' ').trim();
  return t === '' ? undefined : t;
}

/** What `cleanValue` changes besides NFC: a space other than U+0020, two in a row, one at either end. */
const MESSY = /[^\S ]| {2}|^ | $/u;
