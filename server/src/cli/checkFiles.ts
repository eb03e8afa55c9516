/**
 * Checking the files of `vanban check`, in this thread or spread over worker threads: the
 * scanner is CPU-bound, so a large tree is cut into chunks that idle workers take in turn, and
 * the outcomes are handed back in file order (the output does not depend on the scheduling).
 */
import { statSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinCatalog, Catalog, type CitationLike, type CorpusFacts, type ParsedCatalog } from '../core/catalog';
import type { Severity } from '../core/features/diagnostics';
import type { Locale } from '../core/messages';
import { LineIndex } from '../core/text/lines';
import { readTextFileSync, type ReadResult } from '../node/files';
import { diagnoseCatalog } from './catalogFiles';
import { scan } from '../core/scan/scanner';
import type { ScanResult } from '../core/scan/types';
import { corpusRecords, diagnoseText } from './diagnose';
import { findingJson, toFindings, type Finding } from './report';

/** One file to check, as plain data (it crosses to worker threads). */
export interface FileTask {
  readonly file: string;
  /** A report or article, or a catalog file (checked for its own problems). */
  readonly kind: 'text' | 'catalog';
  readonly severities: Readonly<Record<string, Severity>>;
  readonly maxBytes: number;
  /** `vanban.locality` of the file's settings. */
  readonly locality?: string;
}

/** What the merged catalog is built from, as plain data (each thread builds its own `Catalog`). */
export interface CatalogData {
  readonly workspace: readonly ParsedCatalog[];
  readonly builtin: boolean;
  readonly corpus: readonly CorpusFacts[];
}

/** What applies to every file of a check. */
export interface TaskOptions {
  readonly locale: Locale;
  readonly documentDate?: string;
  /** Diagnostics less severe than this are dropped. */
  readonly threshold: Exclude<Severity, 'off'>;
  /** The folder paths are made relative to. */
  readonly cwd: string;
  /** Catalog checks run when given. */
  readonly catalog?: CatalogData;
  /** `corpus`: only gather what the texts cite (the first pass, for the corpus part of the catalog). */
  readonly phase?: 'corpus';
  /** Findings are given as their JSON text (`findingJson`), for `--format json`. */
  readonly json?: boolean;
}

/** What checking one file gave. */
export interface FileOutcome {
  /** The findings, in text order; none when `json` has them. */
  readonly findings: readonly Finding[];
  /** With the `json` option: the findings as their JSON text, in text order. */
  readonly json?: readonly string[];
  /** Whether the file was read and checked. */
  readonly checked: boolean;
  /** An I/O error: the check is incomplete. */
  readonly error?: string;
  /** A file skipped on purpose, or read with replacement characters. */
  readonly notice?: string;
  /** In the corpus phase: the citations of the text. */
  readonly corpus?: CorpusRows;
}

/**
 * A text's citations as the corpus pass sends them across threads: its URI once, then six fields
 * per citation (key, canonical spelling, date, body, title, term; null for none) in one flat
 * array, which clones several times faster than an object per citation.
 */
export interface CorpusRows {
  readonly uri: string;
  readonly fields: readonly (string | null)[];
}

const CORPUS_FIELDS = 6;

function toCorpusRows(uri: string, records: readonly CitationLike[]): CorpusRows {
  const fields: (string | null)[] = [];
  for (const r of records) fields.push(r.key, r.canonical, r.date ?? null, r.body ?? null, r.title ?? null, r.term ?? null);
  return { uri, fields };
}

/** The citations of `rows`, as the corpus facts count them. */
export function corpusCitations(rows: CorpusRows): CitationLike[] {
  const out: CitationLike[] = [];
  const f = rows.fields;
  for (let i = 0; i + CORPUS_FIELDS <= f.length; i += CORPUS_FIELDS) {
    out.push({
      uri: rows.uri, key: f[i]!, canonical: f[i + 1]!,
      ...(f[i + 2] !== null && { date: f[i + 2]! }), ...(f[i + 3] !== null && { body: f[i + 3]! }),
      ...(f[i + 4] !== null && { title: f[i + 4]! }), ...(f[i + 5] !== null && { term: f[i + 5]! }),
    });
  }
  return out;
}

/**
 * Texts and scans of the first pass, kept for the second (a thread sees the same files in both),
 * up to a budget of file bytes per thread so that a huge tree is read and scanned twice rather
 * than kept whole. A kept file is not read again when its size and mtime are unchanged.
 */
const kept = new Map<string, { read: Extract<ReadResult, { ok: true }>; result: ScanResult }>();
let keptBytes = 0;
const KEEP_BYTES = 64 * 1024 * 1024;

/** The catalog of this thread, built once from the data it was given. */
let built: { data: CatalogData; catalog: Catalog } | undefined;
function catalogOf(data: CatalogData | undefined): Catalog | undefined {
  if (!data) return undefined;
  if (built?.data !== data) built = { data, catalog: Catalog.create({ workspace: data.workspace, builtin: data.builtin ? builtinCatalog() : false, corpus: data.corpus }) };
  return built.catalog;
}

const RANK: Readonly<Record<Exclude<Severity, 'off'>, number>> = { hint: 0, information: 1, warning: 2, error: 3 };

/** How many files a worker takes at once. */
const CHUNK = 32;
/**
 * How many chunks a worker holds at once: with one, it waited while this thread took in its
 * outcomes and sent the next chunk (a sixth of its time at 10k); with two, the next is queued.
 */
const IN_FLIGHT = 2;

/** A path relative to the current folder with `/` separators (absolute when outside it). */
export function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/** Checks one file that has been read. */
function outcomeOf(task: FileTask, r: ReadResult, o: TaskOptions, scanned?: ScanResult): FileOutcome {
  if (!r.ok) {
    if (r.reason === 'unreadable') return { findings: [], checked: false, error: r.message };
    return { findings: [], checked: false, notice: `${r.message} (${r.reason === 'binary' ? 'skipped' : 'skipped; see vanban.files.maxSizeMB'})` };
  }
  const uri = pathToFileURL(task.file).toString();
  if (o.phase === 'corpus') {
    if (task.kind !== 'text') return { findings: [], checked: true };
    const result = scan(r.text);
    if (keptBytes + r.size <= KEEP_BYTES) {
      kept.set(task.file, { read: r, result });
      keptBytes += r.size;
    }
    return { findings: [], checked: true, corpus: toCorpusRows(uri, corpusRecords(result, uri, r.text)) };
  }
  const rel = relativePath(o.cwd, task.file);
  const notice = r.invalidUtf8 ? `${rel}: not valid UTF-8; undecodable bytes were read as U+FFFD` : undefined;
  const diagnostics = (task.kind === 'catalog'
    ? diagnoseCatalog(task.file, r.text, task.severities, o.locale)
    : diagnoseText(r.text, {
      severities: task.severities,
      locale: o.locale,
      ...(o.documentDate && { documentDate: o.documentDate }),
      ...(o.catalog && { catalog: catalogOf(o.catalog)! }),
      ...(task.locality && { locality: task.locality }),
    }, uri, scanned)
  ).filter((d) => RANK[d.severity] >= RANK[o.threshold]);
  let findings: Finding[] = [];
  if (diagnostics.length > 0) {
    const lines = new LineIndex(r.text);
    findings = toFindings(rel, diagnostics, (off) => lines.positionAt(off), o.locale);
  }
  if (o.json) return { findings: [], json: findings.map(findingJson), checked: true, ...(notice && { notice }) };
  return { findings, checked: true, ...(notice && { notice }) };
}

/**
 * The file and its scan as the first pass left them, when they were kept and the file has not
 * changed since (same size and mtime); else the file read now. The kept copy is given up.
 */
function takeKept(task: FileTask): { read: ReadResult; result?: ScanResult } {
  const k = kept.get(task.file);
  if (k) {
    kept.delete(task.file);
    keptBytes -= k.read.size;
    try {
      const st = statSync(task.file);
      if (st.isFile() && st.size === k.read.size && st.mtimeMs === k.read.mtimeMs) return k;
    } catch {
      // Gone or unreadable now: the read below says why.
    }
  }
  return { read: readTextFileSync(task.file, task.maxBytes) };
}

/**
 * Checks tasks in this thread; outcomes are delivered in order. Files are read synchronously:
 * the CLI has nothing else to do meanwhile, and one blocking read is several times faster than
 * `stat` and `readFile` through the thread pool.
 */
export function checkInThread(tasks: readonly FileTask[], o: TaskOptions, onOutcome: (i: number, r: FileOutcome) => void): void {
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i]!;
    const { read, result } = o.phase === 'corpus' ? { read: readTextFileSync(task.file, task.maxBytes) } : takeKept(task);
    onOutcome(i, outcomeOf(task, read, o, result));
  }
}

/** The message a worker receives: the options of a pass, or a chunk of tasks starting at `start`. */
type WorkerMessage = { readonly options: TaskOptions } | { readonly start: number; readonly tasks: readonly FileTask[] };

/** Checks a fixed list of tasks, pass after pass (the corpus pass, then the check). */
export interface Checker {
  run(o: TaskOptions, onOutcome: (i: number, r: FileOutcome) => void): Promise<void>;
  close(): Promise<void>;
}

/** A checker working in this thread. */
export function threadChecker(tasks: readonly FileTask[]): Checker {
  return { run: async (o, onOutcome) => checkInThread(tasks, o, onOutcome), close: async () => {} };
}

/**
 * A checker on `n` worker threads running `entry` (the CLI script, which calls `runCheckWorker`
 * when started as a worker). Chunk `c` always goes to worker `c mod n`, so that each worker finds
 * the scans of its files from the first pass; outcomes are delivered in order.
 */
export function workerChecker(tasks: readonly FileTask[], n: number, entry: string): Checker {
  const workers = Array.from({ length: n }, () => new Worker(entry, { workerData: { vanbanCheckWorker: true } }));
  const chunks = Math.ceil(tasks.length / CHUNK);
  return {
    async run(o, onOutcome) {
      const done: (FileOutcome | undefined)[] = new Array(tasks.length);
      let next = 0;
      const flush = () => {
        while (next < tasks.length && done[next]) { onOutcome(next, done[next]!); done[next] = undefined; next++; }
      };
      await Promise.all(workers.map((w, k) => new Promise<void>((resolve, reject) => {
        let c = k;
        let pending = 0;
        const give = (): void => {
          if (c >= chunks) return;
          const msg: WorkerMessage = { start: c * CHUNK, tasks: tasks.slice(c * CHUNK, (c + 1) * CHUNK) };
          c += n;
          pending++;
          w.postMessage(msg);
        };
        const finish = (e?: Error) => {
          w.off('message', onMessage);
          w.off('error', finish);
          if (e) reject(e); else resolve();
        };
        const onMessage = (m: { start: number; outcomes: FileOutcome[] }) => {
          pending--;
          m.outcomes.forEach((r, j) => { done[m.start + j] = r; });
          flush();
          give();
          if (pending === 0) finish();
        };
        w.on('message', onMessage);
        w.on('error', finish);
        w.postMessage({ options: o } satisfies WorkerMessage);
        for (let i = 0; i < IN_FLIGHT; i++) give();
        if (pending === 0) finish();
      })));
      flush();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Whether this thread was started as a check worker. */
export function isCheckWorker(): boolean {
  return parentPort !== null && !!(workerData as { vanbanCheckWorker?: unknown } | undefined)?.vanbanCheckWorker;
}

/** The worker side: checks each chunk it is sent and answers with the outcomes. */
export function runCheckWorker(): void {
  let o: TaskOptions | undefined;
  parentPort!.on('message', (m: WorkerMessage) => {
    if ('options' in m) { o = m.options; return; }
    const outcomes: FileOutcome[] = [];
    checkInThread(m.tasks, o!, (_, r) => outcomes.push(r));
    parentPort!.postMessage({ start: m.start, outcomes });
  });
}
