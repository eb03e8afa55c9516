#!/usr/bin/env node
// The long fuzz run: random and mutated real text through the scanner and every core feature,
// with the invariants of test/unit/fuzz.harness.ts (the same harness `npm test` runs 400 times).
//   node scripts/fuzz.mjs [--runs 100000] [--seed N] [--hang-seconds 30] [--replay N]
// The cases run in a worker thread; the main thread watches their progress, so a case that hangs
// (a regular expression gone exponential, an endless loop) is reported with how to replay it.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const harness = path.join(root, 'out', 'test', 'unit', 'fuzz.harness.js');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) { console.error(`--${name} needs a whole number`); process.exit(2); }
  return v;
}

if (isMainThread) {
  if (process.argv.includes('--help')) {
    console.log('node scripts/fuzz.mjs [--runs 100000] [--seed N] [--hang-seconds 30] [--replay N]');
    process.exit(0);
  }
  const runs = option('runs', 10000);
  const seed = option('seed', Date.now() % 2 ** 31);
  const hangMs = option('hang-seconds', 30) * 1000;
  const replay = option('replay', -1);
  // The harness is TypeScript: compile when its output is missing or older than the source.
  const source = path.join(root, 'test', 'unit', 'fuzz.harness.ts');
  if (!existsSync(harness) || statSync(harness).mtimeMs < statSync(source).mtimeMs) {
    console.log('[fuzz] compiling (tsc -p .)…');
    try { execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' }); } catch { /* tsc reports; the harness may still be emitted */ }
  }
  console.log(`[fuzz] ${replay >= 0 ? `replaying case ${replay} of` : `${runs} cases,`} seed ${seed}`);
  const progress = new Int32Array(new SharedArrayBuffer(4));
  const t0 = Date.now();
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { runs, seed, replay, progress } });
  let last = -1;
  let since = Date.now();
  const watch = setInterval(() => {
    const n = Atomics.load(progress, 0);
    if (n !== last) { last = n; since = Date.now(); return; }
    if (Date.now() - since < hangMs) return;
    console.error(`[fuzz] HANG: case ${n - 1} has run for more than ${hangMs / 1000} s. Replay: node scripts/fuzz.mjs --seed ${seed} --replay ${n - 1}`);
    process.exitCode = 1;
    void worker.terminate();
  }, 1000);
  worker.on('message', (m) => console.log(m));
  worker.on('error', (e) => { console.error(`[fuzz] FAILED\n${e.stack ?? e}`); process.exitCode = 1; });
  worker.on('exit', () => {
    clearInterval(watch);
    const s = (Date.now() - t0) / 1000;
    const cases = Atomics.load(progress, 0);
    console.log(`[fuzz] ${cases} cases in ${s.toFixed(1)} s (${Math.round(cases / s)}/s)${process.exitCode ? '' : ': no invariant broken'}`);
  });
} else {
  const require = createRequire(import.meta.url);
  const fc = require('fast-check');
  const { checkText, fuzzCase } = require(harness);
  const { runs, seed, replay, progress } = workerData;
  let slowest = { ms: 0, length: 0 };
  fc.assert(fc.property(fuzzCase, (c) => {
    Atomics.add(progress, 0, 1);
    const t = performance.now();
    checkText(c);
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, length: c.text.length };
  }), { numRuns: replay >= 0 ? 1 : runs, seed, ...(replay >= 0 && { path: String(replay) }) });
  parentPort.postMessage(`[fuzz] slowest case: ${slowest.ms.toFixed(1)} ms for ${slowest.length} characters`);
}
