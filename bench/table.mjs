#!/usr/bin/env node
// Prints the last results of each size (bench/.cache/results/<size>.jsonl) as the Markdown table
// of bench/README.md, with the budgets beside them.
//   node bench/table.mjs [1k 10k 100k]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.cache', 'results');
const sizes = process.argv.slice(2).length ? process.argv.slice(2) : ['1k', '10k', '100k'];
const runs = new Map();
for (const s of sizes) {
  const file = path.join(dir, `${s}.jsonl`);
  if (!fs.existsSync(file)) continue;
  const figures = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    figures.set(r.figure, r);
  }
  runs.set(s, figures);
}
const cols = [...runs.keys()];
const ms = (x) => (x === null || x === undefined ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x} ms`);
const pct = (f) => (f ? `${f.p50} / ${f.p95} / ${f.p99} ms` : '—');
const rows = [
  ['run', (f) => `${f.get('corpus')?.startedAt?.slice(0, 16).replace('T', ' ') ?? ''} @${f.get('corpus')?.commit ?? ''}, load ${f.get('machine')?.loadavg?.[0] ?? '?'}`, ''],
  ['corpus', (f) => { const c = f.get('corpus'); return c ? `${c.files} files, ${c.mb} MB, ${c.citations} citations` : '—'; }, '10k ≈ 80 MB'],
  ['cold index (wall / server CPU)', (f) => { const c = f.get('cold-index'); return c ? `${ms(c.ms)} / ${ms(c.cpuMs)}` : '—'; }, '≤ 1.5 s'],
  ['warm start (wall / server CPU)', (f) => { const c = f.get('warm-start'); return c ? `${ms(c.ms)} / ${ms(c.cpuMs)}` : '—'; }, '≤ 0.3 s'],
  ['draft first diagnostics (during index)', (f) => ms(f.get('draft-first-diagnostics')?.ms), ''],
  ['hover during cold index p50 / p95 / p99', (f) => pct(f.get('hover-during-index')), 'responsive'],
  ['keystroke p50 / p95 / p99 (CPU mean)', (f) => { const k = f.get('keystroke'); return k ? `${pct(k)} (${k.cpuMeanMs} ms)` : '—'; }, 'p95 ≤ 5 ms'],
  ['keystroke after 2 s idle (warm)', (f) => { const k = f.get('keystroke-after-idle'); return k ? `${pct(k)} (${k.cpuMeanMs} ms)` : '—'; }, 'p95 ≤ 5 ms'],
  ...['hover', 'definition', 'references', 'completion', 'workspace-symbol'].map((name) => [
    `${name} p50 / p95 / p99 (CPU mean)`, (f) => { const k = f.get(name); return k ? `${pct(k)} (${k.cpuMeanMs} ms)` : '—'; },
    name === 'hover' || name === 'definition' ? 'p95 ≤ 5 ms' : name === 'references' ? 'p95 ≤ 20 ms' : '',
  ]),
  ['first hover on each of the 10 most-cited, warm: median / max', (f) => { const k = f.get('hover-first-most-cited'); return k ? `${k.p50} / ${k.max} ms` : '—'; }, '≤ 5 ms'],
  ['workspace-symbol slowest (its first query, right after the typing)', (f) => ms(f.get('workspace-symbol')?.max), ''],
  ['first workspace-symbol after 2 s idle (warm)', (f) => ms(f.get('workspace-symbol-after-idle')?.ms), ''],
  ['peak RSS (VmHWM)', (f) => { const m = f.get('memory-peak') ?? f.get('memory-after-index'); return m ? `${m.rssPeakMB} MB` : '—'; }, '≤ 200 MB (100k: ≤ 1 GB)'],
  ['peak V8 heap used', (f) => { const m = f.get('memory-peak') ?? f.get('memory-after-index'); return m ? `${m.heapPeakMB} MB` : '—'; }, ''],
  ['RSS after warm start', (f) => { const m = f.get('memory-warm'); return m ? `${m.rssPeakMB} MB` : '—'; }, ''],
  ['cache on disk', (f) => { const c = f.get('cache-size'); return c ? `${c.mb} MB (${c.files} files)` : '—'; }, ''],
  ['`vanban check` (wall / CPU / peak RSS)', (f) => { const c = f.get('vanban-check'); return c ? `${ms(c.ms)} / ${ms(c.cpuMs)} / ${c.rssPeakMB ?? '?'} MB` : '—'; }, '≤ 3 s (100k: ≤ 30 s)'],
  ['ripgrep floor (matches)', (f) => { const r = f.get('ripgrep'); return r ? `${ms(r.ms)} (${r.matches})` : '—'; }, ''],
  ['cold index ÷ ripgrep', (f) => { const r = f.get('cold-vs-ripgrep'); return r ? `${r.ratio}×` : '—'; }, '≤ 7×'],
];
console.log(`| figure | ${cols.join(' | ')} | budget |`);
console.log(`|---|${cols.map(() => '---').join('|')}|---|`);
for (const [name, get, budget] of rows) console.log(`| ${name} | ${cols.map((c) => get(runs.get(c))).join(' | ')} | ${budget} |`);
