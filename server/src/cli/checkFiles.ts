/**
 * Checking the files of `vanban check`, in this thread or spread over worker threads: the
 * scanner is CPU-bound, so a large tree is cut into chunks that idle workers take in turn, and
 * the outcomes are handed back in file order (the output does not depend on the scheduling).
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../core/features/diagnostics';
import type { Locale } from '../core/messages';
import { readTextFile, type ReadResult } from '../node/files';
import { diagnoseCatalog } from './catalogFiles';
import { diagnoseText } from './diagnose';
import { toFindings, type Finding } from './report';

/** One file to check, as plain data (it crosses to worker threads). */
export interface FileTask {
  readonly file: string;
  /** A report or article, or a catalog file (checked for its own problems). */
  readonly kind: 'text' | 'catalog';
  readonly severities: Readonly<Record<string, Severity>>;
  readonly maxBytes: number;
}

/** What applies to every file of a check. */
export interface TaskOptions {
  readonly locale: Locale;
  readonly documentDate?: string;
  /** Diagnostics less severe than this are dropped. */
  readonly threshold: Exclude<Severity, 'off'>;
  /** The folder paths are made relative to. */
  readonly cwd: string;
}

/** What checking one file gave. */
export interface FileOutcome {
  readonly findings: readonly Finding[];
  /** Whether the file was read and checked. */
  readonly checked: boolean;
  /** An I/O error: the check is incomplete. */
  readonly error?: string;
  /** A file skipped on purpose, or read with replacement characters. */
  readonly notice?: string;
}

const RANK: Readonly<Record<Exclude<Severity, 'off'>, number>> = { hint: 0, information: 1, warning: 2, error: 3 };

/** How many files are read ahead of the one being scanned, and how many a worker takes at once. */
const READ_AHEAD = 16;
const CHUNK = 32;

/** A path relative to the current folder with `/` separators (absolute when outside it). */
export function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/** Checks one file that has been read. */
function outcomeOf(task: FileTask, r: ReadResult, o: TaskOptions): FileOutcome {
  if (!r.ok) {
    if (r.reason === 'unreadable') return { findings: [], checked: false, error: r.message };
    return { findings: [], checked: false, notice: `${r.message} (${r.reason === 'binary' ? 'skipped' : 'skipped; see vanban.files.maxSizeMB'})` };
  }
  const rel = relativePath(o.cwd, task.file);
  const notice = r.invalidUtf8 ? `${rel}: not valid UTF-8; undecodable bytes were read as U+FFFD` : undefined;
  const diagnostics = (task.kind === 'catalog'
    ? diagnoseCatalog(task.file, r.text, task.severities, o.locale)
    : diagnoseText(r.text, { severities: task.severities, locale: o.locale, ...(o.documentDate && { documentDate: o.documentDate }) })
  ).filter((d) => RANK[d.severity] >= RANK[o.threshold]);
  let findings: Finding[] = [];
  if (diagnostics.length > 0) {
    const doc = TextDocument.create('file:///x', 'plaintext', 0, r.text);
    findings = toFindings(rel, diagnostics, (off) => doc.positionAt(off), o.locale);
  }
  return { findings, checked: true, ...(notice && { notice }) };
}

/** Checks tasks in this thread, reading a few files ahead; outcomes are delivered in order. */
export async function checkInThread(tasks: readonly FileTask[], o: TaskOptions, onOutcome: (i: number, r: FileOutcome) => void): Promise<void> {
  const reads: Promise<ReadResult>[] = [];
  const readAt = (i: number) => (reads[i] ??= readTextFile(tasks[i]!.file, tasks[i]!.maxBytes));
  for (let i = 0; i < tasks.length; i++) {
    for (let j = i; j < Math.min(tasks.length, i + READ_AHEAD); j++) void readAt(j);
    const r = await readAt(i);
    delete reads[i];
    onOutcome(i, outcomeOf(tasks[i]!, r, o));
  }
}

/** The message a worker receives: a chunk of tasks starting at `start`. */
interface ChunkMessage { readonly start: number; readonly tasks: readonly FileTask[] }

/**
 * Checks tasks on `n` worker threads running `entry` (the CLI script, which calls
 * `runCheckWorker` when started as a worker); outcomes are delivered in order.
 */
export async function checkInWorkers(tasks: readonly FileTask[], o: TaskOptions, n: number, entry: string, onOutcome: (i: number, r: FileOutcome) => void): Promise<void> {
  const done: (FileOutcome | undefined)[] = new Array(tasks.length);
  let next = 0;
  let handed = 0;
  const flush = () => {
    while (next < tasks.length && done[next]) { onOutcome(next, done[next]!); done[next] = undefined; next++; }
  };
  const give = (w: Worker): boolean => {
    if (handed >= tasks.length) return false;
    const msg: ChunkMessage = { start: handed, tasks: tasks.slice(handed, handed + CHUNK) };
    handed += msg.tasks.length;
    w.postMessage(msg);
    return true;
  };
  const workers = Array.from({ length: n }, () => new Worker(entry, { workerData: { vanbanCheckWorker: o } }));
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      w.on('message', (m: { start: number; outcomes: FileOutcome[] }) => {
        m.outcomes.forEach((r, k) => { done[m.start + k] = r; });
        flush();
        if (!give(w)) resolve();
      });
      w.on('error', reject);
      w.on('exit', (code) => { if (code !== 0) reject(new Error(`check worker exited with code ${code}`)); });
      if (!give(w)) resolve();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  flush();
}

/** Whether this thread was started as a check worker. */
export function isCheckWorker(): boolean {
  return parentPort !== null && !!(workerData as { vanbanCheckWorker?: unknown } | undefined)?.vanbanCheckWorker;
}

/** The worker side: checks each chunk it is sent and answers with the outcomes. */
export function runCheckWorker(): void {
  const o = (workerData as { vanbanCheckWorker: TaskOptions }).vanbanCheckWorker;
  parentPort!.on('message', (m: ChunkMessage) => {
    const outcomes: FileOutcome[] = [];
    void checkInThread(m.tasks, o, (_, r) => outcomes.push(r)).then(() => parentPort!.postMessage({ start: m.start, outcomes }));
  });
}
