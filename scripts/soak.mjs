#!/usr/bin/env node
// The long soak: one language server through thousands of random opens, edits, closes, saves
// and disk changes (test/lsp/soak.harness.ts), then its answers compared with a fresh server's
// over the same final files, and its memory (RSS from /proc) reported along the way.
//   node scripts/soak.mjs [--ops 20000] [--seed N] [--files 300] [--keys 40]
// Needs the built server (npm run build) and the compiled tests (npx tsc -p .).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const ops = option('ops', 20000);
const seed = option('seed', Date.now() % 2 ** 31);
const require = createRequire(import.meta.url);
const { runSoak } = require(path.join(root, 'out', 'test', 'lsp', 'soak.harness.js'));

console.log(`[soak] ${ops} operations, seed ${seed}`);
const r = await runSoak({ ops, seed, files: option('files', 300), keys: option('keys', 40), log: console.log });
console.log(`[soak] operations: ${JSON.stringify(r.ops)} in ${r.seconds.toFixed(1)} s; ${r.references} references compared`);
console.log(`[soak] server RSS (MB) after warm-up: ${r.rssMB.map((x) => x.toFixed(0)).join(' ')}`);
const first = r.rssMB[0];
const last = r.rssMB[r.rssMB.length - 1];
const grew = last > first * 1.5 + 30;
if (r.mismatches.length) console.log(`[soak] FAILED: answers differ from a fresh server:\n  ${r.mismatches.join('\n  ')}`);
if (grew) console.log(`[soak] FAILED: memory grew from ${first.toFixed(0)} MB to ${last.toFixed(0)} MB`);
if (!r.mismatches.length && !grew) console.log('[soak] answers equal a fresh server\'s; memory flat');
process.exitCode = r.mismatches.length || grew ? 1 : 0;
