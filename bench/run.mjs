#!/usr/bin/env node
// `npm run bench`: generates the corpus if needed, builds, and drives the built language server
// over stdio like an editor, printing one JSON line per figure on stdout (progress on stderr).
//   node bench/run.mjs [--size 1k|10k|100k] [--skip-rg] [--no-build] [--edits 500] [--requests 200]
//                      [--timeout <s>] [--request-timeout <s>] [--keep-cache] [--profile] [--push] [--slow <ms>]
//                      [--server <path to server.js>] [--node-flags "<flags>"] [--skip-check]
// See bench/README.md for what each figure means.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureCorpus, parseSize, mulberry32 } from './generate.mjs';
import { ensureRipgrep, ripgrepFigure } from './ripgrep.mjs';
import { LspClient, LspError } from './lsp-client.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const PROBE = path.join(HERE, 'probe.cjs');

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : def;
};
const flag = (name) => args.includes(`--${name}`);
const SERVER = path.resolve(opt('server', path.join(ROOT, 'server', 'out', 'server.js')));
const SIZE = opt('size', '10k').toLowerCase();
const N = parseSize(SIZE);
const EDITS = Number(opt('edits', 500));
const SLOW_MS = opt('slow') === undefined ? undefined : Number(opt('slow'));
/** --node-flags "…": flags for the server's Node (V8 flags included), as the client would pass them. */
const NODE_FLAGS = (opt('node-flags') ?? '').split(' ').filter(Boolean);
const REQUESTS = Number(opt('requests', 200));
// Generous by default: 100k articles may legitimately take minutes to index cold.
const TIMEOUT_MS = Number(opt('timeout', Math.max(120, N / 50))) * 1000;
// A request slower than this counts as an error (a timeout) rather than a latency.
const REQUEST_TIMEOUT_MS = Number(opt('request-timeout', 10)) * 1000;
const CACHE_DIR = path.join(HERE, '.cache', 'index', SIZE);
const RESULTS = path.join(HERE, '.cache', 'results');

const log = (...a) => console.error('[bench]', ...a);
const results = [];
/** Prints one figure as a JSON line and keeps it for the results file. */
function emit(figure, values) {
  const line = { figure, size: SIZE, ...values };
  results.push(line);
  console.log(JSON.stringify(line));
}

const round = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? null : +x.toFixed(d));
/** Nearest-rank percentiles of a list of milliseconds. */
function stats(ms) {
  if (ms.length === 0) return { n: 0 };
  const s = [...ms].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  return { n: s.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(s[s.length - 1]), mean: round(s.reduce((a, b) => a + b, 0) / s.length) };
}

/** VmHWM (peak RSS) and VmRSS of a process, in MB, from /proc. */
function procMemory(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssPeakMB: round(kb('VmHWM') / 1024, 1), rssMB: round(kb('VmRSS') / 1024, 1) };
  } catch {
    return {};
  }
}

/**
 * CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat. Unlike wall time it
 * barely moves when other work shares the machine, so each timed stage reports both.
 */
function procCpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the command name; clock ticks are 1/100 s on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The heap figures the preloaded probe wrote (see probe.cjs), in MB. */
function probeMemory(file) {
  try {
    const p = JSON.parse(fs.readFileSync(file, 'utf8'));
    const mb = (b) => round(b / 1048576, 1);
    return { heapUsedMB: mb(p.heapUsed), heapPeakMB: mb(p.peakHeapUsed), heapTotalPeakMB: mb(p.peakHeapTotal), externalPeakMB: mb(p.peakExternal) };
  } catch {
    return {};
  }
}

function dirBytes(dir) {
  let total = 0;
  let files = 0;
  const walk = (d) => {
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        total += fs.statSync(p).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes: total, files };
}

/** UTF-16 line/character of an offset, with LSP's line breaks (\r\n, \n, \r). */
function lineIndex(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

// The symbol shapes of ripgrep.mjs, for picking request positions (JavaScript flavour).
const SYMBOL_JS = /[0-9]{1,5}(?: ?[-–]? ?[A-ZĐÐ][A-Za-zĐÐ]{0,4}\/[A-ZĐÐ][A-Za-zĐÐƯ]*(?:-[A-ZĐÐ][A-Za-zĐÐƯ]*)*|\/(?:[0-9]{4}\/)?(?:QH[0-9]+|[A-ZĐÐ][A-Za-zĐÐ]*[-–][A-ZĐÐ][A-Za-zĐÐ0-9]*))/gu;

/** Citation positions in a text: inside each symbol (for hover etc.) and at its start (for completion). */
function symbolPositions(text) {
  const at = lineIndex(text);
  const out = [];
  for (const m of text.matchAll(SYMBOL_JS)) out.push({ inside: at(m.index + Math.min(2, m[0].length - 1)), start: at(m.index), symbol: m[0] });
  return out;
}

function listCorpusFiles(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name)) files.push(p);
    }
  };
  walk(dir);
  return files.sort();
}

const CLIENT_CAPABILITIES = {
  general: { positionEncodings: ['utf-16'] },
  window: { workDoneProgress: true },
  workspace: {
    configuration: true, workspaceFolders: true, symbol: { dynamicRegistration: false },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: true },
    references: {},
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
  },
};

/** The client capabilities; `--push` leaves out pull diagnostics, as editors without them do. */
function capabilities() {
  if (!flag('push')) return CLIENT_CAPABILITIES;
  const textDocument = { ...CLIENT_CAPABILITIES.textDocument };
  delete textDocument.diagnostic;
  return { ...CLIENT_CAPABILITIES, textDocument, workspace: { ...CLIENT_CAPABILITIES.workspace, diagnostics: undefined } };
}

/**
 * Starts the server, initializes it on the corpus with the cache folder, and resolves when its
 * index is ready. `duringIndex(client, caps)` runs as soon as the server is initialized, while it
 * indexes. Returns timings and the live client.
 */
async function startServer(corpusDir, label, duringIndex) {
  const probeFile = path.join(HERE, '.cache', `probe-${SIZE}-${label}.json`);
  const stderrFile = path.join(HERE, '.cache', `server-${SIZE}-${label}.log`);
  fs.rmSync(probeFile, { force: true });
  const stderr = fs.openSync(stderrFile, 'w');
  const tSpawn = performance.now();
  // --profile writes V8 CPU profiles of each server run to bench/.cache/profiles/<size>-<label>/
  // (open them in Chrome DevTools): one per thread, the index workers' included, named by V8.
  const profileDir = path.join(HERE, '.cache', 'profiles', `${SIZE}-${label}`);
  if (flag('profile')) fs.rmSync(profileDir, { recursive: true, force: true });
  const profile = flag('profile') ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const client = new LspClient(process.execPath, [...profile, ...NODE_FLAGS, '--require', PROBE, SERVER, '--stdio'], { stderr, env: { ...process.env, VANBAN_BENCH_PROBE: probeFile } });
  const statuses = [];
  let shownTenth = -1;
  client.on('vanban/indexStatus', (p, at) => {
    statuses.push({ ...p, at });
    // Progress on stderr every 10 %, with the server's RSS, so a long 100k run can be followed.
    const tenth = p?.total > 0 ? Math.floor((10 * p.done) / p.total) : -1;
    if (tenth > shownTenth) {
      shownTenth = tenth;
      log(`${label}: ${p.done}/${p.total} files, ${p.directives} directives, ${((at - tSpawn) / 1000).toFixed(1)} s, RSS ${procMemory(client.pid).rssMB} MB`);
    }
  });
  const ready = client.waitFor('vanban/indexStatus', (p) => p?.state === 'ready', TIMEOUT_MS);
  ready.catch(() => {});
  const rootUri = pathToFileURL(corpusDir).href;
  const t0 = performance.now();
  let init;
  try {
    init = await client.request('initialize', {
      processId: process.pid, clientInfo: { name: 'vanban-bench' }, locale: 'vi', rootUri, rootPath: corpusDir,
      workspaceFolders: [{ uri: rootUri, name: path.basename(corpusDir) }],
      initializationOptions: { cacheDir: CACHE_DIR, locale: 'vi' }, capabilities: capabilities(),
    }, 15000);
  } catch (e) {
    const tail = fs.existsSync(stderrFile) ? fs.readFileSync(stderrFile, 'utf8').slice(-2000) : '';
    await client.stop(1000);
    throw new LspError(`the server did not answer initialize (${e.message}). Is ${path.relative(ROOT, SERVER)} built and a language server? Its stderr ends with:\n${tail}`);
  }
  const tInit = performance.now();
  client.notify('initialized', {});
  const during = duringIndex ? duringIndex(client, init.capabilities ?? {}) : null;
  let readyAt;
  try {
    readyAt = (await ready).at;
  } catch (e) {
    const last = statuses[statuses.length - 1];
    throw new LspError(`index not ready: ${e.message}${statuses.length ? ` (last vanban/indexStatus: ${JSON.stringify(last)})` : ' (the server never sent vanban/indexStatus)'}`);
  }
  const final = statuses[statuses.length - 1] ?? {};
  const cpuAtReadyMs = procCpuMs(client.pid);
  return {
    cpuAtReadyMs,
    client, caps: init.capabilities ?? {}, probeFile, stderrFile, during,
    initializeMs: tInit - t0, readyMs: readyAt - t0, spawnToReadyMs: readyAt - tSpawn,
    firstStatusMs: statuses.length ? statuses[0].at - t0 : null, statusCount: statuses.length, final,
  };
}

/** Opens a document the way an editor does. */
function open(client, file, text, version = 1) {
  client.notify('textDocument/didOpen', { textDocument: { uri: pathToFileURL(file).href, languageId: file.endsWith('.md') ? 'markdown' : 'plaintext', version, text } });
}

const supportsPull = (caps) => !!caps.diagnosticProvider;

/**
 * Diagnostics of `uri` after `send()`: a pull request when the server offers one (as VS Code
 * does), else the next publishDiagnostics for that uri (and version when the server says it).
 */
async function diagnosticsAfter(client, caps, uri, version, send, timeoutMs = 10000) {
  if (supportsPull(caps)) {
    const t0 = performance.now();
    send();
    const r = await client.request('textDocument/diagnostic', { textDocument: { uri } }, timeoutMs);
    return { ms: performance.now() - t0, count: r?.items?.length ?? 0 };
  }
  const waiting = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && (p.version === undefined || p.version === null || p.version >= version), timeoutMs);
  const t0 = performance.now();
  send();
  const { params, at } = await waiting;
  return { ms: at - t0, count: params.diagnostics.length };
}

/** What one request returned, reduced to "was there something". */
function nonEmpty(r) {
  if (r === null || r === undefined) return false;
  if (Array.isArray(r)) return r.length > 0;
  if (Array.isArray(r.items)) return r.items.length > 0;
  return true;
}

async function timeRequests(client, name, method, paramsList) {
  const ms = [];
  let hits = 0;
  let errors = 0;
  const cpu0 = procCpuMs(client.pid);
  for (const params of paramsList) {
    const t0 = performance.now();
    try {
      const r = await client.request(method, params, REQUEST_TIMEOUT_MS);
      const took = performance.now() - t0;
      ms.push(took);
      // --slow <ms>: which requests took longer, to find what a tail is made of.
      if (SLOW_MS !== undefined && took >= SLOW_MS) log(`slow ${method} #${ms.length - 1}: ${round(took, 1)} ms ${JSON.stringify(params).slice(0, 200)}`);
      if (nonEmpty(r)) hits++;
    } catch (e) {
      errors++;
      if (errors === 1) log(`${method}: ${e.message}`);
    }
  }
  emit(name, { ...stats(ms), cpuMeanMs: round((procCpuMs(client.pid) - cpu0) / Math.max(1, paramsList.length)), nonEmpty: hits, errors, unit: 'ms' });
}

/** The typing session on the 20 KB draft: `EDITS` single-character edits, each followed by its diagnostics. */
async function keystrokes(client, caps, draftFile, draftText, figure = 'keystroke') {
  const uri = pathToFileURL(draftFile).href;
  // Type into the end of the first paragraph that cites something, as a writer adding a sentence would.
  const anchor = draftText.indexOf('.\n', draftText.search(SYMBOL_JS));
  const offset = anchor > 0 ? anchor + 1 : draftText.length;
  const at = lineIndex(draftText);
  const base = at(offset);
  const typed = ' Thực hiện Quyết định số 23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của hệ thống chính trị.';
  let version = 100;
  let col = base.character;
  const ms = [];
  let lastCount = 0;
  const cpu0 = procCpuMs(client.pid);
  for (let i = 0, k = 0; i < EDITS; i++) {
    version++;
    // Mostly typing, with a backspace every tenth keystroke.
    const del = i % 10 === 9 && col > base.character;
    const change = del
      ? { range: { start: { line: base.line, character: col - 1 }, end: { line: base.line, character: col } }, text: '' }
      : { range: { start: { line: base.line, character: col }, end: { line: base.line, character: col } }, text: typed[k++ % typed.length] };
    col += del ? -1 : 1;
    const v = version;
    const r = await diagnosticsAfter(client, caps, uri, v, () => client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] }));
    ms.push(r.ms);
    lastCount = r.count;
  }
  emit(figure, { ...stats(ms), cpuMeanMs: round((procCpuMs(client.pid) - cpu0) / EDITS), mode: supportsPull(caps) ? 'pull' : 'push', diagnostics: lastCount, draftBytes: Buffer.byteLength(draftText), unit: 'ms' });
}

async function main() {
  fs.mkdirSync(RESULTS, { recursive: true });
  // Other work on the machine skews every figure; the load average says how much to trust them.
  emit('machine', { cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model, memGB: round(os.totalmem() / 2 ** 30, 1), loadavg: os.loadavg().map((x) => round(x)), node: process.version });
  const corpus = await ensureCorpus({ size: SIZE, log });
  emit('corpus', { articles: corpus.articles, files: corpus.files + 1, mb: round(corpus.bytes / 1e6, 1), avgKB: round(corpus.avgBytes / 1000, 1), citations: corpus.citations, directives: corpus.directives, nfdFiles: corpus.nfdFiles, crlfFiles: corpus.crlfFiles, largeFiles: corpus.largeFiles, mdFiles: corpus.mdFiles });

  if (!flag('no-build')) {
    const t = performance.now();
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    log(`built in ${Math.round(performance.now() - t)} ms`);
  }
  if (!fs.existsSync(SERVER)) throw new LspError(`${SERVER} is missing: the build did not produce the server`);

  const draftText = fs.readFileSync(corpus.draft, 'utf8');
  const draftUri = pathToFileURL(corpus.draft).href;
  const draftPositions = symbolPositions(draftText);

  // Cold: no cache. The draft is opened as soon as the server is initialized, while it indexes,
  // and a hover is asked every 25 ms until the index is ready, to see whether the editor stays responsive.
  if (!flag('keep-cache')) fs.rmSync(CACHE_DIR, { recursive: true, force: true });
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  log(`cold start on ${corpus.dir} (cache ${path.relative(ROOT, CACHE_DIR)})`);
  let indexing = true;
  const cold = await startServer(corpus.dir, 'cold', (client, caps) => {
    const first = diagnosticsAfter(client, caps, draftUri, 1, () => open(client, corpus.draft, draftText, 1), TIMEOUT_MS)
      .then((r) => ({ ...r, whileIndexing: indexing }), (e) => ({ error: e.message }));
    const hoverMs = [];
    const responsive = (async () => {
      await first;
      for (let i = 0; indexing && draftPositions.length; i++) {
        const p = draftPositions[i % draftPositions.length];
        const t0 = performance.now();
        try {
          await client.request('textDocument/hover', { textDocument: { uri: draftUri }, position: p.inside }, 10000);
          hoverMs.push(performance.now() - t0);
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      return hoverMs;
    })();
    return { first, responsive };
  }).catch((e) => {
    emit('error', { stage: 'cold', message: e.message });
    throw e;
  });
  indexing = false;
  const { client, caps } = cold;
  emit('cold-index', { cache: flag('keep-cache') ? 'kept (not a cold start)' : 'empty', ms: round(cold.readyMs, 1), initializeMs: round(cold.initializeMs, 1), spawnToReadyMs: round(cold.spawnToReadyMs, 1), cpuMs: cold.cpuAtReadyMs, files: cold.final.files ?? null, directives: cold.final.directives ?? null, statusNotifications: cold.statusCount, unit: 'ms' });
  const first = await cold.during.first;
  emit('draft-first-diagnostics', { ms: round(first.ms, 1), diagnostics: first.count, whileIndexing: first.whileIndexing, mode: supportsPull(caps) ? 'pull' : 'push', error: first.error, unit: 'ms' });
  emit('hover-during-index', { ...stats(await cold.during.responsive), unit: 'ms' });
  emit('memory-after-index', { ...procMemory(client.pid), ...probeMemory(cold.probeFile) });

  await keystrokes(client, caps, corpus.draft, draftText);

  // Request latency at citation positions spread over a few opened articles and the draft.
  const rng = mulberry32(42);
  const all = listCorpusFiles(corpus.dir).filter((f) => !f.includes('-lon.') && f !== corpus.draft);
  const targets = [];
  for (let i = 0; i < 20 && all.length; i++) {
    const file = all[Math.floor(rng() * all.length)];
    const text = fs.readFileSync(file, 'utf8');
    if (text !== text.normalize('NFC')) continue;
    open(client, file, text, 1);
    const uri = pathToFileURL(file).href;
    for (const p of symbolPositions(text)) targets.push({ uri, file, text, ...p });
  }
  for (const p of draftPositions) targets.push({ uri: draftUri, ...p });
  const sample = [];
  for (let i = 0; i < REQUESTS && targets.length; i++) sample.push(targets[Math.floor(rng() * targets.length)]);
  const pos = (t, where = 'inside') => ({ textDocument: { uri: t.uri }, position: t[where] });
  await timeRequests(client, 'hover', 'textDocument/hover', sample.map((t) => pos(t)));
  await timeRequests(client, 'definition', 'textDocument/definition', sample.map((t) => pos(t)));
  await timeRequests(client, 'references', 'textDocument/references', sample.map((t) => ({ ...pos(t), context: { includeDeclaration: true } })));
  await timeRequests(client, 'completion', 'textDocument/completion', sample.map((t) => ({ ...pos(t, 'start'), context: { triggerKind: 1 } })));
  const queries = ['23', '290-QĐ', 'dân vận', 'NQ/TW', 'Chỉ thị 43', '30/2020', 'quy chế', 'CT/TU', '18-NQ', 'công tác'];
  await timeRequests(client, 'workspace-symbol', 'workspace/symbol', Array.from({ length: REQUESTS }, (_, i) => ({ query: queries[i % queries.length] })));
  emit('memory-peak', { ...procMemory(client.pid), ...probeMemory(cold.probeFile) });
  await client.stop();
  const cache = dirBytes(CACHE_DIR);
  emit('cache-size', { mb: round(cache.bytes / 1e6, 2), files: cache.files, dir: path.relative(ROOT, CACHE_DIR) });

  // Warm: same cache folder, a fresh process.
  log('warm start from the cache');
  const warm = await startServer(corpus.dir, 'warm', null).catch((e) => {
    emit('error', { stage: 'warm', message: e.message });
    throw e;
  });
  emit('warm-start', { ms: round(warm.readyMs, 1), initializeMs: round(warm.initializeMs, 1), spawnToReadyMs: round(warm.spawnToReadyMs, 1), cpuMs: warm.cpuAtReadyMs, files: warm.final.files ?? null, directives: warm.final.directives ?? null, unit: 'ms' });
  emit('memory-warm', { ...procMemory(warm.client.pid), ...probeMemory(warm.probeFile) });
  // The first hover on each of the directives the opened articles cite most (the most cited in
  // the corpus too), right after the warm start: what the corpus says about a directive is
  // counted when it is first asked for, from every one of its citations.
  {
    const bySymbol = new Map();
    // In the opened articles (the draft is opened later, for the typing).
    for (const t of targets.filter((x) => x.file)) {
      const seen = bySymbol.get(t.symbol);
      if (seen) seen.n++;
      else bySymbol.set(t.symbol, { t, n: 1 });
    }
    const firsts = [...bySymbol.values()].sort((a, b) => b.n - a.n).slice(0, 10).map((x) => x.t);
    const opened = new Set();
    for (const t of firsts) {
      if (opened.has(t.file)) continue;
      opened.add(t.file);
      open(warm.client, t.file, t.text, 1);
    }
    await timeRequests(warm.client, 'hover-first-most-cited', 'textDocument/hover', firsts.map((t) => pos(t)));
  }
  // The first workspace-symbol query after the editor was idle for a moment (as when a user
  // presses Ctrl+T a while after opening the folder): the directives were counted meanwhile.
  // In the request phase above, queries come back to back and the first one counts them all.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  {
    const t0 = performance.now();
    const found = await warm.client.request('workspace/symbol', { query: '23' }, REQUEST_TIMEOUT_MS);
    emit('workspace-symbol-after-idle', { ms: round(performance.now() - t0), results: found?.length ?? 0, unit: 'ms' });
  }
  // The same typing as above, in the warm session after that idle moment (a writer who opens the
  // editor and starts typing a few seconds later): the post-index work is done, the code warm.
  open(warm.client, corpus.draft, draftText, 1);
  await keystrokes(warm.client, warm.caps, corpus.draft, draftText, 'keystroke-after-idle');
  await warm.client.stop();

  if (!flag('skip-check')) emit('vanban-check', checkFigure(corpus.dir));
  if (!flag('skip-rg') && ensureRipgrep(log)) {
    const rg = ripgrepFigure(corpus.dir);
    emit('ripgrep', { ...rg, unit: 'ms' });
    // The issue's yardstick: the cold index as a multiple of ripgrep reading the same bytes, in the same run.
    emit('cold-vs-ripgrep', { ratio: round(cold.readyMs / rg.ms, 1), coldMs: round(cold.readyMs, 1), ripgrepMs: rg.ms, unit: '×' });
    log(`cold index ${round(cold.readyMs, 1)} ms = ${round(cold.readyMs / rg.ms, 1)}× ripgrep (${rg.ms} ms)`);
  }
}

/**
 * `vanban check` of the whole corpus, as CI would run it (JSON output, thrown away): wall time,
 * and the CPU time and peak RSS of the process and its worker threads (from GNU time when the
 * machine has it).
 */
function checkFigure(dir) {
  // The CLI built with the server measured (`--server`), when it is beside it.
  const sibling = path.join(path.dirname(SERVER), 'cli.js');
  const cli = fs.existsSync(sibling) ? sibling : path.join(ROOT, 'server', 'out', 'cli.js');
  const timeBin = ['/usr/bin/time'].find((f) => fs.existsSync(f));
  const statsFile = path.join(os.tmpdir(), `vanban-bench-check-${process.pid}.txt`);
  const argv = [cli, 'check', dir, '--format', 'json'];
  log(`vanban check ${path.relative(ROOT, dir)}`);
  const t0 = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M %U %S', '-o', statsFile, process.execPath, ...argv], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = performance.now() - t0;
  const out = { ms: round(wall, 1), exitCode: r.status, unit: 'ms' };
  if (timeBin && fs.existsSync(statsFile)) {
    const [kb, user, sys] = fs.readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    fs.rmSync(statsFile, { force: true });
    Object.assign(out, { cpuMs: Math.round((user + sys) * 1000), rssPeakMB: round(kb / 1024, 1) });
  }
  return out;
}

const startedAt = new Date().toISOString();
let code = 0;
try {
  await main();
} catch (e) {
  log(e instanceof LspError ? e.message : e.stack);
  code = 1;
} finally {
  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the results file just lacks the commit.
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, `${SIZE}.jsonl`), results.map((r) => JSON.stringify({ ...r, startedAt, commit })).join('\n') + '\n');
}
process.exit(code);
