/**
 * `vanban check`: the editor's diagnostics over files and folders, for CI and other editors.
 * Folders are walked with the settings of the nearest `.vscode/settings.json`; files are read
 * ahead a few at a time while the previous one is scanned, so the disk and the scanner overlap.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../core/features/diagnostics';
import { toLocale, type Locale } from '../core/messages';
import { toConfig, type Config } from '../lsp/config';
import { listFiles, makeFilter, readTextFile, type ReadResult } from '../node/files';
import { CATALOG_FILES, diagnoseCatalog, isCatalogFile } from './catalogFiles';
import { CHECK_USAGE, parseCheckArgs, type Threshold } from './checkArgs';
import { diagnoseText } from './diagnose';
import { findSettings } from './settings';
import { formatJson, formatSarif, formatText, summaryLine, toFindings, type CheckReport, type Finding } from './report';

interface Writable { write(s: string): unknown }

/** The version written into SARIF reports. */
export const VANBAN_VERSION = '0.1.0';

const RANK: Readonly<Record<Exclude<Severity, 'off'>, number>> = { hint: 0, information: 1, warning: 2, error: 3 };

/** How many files are read ahead of the one being scanned. */
const READ_AHEAD = 16;

/** A file to check and the configuration that applies to it. */
interface Job {
  readonly file: string;
  readonly config: Config;
  /** A report or article, or a catalog file (checked for its own problems). */
  readonly kind: 'text' | 'catalog';
}

/** Runs `vanban check`; returns the exit code (0 clean, 1 problems, 2 usage or I/O error). */
export async function runCheck(argv: readonly string[], out: Writable, err: Writable): Promise<number> {
  const args = parseCheckArgs(argv);
  if ('error' in args) {
    err.write(`vanban check: ${args.error}\n\n${CHECK_USAGE}`);
    return 2;
  }
  if (args.help) {
    out.write(CHECK_USAGE);
    return 0;
  }
  const locale: Locale = args.locale ?? toLocale(process.env.VANBAN_LOCALE ?? process.env.LANG);
  const errors: string[] = [];
  const notices: string[] = [];
  const jobs = await collectJobs(args.paths, args.catalogs, errors);
  const cwd = process.cwd();
  const findings: Finding[] = [];
  const atLeast = RANK[args.severity as Threshold];
  let files = 0;

  const reads: Promise<ReadResult>[] = [];
  const readAt = (i: number) => (reads[i] ??= readTextFile(jobs[i]!.file, jobs[i]!.config.maxBytes));
  for (let i = 0; i < jobs.length; i++) {
    for (let j = i; j < Math.min(jobs.length, i + READ_AHEAD); j++) void readAt(j);
    const { file, config } = jobs[i]!;
    const r = await readAt(i);
    delete reads[i];
    if (!r.ok) {
      if (r.reason === 'unreadable') errors.push(r.message);
      else notices.push(`${r.message} (${r.reason === 'binary' ? 'skipped' : 'skipped; see vanban.files.maxSizeMB'})`);
      continue;
    }
    files++;
    const rel = relativePath(cwd, file);
    if (r.invalidUtf8) notices.push(`${rel}: not valid UTF-8; undecodable bytes were read as U+FFFD`);
    const diagnostics = (jobs[i]!.kind === 'catalog'
      ? diagnoseCatalog(file, r.text, config.severities, locale)
      : diagnoseText(r.text, { severities: config.severities, locale, ...(args.date && { documentDate: args.date }) })
    ).filter((d) => RANK[d.severity] >= atLeast);
    if (diagnostics.length === 0) continue;
    const doc = TextDocument.create('file:///x', 'plaintext', 0, r.text);
    const found = toFindings(rel, diagnostics, (o) => doc.positionAt(o), locale);
    if (args.format === 'text') for (const f of found) out.write(formatText(f) + '\n');
    findings.push(...found);
  }

  const report: CheckReport = { findings, files, errors, notices, locale, cwd };
  if (args.format === 'json') out.write(formatJson(report) + '\n');
  else if (args.format === 'sarif') out.write(formatSarif(report, VANBAN_VERSION) + '\n');
  for (const n of notices) err.write(`vanban: ${n}\n`);
  for (const e of errors) err.write(`vanban: error: ${e}\n`);
  if (args.format === 'text') err.write(summaryLine(report) + '\n');
  return errors.length > 0 ? 2 : findings.length > 0 ? 1 : 0;
}

/** A path relative to the current folder with `/` separators (absolute when outside it). */
function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/**
 * Expands the arguments into files, each with the configuration of its nearest settings file.
 * Folders are walked with the include/exclude globs; files named explicitly are always checked.
 * A path that does not exist, or a settings file that cannot be parsed, is an error.
 */
async function collectJobs(paths: readonly string[], catalogs: readonly string[], errors: string[]): Promise<Job[]> {
  const jobs: Job[] = [];
  const seen = new Set<string>();
  const add = (file: string, config: Config, kind: Job['kind'] = isCatalogFile(file) ? 'catalog' : 'text') => {
    if (seen.has(file)) return;
    seen.add(file);
    jobs.push({ file, config, kind });
  };
  for (const c of catalogs) {
    const abs = path.resolve(c);
    try {
      if (!(await fs.stat(abs)).isFile()) throw new Error('not a file');
      add(abs, toConfig((await findSettings(abs)).settings), 'catalog');
    } catch (e) {
      errors.push(`--catalog ${c}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
  }
  for (const p of paths) {
    const abs = path.resolve(p);
    let isDir: boolean;
    try {
      isDir = (await fs.stat(abs)).isDirectory();
    } catch (e) {
      errors.push(`${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
      continue;
    }
    let config: Config;
    try {
      config = toConfig((await findSettings(abs)).settings);
    } catch (e) {
      errors.push((e as Error).message);
      continue;
    }
    if (!isDir) { add(abs, config); continue; }
    const filter = makeFilter(config.include, config.exclude);
    for (const f of await listFiles(abs, filter, (e) => errors.push(`${e.path}: ${e.message}`))) add(f, config);
    // The folder's catalog files, found as the editor finds them.
    for (const f of await listFiles(abs, makeFilter(CATALOG_FILES, config.exclude))) add(f, config, 'catalog');
  }
  return jobs;
}
