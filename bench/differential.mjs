#!/usr/bin/env node
// The scanner against an independent lenient regex, and against itself at another commit.
//
//   node bench/differential.mjs [--corpus <dir>]... [--size 10k] [--no-bench] [--fixtures]
//                               [--src <source tree>] [--dump <file.jsonl>] [--examples 12]
//   node bench/differential.mjs --compare <a.jsonl> <b.jsonl> [--ignore cls,span] [--examples 20]
//
// Recall: every place the lenient regex (`LENIENT` below: any number, a code and a slash in
// either order, with dashes, spaces, lookalikes and combining marks allowed) finds a symbol-like
// string is looked for among the scanner's full citations; the symbols only one side finds are
// grouped by shape (digits as N) with an example in context. The regex finds look-alikes too
// (court judgments, tax forms): what it alone finds is read, not counted as a miss blindly.
// Fields: how many citations carry a date, a body and a title, how many dates are written right
// after a symbol but not attached, and how many titles and bodies end in noise (a question mark,
// a bracketed note, a table cell, a new clause).
// Fixtures (`--fixtures`, on by default): the expected citations of test/fixtures/references/*.yaml,
// as the unit suite checks them, summed up as precision and recall.
// `--src` builds the scanner from another source tree (e.g. a `git worktree` of an older commit);
// `--dump` writes what it finds in every file, and `--compare` diffs two dumps.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : def;
};
const opts = (name) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] ? [args[i + 1]] : []));
const flag = (name) => args.includes(`--${name}`);
const EXAMPLES = Number(opt('examples', 12));

/**
 * The lenient regex: written apart from the scanner, from the shapes of domain.md §1, looser than
 * any of them. Party-like: NUMBER [-] CODE / CODE[-CODE…]; state-like: NUMBER / [YEAR /] CODE[-CODE…];
 * old: NUMBER-CP/TTg/HĐBT. Dashes of every kind, a space or a line break around them, combining
 * marks inside codes, `&`, and a dotted number (66.2) are allowed.
 */
const D = '[-\\u2010-\\u2015\\u2212]';
const GAP = '[ \\t\\u00A0]*(?:\\r?\\n[ \\t\\u00A0]*)?';
const CODE = '\\p{Lu}[\\p{L}\\p{M}\\p{N}&]*';
const NUMBER = '(?<![\\p{L}\\p{N}\\p{M}/.,\\-])\\d{1,5}(?:\\.\\d{1,2})?(?!\\d)';
export const LENIENT = new RegExp(
  `${NUMBER}(?:` +
    `[ \\t\\u00A0]?${D}?${GAP}\\p{Lu}[\\p{L}\\p{M}]{0,5}/${GAP}${CODE}(?:${GAP}${D}${GAP}${CODE})*` +
    `|/${GAP}(?:(?:19|20)\\d\\d/${GAP})?${CODE}(?:${GAP}${D}${GAP}${CODE})*` +
    `|${D}(?:CP|TTg|HĐBT)(?![\\p{L}\\p{N}])` +
  ')',
  'gu');

/** Builds the scanner of a source tree into a CommonJS file and loads it. */
async function loadScanner(src) {
  const out = path.join(HERE, '.cache', `scanner-${path.basename(path.resolve(src))}-${process.pid}.cjs`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await build({ entryPoints: [path.join(src, 'server/src/core/scan/scanner.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
  const mod = createRequire(import.meta.url)(out);
  fs.rmSync(out, { force: true });
  return mod;
}

/** Every .txt and .md file under `dir`. */
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

const shapeOf = (s) => s.normalize('NFC').replace(/\s+/gu, ' ').replace(/\d+/gu, 'N');
const context = (text, start, end) => text.slice(Math.max(0, start - 50), Math.min(text.length, end + 50)).replace(/\s+/gu, ' ');

/** Top groups of a list of { shape, example } by count. */
function groups(items, n) {
  const by = new Map();
  for (const it of items) {
    const g = by.get(it.shape) ?? { shape: it.shape, count: 0, example: it.example };
    g.count++;
    by.set(it.shape, g);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || (a.shape < b.shape ? -1 : 1)).slice(0, n);
}

/**
 * A title that ran past its end: into a question, a bracketed note, a table cell or markup; into a
 * new clause after a comma (a body as its subject and a verb, or "những năm qua …"); into a
 * predicate ("… đã được triển khai"). Written apart from the scanner's own rules.
 */
const TITLE_NOISE = new RegExp([
  '[?|^*\\]\\[]\\s*$',
  ',\\s*(?:Ban|Bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|UBND|Ủy ban|Sở|Hội đồng|Chính phủ|Thủ tướng|Mặt trận|MTTQ)\\s[^,]*?\\s(?:đã|xây dựng|ban hành|kết luận|hướng dẫn|yêu cầu|chỉ đạo|tổ chức|triển khai|báo cáo)(?![\\p{L}])',
  ',\\s*(?:những năm qua|thời gian qua|năm qua|qua \\d+ năm|sau \\d+ năm)(?![\\p{L}])',
  '\\s(?:đã|đang|sẽ|vừa)\\s+(?:được|đi vào)\\s',
  '\\s(?:ra sao|thế nào|là gì)\\s*$',
].join('|'), 'u');
/** A body that ran on into a verb or a second sentence part, or was cut after the first word of a name. */
const BODY_NOISE = /\s(?:ban hành|đã|quyết định|chỉ đạo|hướng dẫn|kết luận|yêu cầu|và Luật|và Nghị)(?![\p{L}])|(?:^|\s)(?:Ban|Bộ|Sở|Tổng|Liên|Hội|Ủy|Thư|Quản|Phát|cán)$/u;
const DATE_AFTER = /^[\s,(]*(?:ban hành\s+)?ngày\s*\d/iu;

/** Scans every file of a corpus; returns the figures and, when asked, a dump line per file. */
function measure(scanner, files, dump) {
  let bytes = 0;
  let scanMs = 0;
  const f = { files: files.length, citations: 0, full: 0, short: 0, regex: 0, matched: 0, dates: 0, bodies: 0, titles: 0, dateMissed: 0, titleNoise: 0, bodyNoise: 0 };
  const regexOnly = [];
  const scannerOnly = [];
  const missedDates = [];
  const noisyTitles = [];
  const noisyBodies = [];
  const byClass = new Map();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    const t0 = performance.now();
    const r = scanner.scan(text);
    scanMs += performance.now() - t0;
    const full = r.citations.filter((c) => c.form === 'full');
    f.citations += r.citations.length;
    f.full += full.length;
    f.short += r.citations.length - full.length;
    for (const c of full) {
      const cls = c.symbol.issuerClass ?? c.symbol.kind;
      byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
      if (c.date) f.dates++;
      else if (DATE_AFTER.test(text.slice(c.range.end, c.range.end + 40))) {
        f.dateMissed++;
        missedDates.push({ shape: shapeOf(text.slice(c.range.end, c.range.end + 20)), example: `${path.basename(file)}: …${context(text, c.range.start, c.range.end + 30)}…` });
      }
      if (c.body) {
        f.bodies++;
        if (BODY_NOISE.test(c.body.text.replace(/\s+/gu, ' ').trim())) { f.bodyNoise++; noisyBodies.push({ shape: c.body.text.trim().slice(-12), example: `${path.basename(file)}: ${c.body.text.replace(/\s+/gu, ' ')}` }); }
      }
      if (c.title) {
        f.titles++;
        if (TITLE_NOISE.test(c.title.text.replace(/\s+/gu, ' ').trim())) {
          f.titleNoise++;
          noisyTitles.push({ shape: c.title.text.trim().slice(-12), example: `${path.basename(file)}: ${c.title.text.slice(0, 160)}` });
        }
      }
    }
    // Symbol-like strings of the lenient regex, matched against the scanner's full citations by overlap.
    const spans = full.map((c) => c.range);
    const hit = new Array(spans.length).fill(false);
    LENIENT.lastIndex = 0;
    for (let m; (m = LENIENT.exec(text)); ) {
      f.regex++;
      const s = m.index;
      const e = s + m[0].length;
      const i = spans.findIndex((r) => r.start < e && r.end > s);
      if (i >= 0) {
        f.matched++;
        hit[i] = true;
      } else {
        regexOnly.push({ shape: shapeOf(m[0]), example: `${path.basename(file)}: …${context(text, s, e)}…` });
      }
    }
    spans.forEach((r, i) => {
      if (!hit[i]) scannerOnly.push({ shape: shapeOf(text.slice(r.start, r.end)), example: `${path.basename(file)}: …${context(text, r.start, r.end)}…` });
    });
    if (dump) dump.write(JSON.stringify(dumpLine(path.relative(ROOT, file), r)) + '\n');
  }
  return {
    figures: { ...f, mb: +(bytes / 1e6).toFixed(2), scanMs: +scanMs.toFixed(0), mbPerSecond: +(bytes / 1e6 / (scanMs / 1000)).toFixed(1),
      recall: f.regex ? +(f.matched / f.regex * 100).toFixed(2) : null, byClass: Object.fromEntries(byClass) },
    regexOnly: groups(regexOnly, EXAMPLES), scannerOnly: groups(scannerOnly, EXAMPLES),
    missedDates: groups(missedDates, EXAMPLES), noisyTitles: groups(noisyTitles, EXAMPLES), noisyBodies: groups(noisyBodies, EXAMPLES),
  };
}

/** Everything the scanner says of a file, for a dump: citations with every part, problems, the document date. */
function dumpLine(file, r) {
  const part = (p) => (p ? [p.range.start, p.range.end, p.text] : undefined);
  return {
    file,
    documentDate: r.documentDate?.value.iso,
    documentDateRange: r.documentDate && [r.documentDate.range.start, r.documentDate.range.end],
    problems: r.problems.map(problemLine),
    mentions: (r.mentions ?? []).map((m) => ({
      raw: m.raw, range: [m.range.start, m.range.end], typeWord: part(m.typeWord), number: m.number, codes: m.codes, year: m.year, side: m.side,
    })),
    citations: r.citations.map((c) => ({
      form: c.form, range: [c.range.start, c.range.end], span: [c.span.start, c.span.end], raw: c.raw,
      key: c.symbol.key, canonical: c.symbol.canonical, kind: c.symbol.kind, cls: c.symbol.issuerClass,
      typeWord: part(c.typeWord), so: c.so && [c.so.start, c.so.end], date: c.date && [...part(c.date), c.date.value.iso ?? 'invalid'],
      body: part(c.body), term: part(c.term), title: part(c.title), refersTo: c.refersTo,
      problems: c.problems.map(problemLine),
    })),
  };
}

/** A problem as one line: code, range, arguments and the edits of every fix. */
function problemLine(p) {
  const args = Object.entries(p.args ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  return `${p.code}@${p.range.start}-${p.range.end}(${args}):${p.fixes.map((x) => `${x.kind}:${x.edits.map((e) => `${e.range.start}-${e.range.end}=${e.newText}`).join('+')}`).join('|')}`;
}

/** Compares two dumps file by file: what changed in the symbols found, and what in their parts. */
function compare(a, b) {
  const read = (p) => new Map(fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => { const o = JSON.parse(l); return [o.file, o]; }));
  const A = read(a);
  const B = read(b);
  const ignore = new Set((opt('ignore', '') ?? '').split(',').filter(Boolean));
  const fields = ['typeWord', 'so', 'date', 'body', 'term', 'title', 'refersTo', 'problems', 'span', 'canonical', 'kind', 'cls'].filter((f) => !ignore.has(f));
  const strip = (o) => (ignore.size === 0 ? o : { ...o, citations: o.citations.map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => !ignore.has(k)))) });
  const out = { files: Math.max(A.size, B.size), identical: 0, onlyIn: { a: 0, b: 0 }, symbolsAdded: 0, symbolsRemoved: 0, changed: Object.fromEntries(fields.map((k) => [k, 0])) };
  const examples = [];
  for (const [file, x] of A) {
    const y = B.get(file);
    if (!y) { out.onlyIn.a++; continue; }
    if (JSON.stringify(strip(x)) === JSON.stringify(strip(y))) { out.identical++; continue; }
    for (const f of ['documentDate', 'documentDateRange', 'problems', 'mentions']) {
      if (JSON.stringify(x[f]) !== JSON.stringify(y[f])) {
        out.changed[f] = (out.changed[f] ?? 0) + 1;
        if (examples.length < EXAMPLES) examples.push(`${file}: ${f}: ${JSON.stringify(x[f])?.slice(0, 200)} → ${JSON.stringify(y[f])?.slice(0, 200)}`);
      }
    }
    const ka = new Map(x.citations.map((c) => [`${c.form}@${c.range}`, c]));
    const kb = new Map(y.citations.map((c) => [`${c.form}@${c.range}`, c]));
    for (const [k, c] of ka) {
      const d = kb.get(k);
      if (!d || d.key !== c.key) { out.symbolsRemoved++; if (examples.length < EXAMPLES) examples.push(`${file}: - ${c.raw} (${c.key})`); continue; }
      for (const f of fields) {
        if (JSON.stringify(c[f]) !== JSON.stringify(d[f])) {
          out.changed[f]++;
          if (examples.length < EXAMPLES) examples.push(`${file}: ${c.raw} ${f}: ${JSON.stringify(c[f])} → ${JSON.stringify(d[f])}`);
        }
      }
    }
    for (const [k, c] of kb) {
      const d = ka.get(k);
      if (!d || d.key !== c.key) { out.symbolsAdded++; if (examples.length < EXAMPLES) examples.push(`${file}: + ${c.raw} (${c.key})`); }
    }
  }
  for (const file of B.keys()) if (!A.has(file)) out.onlyIn.b++;
  return { ...out, examples };
}

/** The expected citations of the fixture tables, against what the scanner finds. */
async function fixtureFigures(scanner) {
  const { parse } = await import('yaml');
  const dir = path.join(ROOT, 'test', 'fixtures', 'references');
  if (!fs.existsSync(dir)) return undefined;
  let expected = 0, found = 0, extra = 0, lookalikes = 0, lookalikeHits = 0, mentionsExpected = 0, mentionsFound = 0;
  const fields = { date: { right: 0, total: 0 }, body: { right: 0, total: 0 }, title: { right: 0, total: 0 }, term: { right: 0, total: 0 } };
  const wrongFields = [];
  const missed = [];
  const spurious = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    for (const p of parse(fs.readFileSync(path.join(dir, f), 'utf8')) ?? []) {
      const r = scanner.scan(p.text);
      const got = r.citations.filter((c) => c.form === 'full').map((c) => c.symbol.key);
      const isSymbol = (c) => !c.short && !c.named && !c.mention;
      const want = (p.cites ?? []).filter(isSymbol).map((c) => c.key);
      // Short mentions, mentions the text does not explain and names without a symbol, by their text.
      const others = [...r.citations.filter((c) => c.form !== 'full').map((c) => c.raw), ...(r.mentions ?? []).map((m) => m.raw)];
      for (const c of (p.cites ?? []).filter((c) => !isSymbol(c))) {
        mentionsExpected++;
        const i = others.indexOf(c.short ?? c.named ?? c.mention);
        if (i >= 0) { mentionsFound++; others.splice(i, 1); } else missed.push(`${f} ${p.id}: ${c.short ?? c.named ?? c.mention}`);
      }
      if ((p.cites ?? []).length === 0) { lookalikes++; if (got.length) { lookalikeHits++; spurious.push(`${f} ${p.id}: ${got.join(', ')}`); } }
      expected += want.length;
      const left = [...got];
      for (const k of want) {
        const i = left.indexOf(k);
        if (i >= 0) { found++; left.splice(i, 1); } else missed.push(`${f} ${p.id}: ${k}`);
      }
      extra += left.length;
      if (left.length && want.length) spurious.push(`${f} ${p.id}: ${left.join(', ')}`);
      // Field by field, for the expected full citations found in order (absent where absent counts as right).
      const fulls = r.citations.filter((c) => c.form === 'full');
      (p.cites ?? []).filter(isSymbol).forEach((e, i) => {
        const c = fulls[i];
        if (!c || c.symbol.key !== e.key) return;
        const norm = (v) => (v === undefined ? undefined : String(v).replace(/\s+/gu, ' '));
        const actual = { date: c.date && (c.date.value.iso ?? 'invalid'), body: c.body && c.body.text, title: c.title && c.title.text, term: c.term?.value };
        for (const k of Object.keys(fields)) {
          fields[k].total++;
          if (norm(actual[k]) === norm(e[k])) fields[k].right++;
          else if (wrongFields.length < EXAMPLES) wrongFields.push(`${f} ${p.id} ${k}: ${JSON.stringify(norm(actual[k]))} for ${JSON.stringify(norm(e[k]))}`);
        }
      });
    }
  }
  return {
    expected, found, extra, recall: expected ? +(found / expected * 100).toFixed(2) : null,
    precision: found + extra ? +(found / (found + extra) * 100).toFixed(2) : null,
    mentions: `${mentionsFound}/${mentionsExpected} short mentions and named references found`,
    lookalikePassages: lookalikes, lookalikePassagesWithACitation: lookalikeHits, missed: missed.slice(0, EXAMPLES), spurious: spurious.slice(0, EXAMPLES),
    fieldsRight: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, `${v.right}/${v.total} (${v.total ? (v.right / v.total * 100).toFixed(1) : '-'} %)`])),
    wrongFields,
  };
}

async function main() {
  if (flag('compare')) {
    const i = args.indexOf('--compare');
    console.log(JSON.stringify(compare(args[i + 1], args[i + 2]), null, 2));
    return;
  }
  const src = path.resolve(opt('src', ROOT));
  const scanner = await loadScanner(src);
  const corpora = opts('corpus');
  if (!flag('no-bench') && corpora.length === 0) {
    const { ensureCorpus } = await import('./generate.mjs');
    corpora.push((await ensureCorpus({ size: opt('size', '10k') })).dir);
  }
  const dumpPath = opt('dump');
  const dump = dumpPath ? fs.createWriteStream(dumpPath) : undefined;
  for (const dir of corpora) {
    const files = listFiles(path.resolve(dir));
    console.error(`[differential] ${files.length} files in ${dir}`);
    const r = measure(scanner, files, dump);
    console.log(JSON.stringify({ figure: 'differential', corpus: path.relative(ROOT, path.resolve(dir)) || dir, src: path.relative(ROOT, src) || '.', ...r.figures }));
    console.log(JSON.stringify({ figure: 'regex-only', corpus: dir, groups: r.regexOnly }, null, 1));
    console.log(JSON.stringify({ figure: 'scanner-only', corpus: dir, groups: r.scannerOnly }, null, 1));
    console.log(JSON.stringify({ figure: 'dates-not-attached', corpus: dir, groups: r.missedDates }, null, 1));
    console.log(JSON.stringify({ figure: 'titles-ending-in-noise', corpus: dir, groups: r.noisyTitles }, null, 1));
    console.log(JSON.stringify({ figure: 'bodies-ending-in-noise', corpus: dir, groups: r.noisyBodies }, null, 1));
  }
  if (dump) await new Promise((resolve) => dump.end(resolve));
  if (!flag('no-fixtures')) {
    const fx = await fixtureFigures(scanner);
    if (fx) console.log(JSON.stringify({ figure: 'fixtures', ...fx }, null, 1));
  }
}

await main();
