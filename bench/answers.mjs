#!/usr/bin/env node
// The index's answers, dumped and compared: what the built server says about a corpus, so that a
// change made for speed can be shown to change no answer (issue 12).
//
//   node bench/answers.mjs [--size 10k | --corpus <dir>] [--server server/out/server.js] [--files 120]
//                          [--workers n] [--warm] --dump <file.jsonl>
//   node bench/answers.mjs --compare <a.jsonl> <b.jsonl> [--examples 20]
//
// The server indexes the corpus (a fresh cache folder; `--warm` indexes twice and asks the second,
// cache-loaded server), then, for a fixed sample of files (every n-th of the sorted list), opens
// each and asks at the start of every citation the scanner's own regex finds: hover, definition,
// references (its locations hashed, with their count and first three), code lenses, document
// symbols, and the custom requests of the tree (`vanban/directives`, the citations of a sample
// of directives). Plus workspace symbols for a fixed set of queries and the final index status.
// One JSON line per answer; `--compare` reports how many differ, with examples.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : def;
};
const flag = (name) => args.includes(`--${name}`);

/** Where a symbol starts (digits then a dash or slash and a capital): where the answers are asked. */
const SYMBOL_AT = /(?<![\p{L}\p{N}/.-])\d{1,5}[ ]?[-/–][ ]?\p{Lu}/gu;
const QUERIES = ['23', '290-QĐ', 'dân vận', 'NQ/TW', 'Chỉ thị 43', 'CP', 'TU', '2020', 'QĐ-TTg', 'ĐH-XIII'];

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:txt|md)$/u.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function lineIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (o) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= o) lo = mid; else hi = mid - 1; }
    return { line: lo, character: o - starts[lo] };
  };
}

const hash = (v) => crypto.createHash('sha1').update(JSON.stringify(v)).digest('base64').slice(0, 16);

/** Large answers (references of a directive cited 20,000 times) as their count, hash and first three. */
function reduce(v) {
  if (Array.isArray(v) && v.length > 5) return { count: v.length, hash: hash(v), first: v.slice(0, 3) };
  return v;
}

async function startIndexed(server, corpus, cacheDir, workers) {
  const client = new LspClient(process.execPath, [server, '--stdio'], { stderr: 'ignore' });
  const ready = client.waitFor('vanban/indexStatus', (p) => p?.state === 'ready', 30 * 60 * 1000);
  const rootUri = pathToFileURL(corpus).href;
  await client.request('initialize', {
    processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: path.basename(corpus) }],
    initializationOptions: { cacheDir, locale: 'vi', ...(workers !== undefined && { indexWorkers: workers }) },
    capabilities: { workspace: { configuration: false, workspaceFolders: true }, textDocument: { diagnostic: {}, hover: { contentFormat: ['markdown'] } } },
  }, 60000);
  // What a large corpus says is counted as its files are indexed, or gathered in slices after the
  // index (a warm start; its first use starts it): answers asked before it is in would depend on
  // timing. A small one is gathered at once, and logs nothing. Waited for from the start: the
  // count is taken when the index completes, before its ready status.
  const gathered = client.waitFor('window/logMessage',
    (p) => /^\[catalog\] what \d+ files say (?:gathered|counted as they were indexed)/.test(p?.message ?? ''), 30 * 60 * 1000);
  client.notify('initialized', {});
  const { params: status } = await ready;
  // Diagnostics judge by the catalog: asking for some starts the gathering.
  const first = listFiles(corpus)[0];
  const uri = pathToFileURL(first).href;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(first, 'utf8') } });
  await client.request('textDocument/diagnostic', { textDocument: { uri } });
  client.notify('textDocument/didClose', { textDocument: { uri } });
  if (status.files + (status.drafts ?? 0) > 200) await gathered;
  else gathered.catch(() => {});
  return { client, status };
}

async function dump(out) {
  const { ensureCorpus } = await import('./generate.mjs');
  const corpus = path.resolve(opt('corpus') ?? (await ensureCorpus({ size: opt('size', '10k') })).dir);
  const server = path.resolve(opt('server', path.join(ROOT, 'server/out/server.js')));
  const workers = opt('workers') !== undefined ? Number(opt('workers')) : undefined;
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-answers-'));
  const w = fs.createWriteStream(out);
  const line = (o) => w.write(JSON.stringify(o) + '\n');
  try {
    let { client, status } = await startIndexed(server, corpus, cacheDir, workers);
    if (flag('warm')) {
      await client.stop(10000);
      ({ client, status } = await startIndexed(server, corpus, cacheDir, workers));
    }
    // Progress counters differ between runs; what the status says of the workspace does not.
    const final = { ...status };
    delete final.done;
    delete final.total;
    line({ what: 'status', answer: final });
    const files = listFiles(corpus);
    const every = Math.max(1, Math.floor(files.length / Number(opt('files', 120))));
    const sample = files.filter((_, i) => i % every === 0);
    console.error(`[answers] ${files.length} files, asking in ${sample.length}`);
    for (const file of sample) {
      const rel = path.relative(corpus, file).split(path.sep).join('/');
      const text = fs.readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).href;
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: file.endsWith('.md') ? 'markdown' : 'plaintext', version: 1, text } });
      const at = lineIndex(text);
      const doc = { textDocument: { uri } };
      line({ file: rel, what: 'codeLens', answer: await client.request('textDocument/codeLens', doc) });
      line({ file: rel, what: 'documentSymbol', answer: reduce(await client.request('textDocument/documentSymbol', doc)) });
      line({ file: rel, what: 'diagnostic', answer: reduce((await client.request('textDocument/diagnostic', doc))?.items) });
      let n = 0;
      for (const m of text.matchAll(SYMBOL_AT)) {
        if (n++ >= 12) break;
        const p = { ...doc, position: at(m.index) };
        line({ file: rel, at: p.position, what: 'hover', answer: await client.request('textDocument/hover', p) });
        line({ file: rel, at: p.position, what: 'definition', answer: await client.request('textDocument/definition', p) });
        line({ file: rel, at: p.position, what: 'references', answer: reduce(await client.request('textDocument/references', { ...p, context: { includeDeclaration: true } })) });
      }
      client.notify('textDocument/didClose', doc);
    }
    for (const query of QUERIES) line({ what: 'workspaceSymbol', query, answer: reduce(await client.request('workspace/symbol', { query })) });
    const directives = await client.request('vanban/directives', {});
    line({ what: 'directives', answer: reduce(directives) });
    const list = (directives?.groups ?? []).flatMap((g) => g.directives);
    for (const d of list.filter((_, i) => i % Math.max(1, Math.floor(list.length / 40)) === 0).slice(0, 40)) {
      const id = d.id;
      line({ what: 'directiveCitations', id, answer: reduce(await client.request('vanban/directiveCitations', { id })) });
    }
    await client.stop(10000);
  } finally {
    await new Promise((resolve) => w.end(resolve));
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

function compare(a, b) {
  const read = (p) => fs.readFileSync(p, 'utf8').split('\n').filter(Boolean);
  const A = read(a);
  const B = read(b);
  const key = (l) => { const o = JSON.parse(l); return JSON.stringify([o.what, o.file, o.at, o.query, o.id]); };
  const mb = new Map(B.map((l) => [key(l), l]));
  const out = { answers: A.length, identical: 0, differ: 0, onlyInA: 0, onlyInB: Math.max(0, B.length - A.length), byRequest: {} };
  const examples = [];
  for (const l of A) {
    const k = key(l);
    const other = mb.get(k);
    if (other === undefined) { out.onlyInA++; continue; }
    if (other === l) { out.identical++; continue; }
    out.differ++;
    const what = JSON.parse(l).what;
    out.byRequest[what] = (out.byRequest[what] ?? 0) + 1;
    if (examples.length < Number(opt('examples', 20))) examples.push({ key: k, a: l.slice(0, 400), b: other.slice(0, 400) });
  }
  return { ...out, examples };
}

if (flag('compare')) {
  const i = args.indexOf('--compare');
  const r = compare(args[i + 1], args[i + 2]);
  console.log(JSON.stringify(r, null, 1));
  process.exitCode = r.differ || r.onlyInA || r.onlyInB ? 1 : 0;
} else {
  const out = opt('dump');
  if (!out) {
    console.error('usage: node bench/answers.mjs [--size 10k | --corpus dir] --dump out.jsonl | --compare a.jsonl b.jsonl');
    process.exit(2);
  }
  await dump(out);
}
