/**
 * The persistent index cache: per-file facts keyed by path, size and modification time, versioned
 * by the scanner version, so that a warm start does not re-read and re-scan unchanged files.
 *
 * Stored as two files in the cache folder: `index.json` (a header, the string table and the file
 * table) and `index.bin` (every citation as a row of 32-bit integers). Anything unreadable,
 * foreign or from another scanner version is ignored and rebuilt — never trusted blindly.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fullnessOf, type CitationRecord, type DocumentFacts } from '../core/index/facts';
import { SCANNER_VERSION } from '../core/scan/scanner';

/** Changes whenever the layout below changes. */
const FORMAT = 1;
const MAGIC = 'vanban-index-cache';
/** Integers per citation row. */
const ROW = 18;
const KINDS = ['party', 'state-legal', 'state-admin'] as const;

interface Header {
  magic: string;
  format: number;
  scanner: number;
  strings: string[];
  /** Number of citation rows in `index.bin`: a mismatched pair of files is rejected. */
  rows: number;
  /** [path, size, mtimeMs, uri, docDate string index or -1, first row, row count] */
  files: [string, number, number, number, number, number, number][];
}

/** A file's facts as cached, valid for the given size and modification time. */
interface Entry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly facts: DocumentFacts;
}

export class IndexCache {
  readonly #entries = new Map<string, Entry>();
  #dirty = false;

  private constructor(readonly dir: string) {}

  /** Opens the cache in `dir`, loading what is there when it is valid. Never throws. */
  static async open(dir: string, log: (m: string) => void): Promise<IndexCache> {
    const cache = new IndexCache(dir);
    try {
      await cache.#load();
    } catch (e) {
      cache.#entries.clear();
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log(`[cache] ignored: ${(e as Error).message}`);
    }
    return cache;
  }

  /** Number of files in the cache. */
  get size(): number {
    return this.#entries.size;
  }

  /** The cached facts of a file, when its size and modification time are unchanged. */
  lookup(file: string, size: number, mtimeMs: number): DocumentFacts | undefined {
    const e = this.#entries.get(file);
    return e && e.size === size && e.mtimeMs === mtimeMs ? e.facts : undefined;
  }

  /** Records the facts of a file. */
  store(file: string, size: number, mtimeMs: number, facts: DocumentFacts): void {
    this.#entries.set(file, { size, mtimeMs, facts });
    this.#dirty = true;
  }

  /** Forgets a file. */
  delete(file: string): void {
    if (this.#entries.delete(file)) this.#dirty = true;
  }

  /** Keeps only the given files. */
  retain(files: ReadonlySet<string>): void {
    for (const f of this.#entries.keys()) if (!files.has(f)) this.delete(f);
  }

  async #load(): Promise<void> {
    const [json, bin] = await Promise.all([fs.readFile(path.join(this.dir, 'index.json'), 'utf8'), fs.readFile(path.join(this.dir, 'index.bin'))]);
    const h = JSON.parse(json) as Header;
    if (h.magic !== MAGIC || h.format !== FORMAT || h.scanner !== SCANNER_VERSION) throw new Error('cache from another version');
    if (bin.byteLength !== h.rows * ROW * 4) throw new Error('index.bin does not match index.json');
    const rows = new Int32Array(bin.buffer, bin.byteOffset, bin.byteLength / 4);
    const s = h.strings;
    const str = (i: number): string | undefined => (i < 0 ? undefined : s[i]);
    for (const [file, size, mtimeMs, uriIdx, docDateIdx, first, count] of h.files) {
      if ((first + count) * ROW > rows.length) throw new Error('truncated cache');
      const uri = s[uriIdx]!;
      const docDate = str(docDateIdx);
      const citations: CitationRecord[] = [];
      for (let r = first; r < first + count; r++) {
        const o = r * ROW;
        const x = (k: number) => rows[o + k]!;
        const kind = KINDS[x(4)];
        if (!kind) throw new Error('corrupt cache row');
        const typeWord = str(x(13));
        const date = str(x(14));
        const body = str(x(15));
        const title = str(x(17));
        const form = x(1) ? 'short' : 'full';
        // One object shape for every record (no spreads): fast to build and to read.
        citations.push({
          uri, key: s[x(0)]!, form, raw: s[x(2)]!, canonical: s[x(3)]!, kind, type: str(x(5)), number: x(6),
          range: { start: { line: x(7), character: x(8) }, end: { line: x(9), character: x(10) } },
          offset: x(11), endOffset: x(12),
          typeWord, date, body, term: str(x(16)), title, docDate,
          fullness: fullnessOf(form, typeWord, date, body, title),
        });
      }
      this.#entries.set(file, { size, mtimeMs, facts: { uri, citations, docDate } });
    }
  }

  #saving: Promise<void> = Promise.resolve();

  /** Writes the cache when it changed (atomically: temp files, then rename), one save at a time. Never throws. */
  save(log: (m: string) => void): Promise<void> {
    this.#saving = this.#saving.then(() => this.#save(log));
    return this.#saving;
  }

  async #save(log: (m: string) => void): Promise<void> {
    if (!this.#dirty) return;
    this.#dirty = false;
    try {
      const strings: string[] = [];
      const ids = new Map<string, number>();
      const id = (v: string | undefined): number => {
        if (v === undefined) return -1;
        let i = ids.get(v);
        if (i === undefined) { i = strings.length; strings.push(v); ids.set(v, i); }
        return i;
      };
      let total = 0;
      for (const e of this.#entries.values()) total += e.facts.citations.length;
      const rows = new Int32Array(total * ROW);
      const files: Header['files'] = [];
      let r = 0;
      for (const [file, e] of this.#entries) {
        files.push([file, e.size, e.mtimeMs, id(e.facts.uri), id(e.facts.docDate), r, e.facts.citations.length]);
        for (const c of e.facts.citations) {
          rows.set([
            id(c.key), c.form === 'short' ? 1 : 0, id(c.raw), id(c.canonical), KINDS.indexOf(c.kind), id(c.type), c.number,
            c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character, c.offset, c.endOffset,
            id(c.typeWord), id(c.date), id(c.body), id(c.term), id(c.title),
          ], r * ROW);
          r++;
        }
      }
      const header: Header = { magic: MAGIC, format: FORMAT, scanner: SCANNER_VERSION, strings, rows: total, files };
      await fs.mkdir(this.dir, { recursive: true });
      const tmp = `.tmp-${process.pid}`;
      await fs.writeFile(path.join(this.dir, 'index.bin' + tmp), rows);
      await fs.writeFile(path.join(this.dir, 'index.json' + tmp), JSON.stringify(header));
      await fs.rename(path.join(this.dir, 'index.bin' + tmp), path.join(this.dir, 'index.bin'));
      await fs.rename(path.join(this.dir, 'index.json' + tmp), path.join(this.dir, 'index.json'));
    } catch (e) {
      this.#dirty = true;
      log(`[cache] not saved: ${(e as Error).message}`);
    }
  }
}
