/**
 * `vanban scan`: prints what the scanner understood, as text or JSON.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { problemMessage, toLocale } from '../core/messages';
import { scan } from '../core/scan/scanner';
import type { Citation, OffsetRange } from '../core/scan/types';
import { listFiles, makeFilter, readTextFile } from '../node/files';

interface Writable { write(s: string): unknown }

/** Expands the arguments into files; folders are walked with the default filter. Missing paths are errors. */
export async function expandPaths(args: readonly string[], errors: string[]): Promise<string[]> {
  const files: string[] = [];
  const filter = makeFilter();
  for (const a of args) {
    try {
      const st = await fs.stat(a);
      if (st.isDirectory()) files.push(...(await listFiles(path.resolve(a), filter, (e) => errors.push(`${e.path}: ${e.message}`))));
      else files.push(path.resolve(a));
    } catch (e) {
      errors.push(`${a}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    }
  }
  return files;
}

/** Runs `vanban scan`; returns the exit code (0 ok, 1 some paths unreadable, 2 usage). */
export async function runScan(args: readonly string[], out: Writable, err: Writable): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    err.write('vanban scan: give at least one file or folder\n');
    return 2;
  }
  const locale = toLocale(process.env.VANBAN_LOCALE ?? process.env.LANG);
  const errors: string[] = [];
  const files = await expandPaths(paths, errors);
  const results: object[] = [];
  for (const file of files) {
    const r = await readTextFile(file);
    if (!r.ok) {
      if (r.reason === 'unreadable') errors.push(r.message);
      continue;
    }
    const doc = TextDocument.create('file://' + file, 'plaintext', 0, r.text);
    const range = (o: OffsetRange) => ({ start: doc.positionAt(o.start), end: doc.positionAt(o.end) });
    const rel = path.relative(process.cwd(), file) || file;
    const res = scan(r.text);
    for (const c of res.citations) {
      const item = toJson(rel, c, range, locale);
      if (json) results.push(item);
      else out.write(toText(item) + '\n');
    }
  }
  if (json) out.write(JSON.stringify(results, null, 2) + '\n');
  for (const e of errors) err.write(`vanban: ${e}\n`);
  return errors.length ? 1 : 0;
}

type Pos = { line: number; character: number };

function toJson(file: string, c: Citation, range: (o: OffsetRange) => { start: Pos; end: Pos }, locale: 'vi' | 'en') {
  return {
    file,
    range: range(c.range),
    form: c.form,
    symbol: c.raw,
    key: c.symbol.key,
    canonical: c.symbol.canonical,
    kind: c.symbol.kind,
    typeWord: c.typeWord?.value ?? null,
    date: c.date?.value.iso ?? (c.date ? c.date.text : null),
    body: c.body?.value ?? null,
    term: c.term?.value ?? null,
    title: c.title?.value ?? null,
    problems: c.problems.map((p) => ({ code: p.code, message: problemMessage(p, locale), range: range(p.range) })),
  };
}

function toText(i: ReturnType<typeof toJson>): string {
  const at = `${i.file}:${i.range.start.line + 1}:${i.range.start.character + 1}-${i.range.end.line + 1}:${i.range.end.character + 1}`;
  const fields = [
    i.form === 'short' ? `short "${i.symbol}" → ${i.key}` : `${i.symbol}${i.symbol !== i.canonical ? ` (${i.canonical})` : ''} [${i.key}]`,
    i.typeWord && `type: ${i.typeWord}`,
    i.date && `date: ${i.date}`,
    i.body && `body: ${i.body}`,
    i.term && `term: ${i.term}`,
    i.title && `title: ${i.title}`,
  ].filter(Boolean);
  const problems = i.problems.map((p) => `\n    ${p.code}: ${p.message}`).join('');
  return `${at}  ${fields.join(' | ')}${problems}`;
}
