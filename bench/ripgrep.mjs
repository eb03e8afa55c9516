#!/usr/bin/env node
// The floor: how long ripgrep takes to find every Party and state symbol in the corpus with one
// regular expression. Nothing Vanban does per file can be cheaper than reading it and running a
// regex over it, so this is the number the cold index is compared against.
//   node bench/ripgrep.mjs [--size 10k | <folder>] [--runs 3]

import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Party symbols (`290-QĐ/TW`, `29- CT/TU`, `18–NQ/TƯ`, `92CT/TW`, `06-HD/BTCTW-BTGTW`) or state
 * symbols (`30/2020/NĐ-CP`, `1234/QĐ-TTg`, `10/2022/QH15`, `51/NQ-TW`, `123/UBND-VP`), with the
 * lookalikes of domain.md §3 (Ð, en-dash, TƯ) and combining marks so NFD files match too. It is
 * the scanner's symbol shape without its context rules, so it counts roughly, not exactly, the
 * same citations.
 */
export const SYMBOL_REGEX =
  '[0-9]{1,5}(?:' +
  // Party shape: NUMBER-TYPE/ISSUER[-ISSUER][/suffix]
  ' ?[-–]? ?[A-ZĐÐ][A-Za-zĐÐ\\p{M}]{0,4}/[A-ZĐÐ][A-Za-zĐÐƯ\\p{M}]*(?:-[A-ZĐÐ][A-Za-zĐÐƯ\\p{M}]*)*' +
  '|' +
  // State shape: NUMBER/[YEAR/]TYPE-ISSUER[-ISSUER] or NUMBER/YEAR/QHnn
  '/(?:[0-9]{4}/)?(?:QH[0-9]+|[A-ZĐÐ][A-Za-zĐÐ\\p{M}]*[-–][A-ZĐÐ][A-Za-zĐÐ0-9\\p{M}]*(?:-[A-ZĐÐ][A-Za-zĐÐ0-9\\p{M}]*)*)' +
  ')';

/** Makes sure `rg` is on the PATH, installing it with apt-get (after `apt-get update`) if not. */
export function ensureRipgrep(log = console.error) {
  if (spawnSync('rg', ['--version']).status === 0) return true;
  log('ripgrep not found: installing it with apt-get …');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => {
    // Another process may hold the dpkg lock for a while; apt-get waits for it with this option.
    const cmd = [...sudo, 'apt-get', '-o', 'DPkg::Lock::Timeout=300', ...args];
    return spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', 'ripgrep'])) {
    log('could not install ripgrep (apt-get failed); skipping the floor');
    return false;
  }
  return spawnSync('rg', ['--version']).status === 0;
}

/** Runs ripgrep once over `dir` (txt and md files); returns { ms, matches, files }. */
export function ripgrepOnce(dir) {
  const t0 = performance.now();
  let out = '';
  try {
    out = execFileSync('rg', ['--count-matches', '--no-messages', '--with-filename', '-g', '*.txt', '-g', '*.md', '-e', SYMBOL_REGEX, dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    // Exit status 1 means "no match", which is a valid (empty) result.
    if (e.status !== 1) throw e;
    out = e.stdout ?? '';
  }
  const ms = performance.now() - t0;
  let matches = 0;
  let files = 0;
  for (const line of out.split('\n')) {
    const i = line.lastIndexOf(':');
    if (i < 0) continue;
    matches += Number(line.slice(i + 1));
    files++;
  }
  return { ms, matches, files };
}

/** The ripgrep figure: the median of `runs` runs after one warm-up, in milliseconds. */
export function ripgrepFigure(dir, runs = 3) {
  const first = ripgrepOnce(dir);
  const times = [];
  let last = first;
  for (let i = 0; i < runs; i++) {
    last = ripgrepOnce(dir);
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  const version = execFileSync('rg', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  return { figure: 'ripgrep', ms: +times[Math.floor(times.length / 2)].toFixed(1), firstMs: +first.ms.toFixed(1), matches: last.matches, filesWithMatches: last.files, runs, version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, def) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : def;
  };
  let dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) {
    const { ensureCorpus } = await import('./generate.mjs');
    dir = (await ensureCorpus({ size: opt('size', '10k') })).dir;
  }
  if (!ensureRipgrep()) process.exit(1);
  console.log(JSON.stringify({ corpus: dir, ...ripgrepFigure(dir, Number(opt('runs', 3))) }));
}
