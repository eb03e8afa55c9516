/**
 * The catalog in the server: workspace catalog files (read from disk, overlaid by the editor's
 * text while open), the built-in catalog, and what the corpus says, merged into one immutable
 * `Catalog` that is rebuilt when a source changes: at once for catalog files; for the corpus, when
 * documents change on disk (not on keystrokes — one draft barely moves a majority, and gathering
 * what 10,000 articles say takes a while), at most every `CORPUS_DELAY` ms.
 */
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinCatalog, Catalog, CorpusAccumulator, parseCatalog, type CatalogFormat, type CorpusFacts, type ParsedCatalog } from '../core/catalog';
import type { CitationRecord, DocumentFacts } from '../core/index/facts';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { globToRegExp, listFiles, makeFilter, readTextFile } from '../node/files';
import { DEFAULT_CATALOG_GLOB } from './config';
import type { Log } from './runSafe';
import { toPath, toUri } from './workspace';

/** How stale the corpus part of the catalog may get while the index changes. */
const CORPUS_DELAY = 1000;
/** Up to this many documents, the corpus is gathered at once (tens of milliseconds). */
const SYNC_GATHER_DOCUMENTS = 2000;
/** How long gathering may hold the thread before it lets requests in (ms): under a keystroke's budget. */
const GATHER_SLICE_MS = 2;

/** One catalog file: its text and what it says. */
export interface CatalogFile {
  readonly uri: string;
  readonly doc: TextDocument;
  readonly parsed: ParsedCatalog;
}

/** The format of a catalog file by its name. */
export function catalogFormat(uri: string): CatalogFormat {
  return uri.endsWith('.json') ? 'json' : 'yaml';
}

export class CatalogStore {
  readonly #files = new Map<string, CatalogFile>();
  /** Catalog files open in the editor. */
  readonly #open = new Set<string>();
  #glob = globToRegExp(DEFAULT_CATALOG_GLOB);
  #globText = DEFAULT_CATALOG_GLOB;
  #builtin = true;
  #folders: string[] = [];
  #catalog: Catalog | undefined;
  /** What the corpus said when last gathered, at which corpus version, and when. */
  #corpus: CorpusFacts[] = [];
  #corpusAt = -1;
  #corpusTime = 0;
  #gathering = false;
  #timer: NodeJS.Timeout | undefined;
  /**
   * What the corpus says, counted as documents arrive during the first index, while the main
   * thread mostly waits for the workers: as long as documents only arrive, it counts exactly what a
   * gather of the index would, in the same order (the index's order is the order documents first
   * came), and the catalog takes it instead of gathering after the index — at 10k articles
   * 150–170 ms of slices, which the first keystrokes after the index waited for. A document
   * replaced or removed, or one that arrives while `countsArrivals()` says no (the index loading
   * from its cache, when the main thread is what the editor waits for), ends it: what the corpus
   * says is then gathered, as it is for every change after the first index.
   */
  #arriving: CorpusAccumulator | undefined = new CorpusAccumulator();

  /** `corpusVersion` changes when the corpus changed on disk (see `Workspace.diskGeneration`). */
  constructor(readonly index: WorkspaceIndex, readonly corpusVersion: () => number, readonly log: Log, readonly onChange: () => void,
    readonly countsArrivals: () => boolean = () => true) {
    index.observe((before, after) => this.#arrival(before, after));
  }

  #arrival(before: DocumentFacts | undefined, after: DocumentFacts | undefined): void {
    const acc = this.#arriving;
    if (!acc) return;
    // A draft counts for nothing (`articleCitations`): replacing a draft by a draft changes nothing.
    if (before && (!before.draft || (after && !after.draft))) {
      this.#arriving = undefined;
      return;
    }
    if (!after || before || after.draft) return;
    if (this.countsArrivals()) acc.add(after.citations);
    else this.#arriving = undefined;
  }

  /**
   * The first index is complete: what arrived is taken as what the corpus says (if it still counts
   * exactly that), and arrivals are no longer counted — later changes are gathered, and the
   * counts (~20 MB at 10k articles) are not kept.
   */
  indexComplete(): void {
    const acc = this.#arriving;
    if (!acc) return;
    this.#arriving = undefined;
    const gen = this.corpusVersion();
    if (this.#corpusAt !== gen) this.#takeArrived(acc, gen);
  }

  /** What the corpus says, as the catalog judges by it now. */
  corpus(): readonly CorpusFacts[] {
    this.catalog();
    return this.#corpus;
  }

  /** Applies settings; returns whether the catalog files must be reloaded. */
  configure(glob: string, builtin: boolean): boolean {
    const reload = glob !== this.#globText;
    this.#glob = globToRegExp(glob);
    this.#globText = glob;
    if (builtin !== this.#builtin) this.#invalidate();
    this.#builtin = builtin;
    return reload;
  }

  /** Whether a uri names a catalog file. */
  isCatalog(uri: string): boolean {
    const file = toPath(uri);
    if (!file) return /vanban\.catalog\.(?:ya?ml|json)$/.test(uri);
    const folder = this.#folders.find((f) => file.startsWith(f + path.sep));
    const rel = folder ? path.relative(folder, file).split(path.sep).join('/') : path.basename(file);
    return this.#glob.test(rel);
  }

  /** Reads every catalog file of the folders. */
  async load(folders: readonly string[]): Promise<void> {
    this.#folders = [...folders];
    const filter = makeFilter([this.#globText]);
    const found = new Set<string>();
    for (const folder of folders) {
      for (const file of await listFiles(folder, filter, (e) => this.log(`[skip] ${e.path}: ${e.message}`))) {
        const uri = toUri(file);
        found.add(uri);
        if (!this.#open.has(uri)) await this.#read(file);
      }
    }
    for (const uri of [...this.#files.keys()]) if (!found.has(uri) && !this.#open.has(uri)) this.#files.delete(uri);
    const problems = [...this.#files.values()].reduce((n, f) => n + f.parsed.problems.length, 0);
    this.log(`[catalog] ${this.#files.size} workspace catalog files (${problems} problems), built-in catalog ${this.#builtin ? 'on' : 'off'}`);
    this.#invalidate();
  }

  async #read(file: string): Promise<void> {
    const uri = toUri(file);
    const r = await readTextFile(file);
    if (!r.ok) {
      this.log(`[catalog] ${r.message}`);
      this.#files.delete(uri);
      return;
    }
    this.#set(uri, r.text, 0);
  }

  /** The editor's text of an open catalog file; it wins over the disk until the file is closed. */
  open(uri: string, text: string, version: number): CatalogFile {
    this.#open.add(uri);
    return this.#set(uri, text, version);
  }

  #set(uri: string, text: string, version: number): CatalogFile {
    const doc = TextDocument.create(uri, catalogFormat(uri) === 'json' ? 'json' : 'yaml', version, text);
    const file = { uri, doc, parsed: parseCatalog(text, catalogFormat(uri), uri) };
    this.#files.set(uri, file);
    this.#invalidate();
    return file;
  }

  /** A catalog file changed, was created or deleted on disk (ignored while open in the editor). */
  async changedOnDisk(uri: string, deleted: boolean): Promise<void> {
    if (this.#open.has(uri)) return;
    const file = toPath(uri);
    if (deleted || !file) {
      if (this.#files.delete(uri)) this.#invalidate();
      return;
    }
    await this.#read(file);
  }

  /** A catalog file was closed in the editor: its disk text takes over. */
  async closed(uri: string): Promise<void> {
    const file = toPath(uri);
    this.#open.delete(uri);
    this.#files.delete(uri);
    if (file) await this.#read(file);
    this.#invalidate();
  }

  /** A loaded catalog file. */
  file(uri: string): CatalogFile | undefined {
    return this.#files.get(uri);
  }

  /** Every loaded catalog file. */
  files(): IterableIterator<CatalogFile> {
    return this.#files.values();
  }

  /** The file "add to workspace catalog" writes into: the first catalog file, else a new one in the first folder. */
  target(): { uri: string; text: string; format: CatalogFormat; exists: boolean } | undefined {
    const first = [...this.#files.values()].sort((a, b) => (a.uri < b.uri ? -1 : 1))[0];
    if (first) return { uri: first.uri, text: first.doc.getText(), format: first.parsed.format, exists: true };
    const folder = this.#folders[0];
    return folder ? { uri: toUri(path.join(folder, 'vanban.catalog.yaml')), text: '', format: 'yaml', exists: false } : undefined;
  }

  #invalidate(): void {
    this.#catalog = undefined;
    this.onChange();
  }

  /**
   * The merged catalog. Rebuilt at once when catalog files changed, from the corpus facts last
   * gathered. When the corpus changed on disk, a small workspace is gathered at once; a large one
   * in slices between requests (2.5 million citations take seconds), at most every `CORPUS_DELAY`
   * ms, while the previous facts are served — and `onChange` says when the new ones are in.
   */
  catalog(): Catalog {
    const gen = this.corpusVersion();
    if (this.#corpusAt !== gen) {
      if (this.#arriving) this.#takeArrived(this.#arriving, gen);
      else if (this.index.documentCount <= SYNC_GATHER_DOCUMENTS) this.#gatherNow(gen);
      else this.#scheduleGather();
    }
    this.#catalog ??= Catalog.create({
      workspace: [...this.#files.values()].sort((a, b) => (a.uri < b.uri ? -1 : 1)).map((f) => f.parsed),
      builtin: this.#builtin ? builtinCatalog() : false,
      corpus: this.#corpus,
    });
    return this.#catalog;
  }

  #gatherNow(gen: number): void {
    const started = performance.now();
    const acc = new CorpusAccumulator();
    for (const uri of this.index.uris()) acc.add(articleCitations(this.index, uri));
    this.#setCorpus(acc.finish(), gen);
    this.#gathered(this.index.documentCount, started);
  }

  #takeArrived(acc: CorpusAccumulator, gen: number): void {
    const started = performance.now();
    this.#setCorpus(acc.finish(), gen);
    this.#sayOnce(`what ${this.index.documentCount} files say counted as they were indexed (summed up in ${Math.round(performance.now() - started)} ms)`);
  }

  #saidOnce = false;

  /** Says once, in the output, that hovers and diagnostics now judge by what the whole corpus says (counted or gathered). */
  #sayOnce(what: string): void {
    if (this.#saidOnce) return;
    this.#saidOnce = true;
    this.log(`[catalog] ${what}`);
  }

  #gathered(files: number, started: number): void {
    this.#sayOnce(`what ${files} files say gathered in ${Math.round(performance.now() - started)} ms`);
  }

  #setCorpus(corpus: CorpusFacts[], gen: number): void {
    this.#corpus = corpus;
    this.#corpusAt = gen;
    this.#corpusTime = Date.now();
    this.#catalog = undefined;
  }

  #scheduleGather(): void {
    if (this.#gathering || this.#timer) return;
    const wait = Math.max(0, this.#corpusTime + CORPUS_DELAY - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#gatherInSlices();
    }, wait);
  }

  async #gatherInSlices(): Promise<void> {
    const gen = this.corpusVersion();
    if (this.#corpusAt === gen) return;
    this.#gathering = true;
    try {
      const acc = new CorpusAccumulator();
      const uris = [...this.index.uris()];
      const started = performance.now();
      let deadline = started + GATHER_SLICE_MS;
      for (const uri of uris) {
        acc.add(articleCitations(this.index, uri));
        if (performance.now() < deadline) continue;
        await new Promise<void>((resolve) => setImmediate(resolve));
        deadline = performance.now() + GATHER_SLICE_MS;
      }
      this.#setCorpus(acc.finish(), gen);
      this.#gathered(uris.length, started);
    } catch (e) {
      this.log(`[error] gathering the corpus: ${(e as Error).message}`);
    } finally {
      this.#gathering = false;
    }
    this.onChange();
    // The corpus changed again meanwhile: gather again (not sooner than CORPUS_DELAY).
    if (this.#corpusAt !== this.corpusVersion()) this.#scheduleGather();
  }

  /** Stops pending work. */
  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
  }
}

/** The citations of a document that count towards what the corpus says: none for a draft (`vouchedFor`). */
function articleCitations(index: WorkspaceIndex, uri: string): readonly CitationRecord[] {
  const facts = index.get(uri);
  return facts && !facts.draft ? facts.citations : [];
}
