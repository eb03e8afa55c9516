/**
 * The persistent index cache: per-file facts keyed by path, size and modification time, versioned
 * by the scanner version, so that a warm start does not re-read and re-scan unchanged files.
 *
 * A file read within `RACY_MS` of its modification time may change again without its size or
 * time changing (coarse timestamps, tools that restore them): its entry also keeps a hash of the
 * content, and a warm start reads such a file to compare before trusting it.
 *
 * Stored as two files in the cache folder: `index.json` (a header, the string table and the file
 * table) and `index.bin` (every citation as a row of 32-bit integers, `core/index/rows.ts`). Anything unreadable,
 * foreign or from another scanner version is ignored and rebuilt — never trusted blindly.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DocumentFacts } from '../core/index/facts';
import { FactsWriter, readFacts, ROW } from '../core/index/rows';
import { SCANNER_VERSION } from '../core/scan/scanner';

/** Changes whenever the layout below changes. */
const FORMAT = 5;

/** A file modified this close to when it was read may change again unseen: its content is hashed. */
export const RACY_MS = 2000;

/** The content hash of a file read within `RACY_MS` of its modification time, else undefined. */
export function hashIfRacy(text: string, mtimeMs: number, readAt = Date.now()): string | undefined {
  return readAt - mtimeMs < RACY_MS ? contentHash(text) : undefined;
}

/** The hash the cache compares a file's content with. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
const MAGIC = 'vanban-index-cache';

interface Header {
  magic: string;
  format: number;
  scanner: number;
  strings: string[];
  /** Number of citation rows in `index.bin`: a mismatched pair of files is rejected. */
  rows: number;
  /** [path, size, mtimeMs, uri, docDate string index or -1, first row, row count, draft 1 or 0, content hash or ''] */
  files: [string, number, number, number, number, number, number, number, string][];
}

/** A file's facts as cached, valid for the given size and modification time. */
interface Entry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly facts: DocumentFacts;
  /** Set when the file was read too soon after it was modified: its content must match. */
  readonly hash?: string | undefined;
}

/** How long encoding may hold the thread before it lets requests in (ms): under a keystroke's budget. */
const SAVE_SLICE_MS = 2;

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

  /**
   * The cached facts of a file, when its size and modification time are unchanged. When the entry
   * has a `hash`, the caller must check that the file's content still has it.
   */
  lookup(file: string, size: number, mtimeMs: number): { facts: DocumentFacts; hash?: string | undefined } | undefined {
    const e = this.#entries.get(file);
    return e && e.size === size && e.mtimeMs === mtimeMs ? e : undefined;
  }

  /** Records the facts of a file (`hash`: see `hashIfRacy`). */
  store(file: string, size: number, mtimeMs: number, facts: DocumentFacts, hash?: string): void {
    this.#entries.set(file, { size, mtimeMs, facts, hash });
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
    for (const [file, size, mtimeMs, uri, docDate, first, count, draft, hash] of h.files) {
      this.#entries.set(file, { size, mtimeMs, facts: readFacts(h.strings, rows, [uri, docDate, first, count, draft]), hash: hash || undefined });
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
      let total = 0;
      for (const e of this.#entries.values()) total += e.facts.citations.length;
      const writer = new FactsWriter(total);
      const files: Header['files'] = [];
      let deadline = performance.now() + SAVE_SLICE_MS;
      for (const [file, e] of this.#entries) {
        files.push([file, e.size, e.mtimeMs, ...writer.add(e.facts), e.hash ?? '']);
        // Encoding 100,000 files takes seconds: let requests in between. Entries stored meanwhile
        // mark the cache dirty again, and the next save writes them.
        if (performance.now() < deadline) continue;
        await new Promise<void>((resolve) => setImmediate(resolve));
        deadline = performance.now() + SAVE_SLICE_MS;
      }
      const { strings, rows } = writer.finish();
      const header: Header = { magic: MAGIC, format: FORMAT, scanner: SCANNER_VERSION, strings, rows: writer.rowCount, files };
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
