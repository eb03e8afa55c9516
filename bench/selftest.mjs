#!/usr/bin/env node
// Checks the benchmark's own machinery, so its figures can be trusted: the corpus is the same
// whatever the number of worker threads, it contains every variant the benchmark claims to
// exercise, the draft is 20 KB, and the ripgrep regex finds the symbols the generator wrote.
//   node bench/selftest.mjs        (exit status 1 on the first failure)

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCorpus, parseSize } from './generate.mjs';
import { SYMBOL_REGEX } from './ripgrep.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-bench-'));
let passed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    console.log(`FAIL ${name}\n${e.message}`);
    process.exitCode = 1;
  }
}

function digest(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  files.sort();
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(path.relative(dir, f)).update(fs.readFileSync(f));
  return { hash: h.digest('hex'), files };
}

const quiet = () => {};
const one = await ensureCorpus({ size: '300', out: path.join(tmp, 'a'), jobs: 1, log: quiet });
const two = await ensureCorpus({ size: '300', out: path.join(tmp, 'b'), jobs: 2, log: quiet });
const a = digest(one.dir);

await check('sizes parse as written', () => {
  assert.equal(parseSize('1k'), 1000);
  assert.equal(parseSize('100K'), 100000);
  assert.equal(parseSize('250'), 250);
  assert.throws(() => parseSize('ten'));
});

await check('the corpus is the same with one or two worker threads', () => {
  assert.equal(digest(two.dir).hash, a.hash);
  assert.equal(a.files.length, 301);
});

await check('a second call reuses the corpus instead of rewriting it', async () => {
  const again = await ensureCorpus({ size: '300', out: path.join(tmp, 'a'), jobs: 1, log: quiet });
  assert.equal(again.generateMs, one.generateMs);
});

await check('every variant the benchmark claims is in the corpus', () => {
  for (const k of ['nfdFiles', 'crlfFiles', 'zeroWidthFiles', 'mdFiles', 'largeFiles', 'space', 'endash', 'tu', 'stateStyle', 'eth', 'leadingZero', 'shortMention', 'state_canonical']) {
    assert.ok(one[k] > 0, `no ${k} in ${JSON.stringify(one)}`);
  }
  assert.ok(one.citations / one.files >= 5, 'fewer than 5 citations per article');
});

await check('the three header styles of domain.md §5 appear', () => {
  const text = a.files.filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(f, 'utf8').normalize('NFC')).join('\n');
  assert.match(text, /Ngày đăng: \d\d\/\d\d\/\d{4} \d\d:\d\d/);
  assert.match(text, /Thứ (hai|ba|tư|năm|sáu|bảy) - \d\d\/\d\d\/\d{4} \d\d:\d\d/);
  assert.match(text, /Thứ \d, \d\d\/\d\d\/\d{4} \| \d\d:\d\d:\d\d \[GMT \+7\]/);
  assert.match(text, /Chỉ thị 43(?![-–\d])/);
});

await check('the draft is 20 KB and carries real slips', () => {
  const draft = fs.readFileSync(one.draft, 'utf8');
  const bytes = Buffer.byteLength(draft);
  assert.ok(bytes >= 20000 && bytes <= 20480, `draft is ${bytes} bytes`);
  assert.match(draft, /21- CT\/TU/);
  assert.match(draft, /31\/02\/2015/);
});

await check('the ripgrep regex finds about as many symbols as were written', () => {
  const re = new RegExp(SYMBOL_REGEX, 'gu');
  let found = 0;
  for (const f of a.files) if (/\.(txt|md)$/.test(f)) found += (fs.readFileSync(f, 'utf8').match(re) ?? []).length;
  const written = one.citations - one.shortMention;
  assert.ok(Math.abs(found - written) / written < 0.05, `found ${found}, written ${written}`);
});

fs.rmSync(tmp, { recursive: true, force: true });
console.log(`${passed} passed${process.exitCode ? ', some failed' : ''}`);
