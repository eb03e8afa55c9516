/**
 * Documents' facts as a string table and rows of 32-bit integers: the form the persistent cache
 * stores and index worker threads send back (a transferable buffer and a few hundred distinct
 * strings cost far less to move between threads than a quarter million objects, and the strings
 * are interned once per table rather than once per citation).
 */
import { ISSUER_CLASSES } from '../scan/issuers';
import type { ScanResult } from '../scan/types';
import { cleanValue, IndexedCitation, Interner, type CitationRecord, type DocumentFacts, type MentionRecord, type Pos } from './facts';

/** Integers per citation row. */
export const ROW = 19;
const KINDS = ['party', 'state-legal', 'state-admin'] as const;
const FORMS = ['full', 'short', 'named'] as const;
/** The form column of a mention row. */
const MENTION = 3;

/** Where one document's rows are: [uri string, docDate string or -1, first row, row count, 1 for a draft else 0]. */
export type DocumentRows = [uri: number, docDate: number, first: number, count: number, draft: number];

/** An encoded batch of documents. */
export interface EncodedFacts {
  readonly strings: string[];
  readonly rows: Int32Array;
}

/** Writes the position columns of the row at `o`: start and end as line and character, then as offsets. */
function placeRow(rows: Int32Array, o: number, start: Pos, end: Pos, offset: number, endOffset: number): void {
  rows[o + 7] = start.line;
  rows[o + 8] = start.character;
  rows[o + 9] = end.line;
  rows[o + 10] = end.character;
  rows[o + 11] = offset;
  rows[o + 12] = endOffset;
}

/** Encodes documents' facts; `add` returns where each document's rows are. */
export class FactsWriter {
  readonly strings: string[] = [];
  readonly #ids = new Map<string, number>();
  #rows: Int32Array;
  #count = 0;

  /** `capacity`: the number of rows expected (the cache knows it), so the buffer is allocated once. */
  constructor(capacity = 256) {
    this.#rows = new Int32Array(ROW * Math.max(1, capacity));
  }

  /** The index of a string in the table (-1 for undefined). */
  id(v: string | undefined): number {
    if (v === undefined) return -1;
    let i = this.#ids.get(v);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(v);
      this.#ids.set(v, i);
    }
    return i;
  }

  add(facts: DocumentFacts): DocumentRows {
    const first = this.#count;
    const mentions = facts.mentions ?? [];
    this.#reserve(first + facts.citations.length + mentions.length);
    const rows = this.#rows;
    let o = first * ROW;
    for (const c of facts.citations) {
      rows[o] = this.id(c.key);
      rows[o + 1] = FORMS.indexOf(c.form);
      rows[o + 2] = this.id(c.raw);
      rows[o + 3] = this.id(c.canonical);
      rows[o + 4] = KINDS.indexOf(c.kind);
      rows[o + 5] = this.id(c.type);
      rows[o + 6] = numberCell(c.number);
      placeRow(rows, o, c.range.start, c.range.end, c.offset, c.endOffset);
      rows[o + 13] = this.id(c.typeWord);
      rows[o + 14] = this.id(c.date);
      rows[o + 15] = this.id(c.body);
      rows[o + 16] = this.id(c.term);
      rows[o + 17] = this.id(c.title);
      rows[o + 18] = ISSUER_CLASSES.indexOf(c.issuerClass);
      o += ROW;
    }
    // Mentions follow, in the same row shape.
    for (const m of mentions) {
      this.#mentionRow(o, m, m.typeWord);
      placeRow(rows, o, m.range.start, m.range.end, m.offset, m.endOffset);
      o += ROW;
    }
    const count = facts.citations.length + mentions.length;
    this.#count += count;
    return [this.id(facts.uri), this.id(facts.docDate), first, count, facts.draft ? 1 : 0];
  }

  /**
   * The columns of a mention's row but its position, from a record or from a scan (`typeWord`:
   * its canonical spelling): the key column holds its type codes, the date its year, the body
   * its side; the form column says it is a mention.
   */
  #mentionRow(o: number, m: { readonly codes: readonly string[]; readonly raw: string; readonly number: number; readonly year?: number | undefined; readonly side?: string | undefined }, typeWord: string): void {
    const rows = this.#rows;
    rows.fill(-1, o, o + ROW);
    rows[o] = this.id(m.codes.join('|'));
    rows[o + 1] = MENTION;
    rows[o + 2] = this.id(m.raw);
    rows[o + 6] = numberCell(m.number);
    rows[o + 13] = this.id(typeWord);
    rows[o + 14] = this.id(m.year === undefined ? undefined : String(m.year));
    rows[o + 15] = this.id(m.side);
  }

  /**
   * Encodes a document straight from its scan, with no record objects in between: what index
   * workers send and the one way a scan becomes facts (`summarize` decodes what this writes).
   * `positionAt` maps raw offsets to positions.
   */
  addScan(uri: string, result: ScanResult, positionAt: (offset: number) => Pos, options: { readonly draft?: boolean } = {}): DocumentRows {
    const first = this.#count;
    const cits = result.citations;
    const mentions = result.mentions ?? [];
    this.#reserve(first + cits.length + mentions.length);
    const rows = this.#rows;
    const docDate = result.documentDate?.value.iso;
    let o = first * ROW;
    for (const c of cits) {
      // Short mentions inherit what their full citation says: its type word, and its date and term
      // (they decide identity); they say nothing of body or title themselves.
      const src = c.refersTo !== undefined ? cits[c.refersTo]! : c;
      const sym = c.symbol;
      rows[o] = this.id(sym.key);
      rows[o + 1] = FORMS.indexOf(c.form);
      rows[o + 2] = this.id(c.raw);
      rows[o + 3] = this.id(sym.canonical);
      rows[o + 4] = KINDS.indexOf(sym.kind);
      rows[o + 5] = this.id(sym.type);
      rows[o + 6] = numberCell(sym.number);
      placeRow(rows, o, positionAt(c.range.start), positionAt(c.range.end), c.range.start, c.range.end);
      rows[o + 13] = this.id(c.typeWord?.value ?? src.typeWord?.value);
      rows[o + 14] = this.id(src.date?.value.iso);
      rows[o + 15] = c.form !== 'short' ? this.id(cleanValue(c.body?.value)) : -1;
      rows[o + 16] = this.id(src.term?.value);
      rows[o + 17] = c.form !== 'short' ? this.id(cleanValue(c.title?.value)) : -1;
      rows[o + 18] = ISSUER_CLASSES.indexOf(sym.issuerClass);
      o += ROW;
    }
    for (const m of mentions) {
      this.#mentionRow(o, m, m.typeWord.value);
      placeRow(rows, o, positionAt(m.range.start), positionAt(m.range.end), m.range.start, m.range.end);
      o += ROW;
    }
    const count = cits.length + mentions.length;
    this.#count += count;
    return [this.id(uri), this.id(docDate), first, count, options.draft ? 1 : 0];
  }

  /** Makes room for `rows` rows in all. */
  #reserve(rows: number): void {
    const need = rows * ROW;
    if (need <= this.#rows.length) return;
    const grown = new Int32Array(Math.max(need, this.#rows.length * 2));
    grown.set(this.#rows);
    this.#rows = grown;
  }

  /** Number of rows written. */
  get rowCount(): number {
    return this.#count;
  }

  /** The table and exactly the rows written (a view, not a copy, when the capacity was exact). */
  finish(): EncodedFacts {
    const n = this.#count * ROW;
    return { strings: this.strings, rows: n === this.#rows.length ? this.#rows : this.#rows.slice(0, n) };
  }
}

/**
 * Decodes one document's facts. `strings` may already be interned by the caller. Throws on rows
 * that do not fit the table (a corrupt cache): callers that read from disk catch it.
 */
export function readFacts(strings: readonly string[], rows: Int32Array, [uriIdx, docDateIdx, first, count, draft]: DocumentRows): DocumentFacts {
  if (first < 0 || count < 0 || (first + count) * ROW > rows.length) throw new Error('truncated rows');
  const str = (i: number): string | undefined => {
    if (i === -1) return undefined;
    const v = strings[i];
    if (v === undefined) throw new Error('string index out of range');
    return v;
  };
  const uri = str(uriIdx);
  if (uri === undefined) throw new Error('document without a URI');
  const docDate = str(docDateIdx);
  const citations: CitationRecord[] = [];
  const mentions: MentionRecord[] = [];
  for (let r = first; r < first + count; r++) {
    const o = r * ROW;
    if (rows[o + 1] === MENTION) {
      mentions.push(readMention(str, rows, o, uri, docDate));
      continue;
    }
    const kind = KINDS[rows[o + 4]!];
    const issuerClass = ISSUER_CLASSES[rows[o + 18]!];
    const number = rows[o + 6]! / 100;
    const key = str(rows[o]!);
    const raw = str(rows[o + 2]!);
    const canonical = str(rows[o + 3]!);
    if (!kind || !issuerClass || key === undefined || raw === undefined || canonical === undefined) throw new Error('corrupt row');
    const typeWord = str(rows[o + 13]!);
    const date = str(rows[o + 14]!);
    const body = str(rows[o + 15]!);
    const title = str(rows[o + 17]!);
    const form = FORMS[rows[o + 1]!];
    if (!form) throw new Error('corrupt row');
    citations.push(new IndexedCitation({
      uri, key, form, raw, canonical, kind, issuerClass, type: str(rows[o + 5]!), number,
      startLine: rows[o + 7]!, startCharacter: rows[o + 8]!, endLine: rows[o + 9]!, endCharacter: rows[o + 10]!,
      offset: rows[o + 11]!, endOffset: rows[o + 12]!,
      typeWord, date, body, term: str(rows[o + 16]!), title, docDate,
    }));
  }
  return { uri, citations, docDate, ...(draft === 1 && { draft: true }), ...(mentions.length > 0 && { mentions }) };
}

/** Decodes a mention row (see `FactsWriter.add`). */
function readMention(str: (i: number) => string | undefined, rows: Int32Array, o: number, uri: string, docDate: string | undefined): MentionRecord {
  const codes = str(rows[o]!);
  const raw = str(rows[o + 2]!);
  const typeWord = str(rows[o + 13]!);
  const number = rows[o + 6]! / 100;
  if (codes === undefined || raw === undefined || typeWord === undefined) throw new Error('corrupt row');
  const year = str(rows[o + 14]!);
  const side = str(rows[o + 15]!);
  if (side !== undefined && side !== 'party' && side !== 'state') throw new Error('corrupt row');
  return {
    uri, raw, typeWord, codes: codes === '' ? [] : codes.split('|'), number,
    ...(year !== undefined && { year: Number(year) }), ...(side && { side }),
    range: { start: { line: rows[o + 7]!, character: rows[o + 8]! }, end: { line: rows[o + 9]!, character: rows[o + 10]! } },
    offset: rows[o + 11]!, endOffset: rows[o + 12]!, ...(docDate && { docDate }),
  };
}

/** A number as its cell: hundredths, so that the split numbers of the Government (`66.2`, two decimals at most) stay exact. */
function numberCell(n: number): number {
  return Math.round(n * 100);
}

/**
 * Builds the facts of a document from its scan: encoded as rows (`FactsWriter.addScan`) and
 * decoded, so that a document scanned here and one a worker scanned are the same facts.
 * `positionAt` maps raw offsets to positions (`TextDocument.positionAt` for an open document, a
 * `LineIndex` for a file); strings are shared through `interner`.
 */
export function summarize(uri: string, result: ScanResult, positionAt: (offset: number) => Pos, interner = new Interner(), options: { readonly draft?: boolean } = {}): DocumentFacts {
  const writer = new FactsWriter(result.citations.length + (result.mentions?.length ?? 0));
  const where = writer.addScan(uri, result, positionAt, options);
  const { strings, rows } = writer.finish();
  return readFacts(strings.map((s) => interner.get(s)), rows, where);
}
