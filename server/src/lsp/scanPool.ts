/**
 * Reading and scanning files on worker threads, for the first index of a large workspace: the
 * scanner is CPU-bound, so on two cores the work takes half the time, and the main thread stays
 * free to answer the editor. Workers send each chunk back as a string table and a transferable
 * buffer of rows (`core/index/rows.ts`); the main thread decodes them with its interner.
 *
 * The pool runs the server's own script (`entry`), which calls `runScanWorker` when it starts as a
 * worker. A worker that fails hands its chunk back: the caller scans those files itself, so a file
 * is never lost to a crashed thread.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { Interner, DocumentFacts } from '../core/index/facts';
import { FactsWriter, readFacts, summarize, type DocumentRows } from '../core/index/rows';
import { LineIndex } from '../core/text/lines';
import { isDraft } from '../core/features/draft';
import { scan } from '../core/scan/scanner';
import { readTextFileSync } from '../node/files';
import { runInBackground } from '../node/threads';
import { hashIfRacy } from './indexCache';

/** How many files a worker takes at once. */
const CHUNK = 32;
/**
 * The young generation of a worker's heap, in MB. A worker keeps nothing from one chunk to the
 * next, so a small one is collected as often as it fills without costing time: with 8 MB instead
 * of V8's default, the peak RSS of a cold 10k index is 296–302 MB instead of 331–332 (an A/B with
 * a client that sends nothing during the index), in the same time within noise.
 */
const WORKER_YOUNG_MB = 8;
/** How many chunks a worker holds at once: the next one waits in its queue while it answers the last. */
const IN_FLIGHT = 2;

/** What a worker is asked: a chunk of files (at most IN_FLIGHT at a time per worker). */
interface Request {
  readonly files: readonly string[];
  readonly maxBytes: number;
}

/** One file as a worker reports it. */
type FileOutcome =
  | { readonly file: string; readonly ok: true; readonly size: number; readonly mtimeMs: number; readonly invalidUtf8: boolean; readonly rows: DocumentRows; readonly hash: string | undefined }
  | { readonly file: string; readonly ok: false; readonly message: string };

/** A worker's answer for one chunk. */
interface Reply {
  readonly strings: string[];
  readonly rows: Int32Array;
  readonly files: readonly FileOutcome[];
}

/** One file read and scanned, as the pool gives it to the caller. */
export type ScannedFile =
  | { readonly file: string; readonly ok: true; readonly size: number; readonly mtimeMs: number; readonly invalidUtf8: boolean; readonly facts: DocumentFacts; readonly hash?: string | undefined }
  | { readonly file: string; readonly ok: false; readonly message: string };

const MARK = 'vanbanScanWorker';

/** The facts of a file read from disk: scanned, with positions from its text (workers and the main thread alike). */
export function factsOfFile(file: string, text: string, interner?: Interner): DocumentFacts {
  const uri = pathToFileURL(file).toString();
  const lines = new LineIndex(text);
  return summarize(uri, scan(text), (o) => lines.positionAt(o), interner, { draft: isDraft(uri, text) });
}

/** Scans a file read from disk into `writer`'s rows, as a worker sends them. */
function rowsOfFile(writer: FactsWriter, file: string, text: string): DocumentRows {
  const uri = pathToFileURL(file).toString();
  const lines = new LineIndex(text);
  return writer.addScan(uri, scan(text), (o) => lines.positionAt(o), { draft: isDraft(uri, text) });
}

/** Whether this thread was started as a scan worker. */
export function isScanWorker(): boolean {
  return parentPort !== null && !!(workerData as Record<string, unknown> | undefined)?.[MARK];
}

/** The worker side: reads (synchronously: this thread has nothing else to do), scans and summarises each chunk it is sent. */
export function runScanWorker(): void {
  // The main thread answers the editor meanwhile: on two CPUs shared by three busy threads, it
  // would wait for a turn at every request.
  runInBackground();
  parentPort!.on('message', (req: Request) => {
    const writer = new FactsWriter();
    const files: FileOutcome[] = [];
    for (const file of req.files) {
      const r = readTextFileSync(file, req.maxBytes);
      if (!r.ok) {
        files.push({ file, ok: false, message: r.message });
        continue;
      }
      files.push({ file, ok: true, size: r.size, mtimeMs: r.mtimeMs, invalidUtf8: r.invalidUtf8, rows: rowsOfFile(writer, file, r.text), hash: hashIfRacy(r.text, r.mtimeMs) });
    }
    const { strings, rows } = writer.finish();
    const reply: Reply = { strings, rows, files };
    parentPort!.postMessage(reply, [rows.buffer as ArrayBuffer]);
  });
}

/** Worker threads that read and scan files. */
export class ScanPool {
  readonly #workers: Worker[] = [];
  /** Workers that failed (an error, or they exited): never given work again. */
  readonly #dead = new Set<Worker>();

  /** Starts `n` workers running `entry`; a worker that cannot start leaves its share to the caller. */
  constructor(readonly entry: string, n: number) {
    for (let i = 0; i < n; i++) {
      try {
        const w = new Worker(entry, { workerData: { [MARK]: true }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
        // Always listened to: an error event with no listener would take the server down.
        w.on('error', () => this.#dead.add(w));
        w.on('exit', () => this.#dead.add(w));
        this.#workers.push(w);
      } catch {
        // No worker threads here (a sandbox, a missing script): `run` hands every file back.
      }
    }
  }

  /**
   * Reads and scans `files` on the workers; `onChunk` receives each chunk as it arrives (decoded
   * with `interner`). Resolves with the files no worker could do (a worker failed), which the
   * caller must scan itself. `cancelled` is asked before each chunk is handed out.
   */
  async run(files: readonly string[], maxBytes: number, interner: Interner, onChunk: (files: ScannedFile[]) => void, cancelled: () => boolean): Promise<string[]> {
    const chunks: string[][] = [];
    for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
    let next = 0;
    const failed: string[] = [];
    const live = this.#workers.filter((w) => !this.#dead.has(w));
    await Promise.all(live.map((w) => new Promise<void>((resolve) => {
      // Chunks given to this worker and not answered yet, oldest first (a worker answers in order).
      // Two are in flight, so the worker starts on the next one while this thread merges the last.
      const inFlight: string[][] = [];
      const give = () => {
        while (inFlight.length < IN_FLIGHT && !cancelled() && next < chunks.length) {
          const chunk = chunks[next++]!;
          inFlight.push(chunk);
          w.postMessage({ files: chunk, maxBytes } satisfies Request);
        }
        if (inFlight.length === 0) finish();
      };
      const finish = () => {
        w.off('message', onMessage);
        w.off('error', onFail);
        w.off('exit', onFail);
        resolve();
      };
      const onMessage = (reply: Reply) => {
        inFlight.shift();
        try {
          const strings = reply.strings.map((s) => interner.get(s));
          const out: ScannedFile[] = [];
          for (const f of reply.files) {
            if (!f.ok) out.push(f);
            else out.push({ file: f.file, ok: true, size: f.size, mtimeMs: f.mtimeMs, invalidUtf8: f.invalidUtf8, facts: readFacts(strings, reply.rows, f.rows), hash: f.hash });
          }
          onChunk(out);
        } catch {
          // The caller does these files itself, where an error is reported as any other.
          failed.push(...reply.files.map((f) => f.file));
        }
        give();
      };
      // A failed worker hands back the chunks it had and every chunk not yet given out goes to the
      // others; if every worker fails, the caller scans the rest.
      const onFail = () => {
        this.#dead.add(w);
        for (const chunk of inFlight.splice(0)) failed.push(...chunk);
        finish();
      };
      w.on('message', onMessage);
      w.on('error', onFail);
      w.on('exit', onFail);
      give();
    })));
    for (; next < chunks.length; next++) failed.push(...chunks[next]!);
    return cancelled() ? [] : failed;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    for (const w of this.#workers) this.#dead.add(w);
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
