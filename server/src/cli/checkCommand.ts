/**
 * `vanban check`: the editor's diagnostics over files and folders, for CI and other editors.
 * Folders are walked with the settings of the nearest `.vscode/settings.json`; large trees are
 * checked on worker threads (see `checkFiles.ts`).
 */
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CorpusAccumulator, parseCatalog, type ParsedCatalog } from '../core/catalog';
import { toLocale, type Locale } from '../core/messages';
import { toConfig, type Config } from '../lsp/config';
import { listFiles, makeFilter, readTextFile } from '../node/files';
import { catalogFormat, isCatalogFile } from './catalogFiles';
import { CHECK_USAGE, parseCheckArgs } from './checkArgs';
import { corpusCitations, threadChecker, workerChecker, type FileOutcome, type FileTask, type TaskOptions } from './checkFiles';
import { findSettings } from './settings';
import { formatJson, formatSarif, formatText, summaryLine, type CheckReport, type Finding } from './report';

interface Writable { write(s: string): unknown }

/** The version written into SARIF reports. */
export const VANBAN_VERSION = '0.1.0';

/** Files per worker thread below which fewer threads are started. */
const PER_THREAD = 250;

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
  // With `--format json`, the findings as their JSON text (see `formatJson`).
  const findingTexts: string[] = [];
  let files = 0;

  const tasks: FileTask[] = jobs.map((j) => ({ file: j.file, kind: j.kind, severities: j.config.severities, maxBytes: j.config.maxBytes, ...(j.config.locality && { locality: j.config.locality }) }));
  const base: TaskOptions = { locale, threshold: args.severity, cwd, ...(args.date && { documentDate: args.date }), ...(args.format === 'json' && { json: true }) };
  // Threads pay off only for a tree large enough to amortise their start.
  const threads = Math.min(args.jobs ?? Math.min(8, availableParallelism()), Math.ceil(tasks.length / PER_THREAD));
  const onOutcome = (_: number, r: FileOutcome) => {
    if (r.checked) files++;
    if (r.error) errors.push(r.error);
    if (r.notice) notices.push(r.notice);
    if (args.format === 'text') for (const f of r.findings) out.write(formatText(f) + '\n');
    findings.push(...r.findings);
    if (r.json) findingTexts.push(...r.json);
  };
  const checker = threads > 1 && process.argv[1] ? workerChecker(tasks, threads, process.argv[1]) : threadChecker(tasks);
  try {
    // The catalog the editor judges citations by: the catalog files, the built-in catalog and
    // what the whole corpus says, which takes a first pass over the texts.
    // Counted as the texts come in, in file order: 2.5 million citations at 100k are not kept.
    const corpus = new CorpusAccumulator();
    await checker.run({ ...base, phase: 'corpus' }, (_, r) => { if (r.corpus) corpus.add(corpusCitations(r.corpus)); });
    const workspace = await readCatalogs(jobs.filter((j) => j.kind === 'catalog').map((j) => j.file));
    const options: TaskOptions = { ...base, catalog: { workspace, builtin: jobs[0]?.config.builtinCatalog ?? true, corpus: corpus.finish() } };
    await checker.run(options, onOutcome);
  } catch (e) {
    await checker.close();
    throw e;
  }
  // The workers are let go while the report is written: at 10k, ending them (their heaps are
  // torn down) takes about as long as writing the report.
  const closed = checker.close();

  const report: CheckReport = { findings, files, errors, notices, locale, cwd };
  if (args.format === 'json') out.write(formatJson(report, findingTexts) + '\n');
  else if (args.format === 'sarif') out.write(formatSarif(report, VANBAN_VERSION) + '\n');
  for (const n of notices) err.write(`vanban: ${n}\n`);
  for (const e of errors) err.write(`vanban: error: ${e}\n`);
  if (args.format === 'text') err.write(summaryLine(report) + '\n');
  await closed;
  return errors.length > 0 ? 2 : findings.length + findingTexts.length > 0 ? 1 : 0;
}

/** Parses catalog files (unreadable ones are reported by the check itself). */
async function readCatalogs(files: readonly string[]): Promise<ParsedCatalog[]> {
  const out: ParsedCatalog[] = [];
  for (const f of [...files].sort()) {
    const r = await readTextFile(f);
    if (r.ok) out.push(parseCatalog(r.text, catalogFormat(f), pathToFileURL(f).toString()));
  }
  return out;
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
    // One walk finds the texts and the folder's catalog files (found as the editor finds them).
    const filter = makeFilter([...config.include, config.catalogGlob], config.exclude);
    const catalogs = makeFilter([config.catalogGlob], config.exclude);
    for (const f of await listFiles(abs, filter, (e) => errors.push(`${e.path}: ${e.message}`))) {
      add(f, config, catalogs.includes(path.relative(abs, f).split(path.sep).join('/')) ? 'catalog' : 'text');
    }
  }
  return jobs;
}
