/**
 * The server's view of the workspace: open documents overlay the disk; every matching file of
 * every folder is scanned in the background (yielding to requests between batches) and kept in
 * the index as compact facts; changes on disk arrive as batched watched-file events.
 */
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Interner, type DocumentFacts } from '../core/index/facts';
import { summarize } from '../core/index/rows';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import { isDraft } from '../core/features/draft';
import { scan } from '../core/scan/scanner';
import type { ScanResult } from '../core/scan/types';
import { listFiles, makeFilter, readTextFile, readTextFileSync, type FileFilter } from '../node/files';
import type { Config } from './config';
import { contentHash, hashIfRacy, IndexCache } from './indexCache';
import { factsOfFile, ScanPool, type ScannedFile } from './scanPool';
import { lastRequest, type Log } from './runSafe';

import type { IndexStatus } from './requests/protocol';

export type { IndexStatus };

/** Callbacks the workspace uses to tell the protocol layer what happened. */
export interface WorkspaceEvents {
  /** Index progress (throttled by the caller if needed). */
  status(s: IndexStatus): void;
  /** Documents' facts changed: cross-file answers (lenses, diagnostics of other files) may be stale. */
  changed(keys: ReadonlySet<string>): void;
  log: Log;
}

/** How long a directive's count may lag behind while the first index runs (ms). */
const RECOUNT_DELAY_WHILE_INDEXING = 1000;

/** How often index progress is reported while files pour in (ms): the editor shows it, it need not see every batch. */
const PROGRESS_EVERY_MS = 100;

/** How many files to scan between yields to the event loop, so requests stay answered. */
const BATCH = 64;

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));
/** How long the work after the index (the directive count, the warm-up) may hold the thread before requests are served. */
const COUNT_SLICE_MS = 2;
/** How long after the editor's last edit or request about an open document work that can wait waits. */
const QUIET_MS = 300;

/** Converts a file path to the `file:` URI the client uses. */
export function toUri(file: string): string {
  return pathToFileURL(file).toString();
}

/** Converts a `file:` URI to a path, or undefined for other schemes. */
export function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  // A URI naming another host or holding a malformed escape throws; such a document has no path.
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class Workspace {
  readonly index = new WorkspaceIndex();
  readonly #interner = new Interner();
  /** Scans of open documents, by uri, for the version they were made of. */
  readonly #open = new Map<string, { version: number; doc: TextDocument; result: ScanResult }>();
  /**
   * Open documents by file path. The editor may spell a file's URI differently from `toUri`
   * (VS Code percent-encodes parentheses and more): the path says whether a file is open.
   */
  readonly #openPaths = new Map<string, string>();
  #folders: string[] = [];
  #filter: FileFilter;
  #config: Config;
  #indexing: Promise<void> = Promise.resolve();
  #generation = 0;
  #ready = false;
  #diskGeneration = 0;
  /** The persistent cache, when the client gave a folder for it. */
  #cacheDir: string | undefined;
  #cache: IndexCache | undefined;
  /** Files that could not be indexed (too large, binary, unreadable), with the reason. */
  readonly #skipped = new Map<string, string>();
  #workers: { entry: string; count: number; minFiles: number } | undefined;
  /** When the editor last changed or asked about an open document (`performance.now()`). */
  #activeAt = -Infinity;

  constructor(config: Config, readonly events: WorkspaceEvents) {
    this.#config = config;
    this.#filter = makeFilter(config.include, config.exclude);
  }

  #fromCache = false;

  /** Whether the documents being indexed now come from the persistent cache (what the corpus says is then gathered after the index). */
  get loadingFromCache(): boolean {
    return this.#fromCache;
  }

  /**
   * Increases when documents change on disk (indexing, watched files, closing an edited file), not
   * on keystrokes: what the corpus says is rebuilt on this, not on every edit.
   */
  get diskGeneration(): number {
    return this.#diskGeneration;
  }

  /** Whether the initial index is complete. */
  get ready(): boolean {
    return this.#ready;
  }

  /** The current configuration. */
  get config(): Config {
    return this.#config;
  }

  /** A short name for a document: its path relative to its workspace folder; an untitled one by its title ("Untitled-2"). */
  displayName = (uri: string): string => {
    const file = toPath(uri);
    if (!file) return untitledName(uri) ?? uri;
    const folder = this.#folders.find((f) => file.startsWith(f + path.sep));
    return folder ? path.relative(folder, file).split(path.sep).join('/') : path.basename(file);
  };

  /** Uses `dir` for the persistent index cache (before the first index). */
  setCacheDir(dir: string | undefined): void {
    this.#cacheDir = dir;
  }

  /** Writes the persistent cache if it changed. */
  async saveCache(): Promise<void> {
    await this.#cache?.save(this.events.log);
  }

  /** Sets the folders and (re)indexes them in the background. Resolves when the index is complete. */
  setFolders(folders: readonly string[]): Promise<void> {
    this.#folders = [...folders];
    return this.reindex();
  }

  /** Applies a new configuration; re-indexes when the file selection changed. */
  setConfig(config: Config): Promise<void> | undefined {
    const filesChanged = JSON.stringify([config.include, config.exclude, config.maxBytes]) !== JSON.stringify([this.#config.include, this.#config.exclude, this.#config.maxBytes]);
    this.#config = config;
    this.#filter = makeFilter(config.include, config.exclude);
    return filesChanged ? this.reindex() : undefined;
  }

  /** Re-indexes every folder from disk (open documents keep their editor text). */
  reindex(): Promise<void> {
    const generation = ++this.#generation;
    this.#ready = false;
    this.#indexing = this.#indexAll(generation).catch((e) => this.events.log(`[error] indexing: ${(e as Error).stack ?? e}`));
    return this.#indexing;
  }

  /** Resolves when the current indexing run is complete. */
  whenReady(): Promise<void> {
    return this.#indexing;
  }

  /**
   * Scans on worker threads running `entry` (the server's script) when a first index has at least
   * `minFiles` files to read; `count` 0 scans on this thread.
   */
  setWorkers(w: { entry: string; count: number; minFiles: number } | undefined): void {
    this.#workers = w;
  }

  async #indexAll(generation: number): Promise<void> {
    // While files pour in, hovers and lenses show a directive's last count for up to a second
    // instead of recounting it for every batch (see WorkspaceIndex.deferRecounts).
    this.index.deferRecounts(RECOUNT_DELAY_WHILE_INDEXING);
    try {
      await this.#indexFiles(generation);
    } finally {
      if (generation === this.#generation) this.index.deferRecounts(0);
    }
  }

  async #indexFiles(generation: number): Promise<void> {
    const started = performance.now();
    // The cache loads while the folders are listed: its decoding fills the listing's waits on the disk.
    const opening = this.#cacheDir && !this.#cache ? IndexCache.open(this.#cacheDir, this.events.log) : undefined;
    const files: string[] = [];
    for (const folder of this.#folders) {
      files.push(...(await listFiles(folder, this.#filter, (e) => this.events.log(`[skip] ${e.path}: ${e.message}`))));
    }
    if (opening) this.#cache ??= await opening;
    if (generation !== this.#generation) return;
    this.#cache?.retain(new Set(files));
    // Forget documents that are no longer selected (after a settings change). Open documents are
    // always indexed, so a first index, which holds nothing else, has none to forget.
    if (this.index.documentCount > this.#open.size) {
      const wanted = new Set(files.map(toUri));
      for (const uri of [...this.index.uris()]) if (!wanted.has(uri) && !this.#open.has(uri)) this.index.remove(uri);
    }
    let done = 0;
    const total = files.length;
    this.events.status(this.#status('indexing', done, total));
    const cancelled = () => generation !== this.#generation;
    // Files the cache knows cost a stat each; the others are read and scanned after.
    const toScan: string[] = [];
    let cached = 0;
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      let hits: boolean[];
      try {
        this.#fromCache = true;
        hits = batch.map((file) => this.#indexCached(file));
      } finally {
        this.#fromCache = false;
      }
      if (cancelled()) return;
      batch.forEach((file, k) => (hits[k] ? (done++, cached++) : toScan.push(file)));
      if (done) this.#progress(done, total);
      await yieldToRequests();
    }
    let rest: readonly string[] = toScan;
    const w = this.#workers;
    if (w && w.count > 0 && toScan.length >= w.minFiles) {
      const poolStarted = performance.now();
      const pool = new ScanPool(w.entry, w.count);
      rest = await pool.run(toScan, this.#config.maxBytes, this.#interner, (chunk) => {
        if (cancelled()) return;
        for (const f of chunk) this.#accept(f);
        done += chunk.length;
        this.#progress(done, total);
      }, cancelled);
      void pool.close();
      if (cancelled()) return;
      this.events.log(`[index] ${toScan.length - rest.length} files read and scanned on ${w.count} worker threads in ${Math.round(performance.now() - poolStarted)} ms`);
      if (rest.length) this.events.log(`[warn] index workers failed: ${rest.length} files are scanned on the main thread`);
    }
    for (let i = 0; i < rest.length; i += BATCH) {
      // Reads of a batch overlap; scanning stays on this thread between the awaits.
      await Promise.all(rest.slice(i, i + BATCH).map((file) => this.#indexFile(file)));
      if (cancelled()) return;
      done += Math.min(BATCH, rest.length - i);
      this.#progress(done, total);
      await yieldToRequests();
    }
    this.index.deferRecounts(0);
    this.#ready = true;
    this.#diskGeneration++;
    void this.saveCache();
    this.events.changed(new Set(this.index.keys()));
    const status = this.#status('ready', done, total);
    // What the user sees in the "Vanban" output: how much was read, how fast, and what was left out.
    this.events.log(`[index] ${total} files in ${Math.round(performance.now() - started)} ms (${cached} from the cache, ${total - cached - this.#skipped.size} read and scanned, ${this.#skipped.size} skipped): `
      + `${status.files} articles, ${status.drafts ?? 0} drafts, ${status.directives} directives`);
    this.events.status(status);
    void this.#countDirectives(generation);
  }

  /**
   * After the index, what the corpus says about each directive is counted in slices while the
   * editor is idle, so that the first hover, completion or workspace-symbol query does not pay for
   * all of them (at 10k articles, `infos()` from nothing took 250–310 ms). It waits while the user
   * types or the editor asks about open documents (the slices would only delay those answers), and
   * starts again when it was interrupted or a document changed what it cites.
   */
  async #countDirectives(generation: number): Promise<void> {
    if (!(await this.#inIdleSlices(generation, () => this.#activeAt, () => this.index.countAll()))) return;
    const work = this.#idleWork;
    if (!work || this.#warmedUp) return;
    const started = performance.now();
    // Unlike the count, which the requests themselves would otherwise pay for, the warm-up is for
    // later keystrokes only: it waits until no request at all has come for QUIET_MS.
    const quiet = () => Math.max(this.#activeAt, lastRequest());
    this.#warmedUp = await this.#inIdleSlices(generation, quiet, work);
    if (this.#warmedUp) this.events.log(`[index] keystroke path warmed up, ${Math.round(performance.now() - started)} ms after the count`);
  }

  /**
   * Runs the steps `start()` makes in COUNT_SLICE_MS slices while the editor is idle (nothing
   * happened for QUIET_MS since `activeAt()`); when it gets busy, the steps are dropped and made
   * again once it is idle. Resolves with whether they completed (false: a new index started, or
   * the steps said they could not finish).
   */
  async #inIdleSlices(generation: number, activeAt: () => number, start: () => Generator<void, boolean, void>): Promise<boolean> {
    for (;;) {
      while (performance.now() - activeAt() < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
      if (generation !== this.#generation) return false;
      const steps = start();
      let deadline = performance.now() + COUNT_SLICE_MS;
      let r = steps.next();
      while (!r.done) {
        if (performance.now() >= deadline) {
          await yieldToRequests();
          if (generation !== this.#generation) return false;
          // The editor is busy again: what was gathered is dropped (counted directives stay counted).
          if (performance.now() - activeAt() < QUIET_MS) break;
          deadline = performance.now() + COUNT_SLICE_MS;
        }
        r = steps.next();
      }
      if (r.done && r.value) return true;
      // Interrupted, or the count stopped by itself (a document changed what it cites): again.
      void steps.return(false);
    }
  }

  /** Work for the idle time after the count: the server's warm-up (`warmUp.ts`), run once per process. */
  #idleWork: (() => Generator<void, boolean, void>) | undefined;
  #warmedUp = false;

  /** Sets the work done once, in steps, when the editor is idle after the first count (its generator returns true when done). */
  setIdleWork(work: () => Generator<void, boolean, void>): void {
    this.#idleWork = work;
  }

  #progressAt = -Infinity;

  /** Reports index progress, at most every PROGRESS_EVERY_MS. */
  #progress(done: number, total: number): void {
    const now = performance.now();
    if (now - this.#progressAt < PROGRESS_EVERY_MS) return;
    this.#progressAt = now;
    this.events.status(this.#status('indexing', done, total));
  }

  /** The index status to report; the directive count is computed only once the index is ready. */
  #status(state: IndexStatus['state'], done: number, total: number): IndexStatus {
    const { articles, drafts } = this.index.fileCounts();
    return {
      state, done, total, files: articles, drafts,
      directives: state === 'ready' ? this.index.directiveCount() : 0,
      skipped: this.#skipped.size,
    };
  }

  /** Files that were not indexed, with the reason (too large, binary, unreadable). */
  skipped(): [string, string][] {
    return [...this.#skipped];
  }

  /** Whether the editor has the file open (its text, not the disk's, is indexed). */
  #isOpen(file: string): boolean {
    // Every open document with a file URI has its path here (set when it is first opened).
    return this.#openPaths.has(file);
  }

  /** Indexes a file from the persistent cache when it is there and unchanged; false when it is not. */
  #indexCached(file: string): boolean {
    if (this.#isOpen(file)) return true;
    const cached = this.#cachedFacts(file);
    if (cached) this.index.update(cached);
    return cached !== undefined;
  }

  /** Reads and indexes one file from disk (or the cache), unless it is open in the editor. */
  async #indexFile(file: string): Promise<Set<string>> {
    if (this.#isOpen(file)) return new Set();
    const cached = this.#cachedFacts(file);
    if (cached) return this.index.update(cached);
    const r = await readTextFile(file, this.#config.maxBytes);
    if (!r.ok) return this.#accept({ file, ok: false, message: r.message });
    const facts = factsOfFile(file, r.text, this.#interner);
    return this.#accept({ file, ok: true, size: r.size, mtimeMs: r.mtimeMs, invalidUtf8: r.invalidUtf8, facts, hash: hashIfRacy(r.text, r.mtimeMs) });
  }

  /**
   * The cached facts of a file whose size and modification time are unchanged — and, when it was
   * read too soon after a change, whose content still has the hash kept with them. The stat is
   * synchronous: through the thread pool, 10,000 stats cost more than the cache itself.
   */
  #cachedFacts(file: string): DocumentFacts | undefined {
    if (!this.#cache) return undefined;
    const st = statOrUndefined(file);
    const cached = st && this.#cache.lookup(file, st.size, st.mtimeMs);
    if (!cached) return undefined;
    if (cached.hash !== undefined) {
      const r = readTextFileSync(file, this.#config.maxBytes);
      if (!r.ok || contentHash(r.text) !== cached.hash) return undefined;
    }
    return cached.facts;
  }

  /** Puts a file read from disk (here or by a worker) in the index and the cache, unless it was opened meanwhile. */
  #accept(f: ScannedFile): Set<string> {
    if (this.#isOpen(f.file)) return new Set();
    if (!f.ok) {
      this.events.log(`[skip] ${f.message}`);
      this.#skipped.set(f.file, f.message);
      this.#cache?.delete(f.file);
      return this.index.remove(toUri(f.file));
    }
    this.#skipped.delete(f.file);
    if (f.invalidUtf8) this.events.log(`[warn] ${f.file}: not valid UTF-8; undecodable bytes were read as U+FFFD`);
    this.#cache?.store(f.file, f.size, f.mtimeMs, f.facts, f.hash);
    return this.index.update(f.facts);
  }

  /** Scans an open document (cached by version) and puts its facts in the index. */
  open(doc: TextDocument): ScanResult {
    this.#activeAt = performance.now();
    const have = this.#open.get(doc.uri);
    if (have && have.version === doc.version) return have.result;
    const result = scan(doc.getText());
    this.#open.set(doc.uri, { version: doc.version, doc, result });
    const keys = new Set<string>();
    if (!have) {
      // The disk version gives way whole to the editor's, indexed under the editor's URI or under
      // our spelling of it. Whole: its facts are the persistent cache's too, and the index moves a
      // document's citations in place when an edit only moves them — it would move the cache's
      // with them (a file closed without saving was then indexed where the unsaved edits had put
      // its citations).
      const file = toPath(doc.uri);
      if (file) this.#openPaths.set(file, doc.uri);
      for (const uri of new Set([doc.uri, ...(file ? [toUri(file)] : [])])) {
        if (this.index.get(uri)) for (const k of this.index.remove(uri)) keys.add(k);
      }
    }
    for (const k of this.index.update(summarize(doc.uri, result, (o) => doc.positionAt(o), this.#interner, { draft: isDraft(doc.uri, doc.getText()) }))) keys.add(k);
    if (keys.size) this.events.changed(keys);
    return result;
  }

  /** The scan of an open document at its current version. */
  scanOf(doc: TextDocument): ScanResult {
    return this.open(doc);
  }

  /** A document was closed: the disk version takes over again. */
  async close(uri: string): Promise<void> {
    this.#open.delete(uri);
    const file = toPath(uri);
    if (file && this.#openPaths.get(file) === uri) this.#openPaths.delete(file);
    const keys = file && toUri(file) !== uri ? this.index.remove(uri) : new Set<string>();
    for (const k of file && this.#isSelected(file) ? await this.#indexFile(file) : this.index.remove(uri)) keys.add(k);
    if (keys.size) this.events.changed(keys);
  }

  #isSelected(file: string): boolean {
    const folder = this.#folders.find((f) => file.startsWith(f + path.sep));
    if (!folder) return false;
    return this.#filter.includes(path.relative(folder, file).split(path.sep).join('/'));
  }

  /**
   * Files changed on disk (created, changed, deleted). A branch switch sends a thousand at once:
   * they are de-duplicated, processed in batches that yield to requests, and reported once.
   */
  async filesChanged(changes: readonly { uri: string; deleted: boolean }[]): Promise<void> {
    const latest = new Map<string, boolean>();
    for (const c of changes) latest.set(c.uri, c.deleted);
    const touched = new Set<string>();
    let n = 0;
    for (const [uri, deleted] of latest) {
      if (this.#open.has(uri)) continue;
      const file = toPath(uri);
      if (!file || this.#openPaths.has(file)) continue;
      const keys = deleted || !this.#isSelected(file) ? this.index.remove(toUri(file)) : await this.#indexFile(file);
      for (const k of keys) touched.add(k);
      if (++n % BATCH === 0) await yieldToRequests();
    }
    this.#diskGeneration++;
    if (touched.size) this.events.changed(touched);
    if (this.#ready) this.events.status(this.#status('ready', this.index.documentCount, this.index.documentCount));
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The title the editor gives an untitled document ("untitled:Untitled-2" → "Untitled-2"), if it is one. */
export function untitledName(uri: string): string | undefined {
  if (!uri.startsWith('untitled:')) return undefined;
  const rest = uri.slice('untitled:'.length);
  try {
    return decodeURIComponent(rest).replace(/^\/+/u, '');
  } catch {
    return rest;
  }
}
