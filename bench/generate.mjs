#!/usr/bin/env node
// Writes a deterministic corpus of realistic Vietnamese articles for the benchmark:
//   node bench/generate.mjs --size 10k [--seed 7] [--out bench/corpus] [--force] [--jobs 2]
// Layout: bench/corpus/<size>/<year>/<month>/<n>-<slug>.txt (news), …/bao-cao/<n>-….md (report
// drafts), du-thao/ban-thao-20kb.md (the draft the benchmark types into), and a summary in
// bench/corpus/<size>.json. Every article depends only on (seed, index), so the output is the same
// whatever the number of worker threads, and a corpus is only (re)written when asked for.

import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import * as V from './vocab.mjs';
import { buildDirectives, citationText, zipfSampler } from './directives.mjs';

/** Bump when the output changes, so stale corpora are regenerated. */
export const GENERATOR_VERSION = 9;
/** Bump when the 20 KB draft changes: only the draft is rewritten then. */
export const DRAFT_VERSION = 2;
/** How many distinct directives the corpus cites. */
const DIRECTIVE_COUNT = 3000;
const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Where corpora are written by default (git-ignored). */
export const DEFAULT_OUT = path.join(HERE, 'corpus');

/** "1k" → 1000, "10k" → 10000, "250" → 250. */
export function parseSize(s) {
  const m = /^(\d+)(k?)$/i.exec(String(s).trim());
  if (!m) throw new Error(`bad size ${s}: use 1k, 10k, 100k or a number`);
  return Number(m[1]) * (m[2] ? 1000 : 1);
}

/** A small, fast, seedable PRNG (mulberry32); returns numbers in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed and an index into an independent stream seed (splitmix-style). */
function mix(seed, i) {
  let h = (seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const pad2 = (n) => String(n).padStart(2, '0');
const pick = (rng, arr) => arr[Math.floor(rng() * arr.length)];
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

/** Shared, deterministic state every article draws from: the directives and their Zipf ranking. */
function makeWorld(seed) {
  const directives = buildDirectives(mulberry32(seed ^ 0x5eed), DIRECTIVE_COUNT);
  return { seed, directives, zipf: zipfSampler(directives.length, 1.05) };
}

function fill(rng, template, ctx) {
  return template.replace(/\{(\w+)\}/g, (_, k) => {
    switch (k) {
      case 'Y': return String(ctx.year);
      case 'Y1': return String(ctx.year - 1);
      case 'F': return pick(rng, V.FIELDS);
      case 'O': return pick(rng, V.ORGS);
      case 'D': return `${pad2(ctx.day)}/${pad2(ctx.month)}`;
      case 'N': return new Intl.NumberFormat('vi-VN').format(int(rng, 12, 3000));
      case 'N2': return new Intl.NumberFormat('vi-VN').format(int(rng, 12, 3000));
      case 'M': return new Intl.NumberFormat('vi-VN').format(int(rng, 12, 3000));
      case 'P': return `${int(rng, 10, 99)},${int(rng, 10, 99)}`;
      case 'C': return ctx.cite();
      default: return _;
    }
  });
}

function person(rng) {
  return `${pick(rng, V.FAMILY)} ${pick(rng, V.MIDDLE)} ${pick(rng, V.GIVEN)}`;
}

/** The publication header in one of the three styles of domain.md §5 (plus a site banner sometimes). */
function header(rng, ctx) {
  const { day, month, year } = ctx;
  const hh = pad2(int(rng, 6, 21));
  const mi = pad2(int(rng, 0, 59));
  const wd = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const r = rng();
  if (r < 0.4) return `Ngày đăng: ${pad2(day)}/${pad2(month)}/${year} ${hh}:${mi}`;
  if (r < 0.75) return `${V.WEEKDAY_WORDS[wd]} - ${pad2(day)}/${pad2(month)}/${year} ${hh}:${mi}`;
  return `${V.WEEKDAY_DIGITS[wd]}, ${pad2(day)}/${pad2(month)}/${year} | ${hh}:${mi}:${pad2(int(rng, 0, 59))} [GMT +7]`;
}

/**
 * Builds the citation source of one article: a handful of directives drawn by Zipf rank, mentioned
 * `count` times in all; the first mention of each is a full citation, later ones are short.
 */
function citer(rng, world, count, stats, ctx) {
  const distinct = Math.max(1, Math.ceil(count * (0.35 + rng() * 0.4)));
  const chosen = [];
  // An article cites directives issued before it was published, except for a rare slip.
  const today = ctx.year * 10000 + ctx.month * 100 + ctx.day;
  const issued = (d) => d.date[2] * 10000 + d.date[1] * 100 + d.date[0] <= today;
  for (let i = 0; i < distinct; i++) {
    let d = world.directives[world.zipf(rng())];
    for (let tries = 0; tries < 30 && !issued(d) && rng() > 0.002; tries++) d = world.directives[world.zipf(rng())];
    if (!issued(d)) d = world.directives.find(issued) ?? d;
    chosen.push(d);
  }
  const mentioned = new Set();
  let left = count;
  return {
    get left() { return left; },
    cite() {
      left--;
      stats.citations++;
      const d = rng() < 0.6 ? chosen[Math.floor(Math.pow(rng(), 2) * chosen.length)] : pick(rng, chosen);
      const full = !mentioned.has(d) || rng() < 0.15;
      mentioned.add(d);
      return citationText(rng, d, full, stats);
    },
  };
}

/** Paragraphs of body text until `targetChars`, spending the article's citations on the way. */
function body(rng, ctx0, cites, targetChars, out) {
  const ctx = { ...ctx0, cite: () => cites.cite() };
  let chars = 0;
  let sentences = Math.max(4, Math.round(targetChars / 190));
  while (chars < targetChars || cites.left > 0) {
    const n = int(rng, 2, 5);
    const para = [];
    for (let i = 0; i < n; i++) {
      const p = cites.left <= 0 ? 0 : Math.min(0.95, cites.left / Math.max(1, sentences));
      sentences--;
      if (rng() < p) {
        let t = pick(rng, V.CITING_SENTENCES);
        // A template with two slots spends two citations only when there are two to spend.
        if (cites.left < 2) t = t.replace(/\{C\}([^{]*)\{C\}/, '{C}$1' + pick(rng, V.NAMED_DIRECTIVES));
        para.push(fill(rng, t, ctx));
      } else if (rng() < 0.05) {
        para.push(`Thực hiện ${pick(rng, V.NAMED_DIRECTIVES)}, ${fill(rng, pick(rng, V.PLAIN_SENTENCES), ctx).replace(/^./, (c) => c.toLowerCase())}`);
      } else {
        para.push(fill(rng, pick(rng, V.PLAIN_SENTENCES), ctx));
      }
    }
    const text = para.join(' ');
    chars += text.length + 2;
    out.push(text, '');
    if (rng() < 0.15) {
      out.push(`Quang cảnh hội nghị tại điểm cầu tỉnh ${pick(rng, V.PROVINCES)}. Ảnh: ${person(rng)}`, '');
    }
  }
}

function newsArticle(rng, world, ctx, cites, targetChars) {
  const out = [];
  if (rng() < 0.2) out.push('Tất cả chuyên mục');
  out.push(fill(rng, pick(rng, V.HEADLINES), ctx), '', header(rng, ctx));
  out.push(fill(rng, pick(rng, V.LEADS), ctx), '');
  const people = [];
  for (let i = int(rng, 1, 4); i > 0; i--) people.push(`${person(rng)} - ${pick(rng, V.POSITIONS)}`);
  out.push(`Dự hội nghị tại điểm cầu tỉnh ${ctx.province} có các đồng chí: ${people.join('; ')}.`, '');
  body(rng, ctx, cites, targetChars, out);
  out.push(`Phát biểu chỉ đạo tại hội nghị, đồng chí ${person(rng)} đề nghị các cấp ủy, tổ chức đảng tiếp tục đổi mới nội dung, phương thức ${pick(rng, V.FIELDS)}.`, '');
  out.push(person(rng), '');
  return out.join('\n');
}

function reportDraft(rng, world, ctx, cites, targetChars) {
  const out = ['---', `type: ${rng() < 0.7 ? 'bao-cao' : 'ke-hoach'}`, `date: ${ctx.year}-${pad2(ctx.month)}-${pad2(ctx.day)}`, '---'];
  out.push(`ĐẢNG BỘ TỈNH ${ctx.province.toUpperCase()}`, 'BAN THƯỜNG VỤ TỈNH ỦY', '*', `Số    -BC/TU`, '', 'ĐẢNG CỘNG SẢN VIỆT NAM', '');
  out.push(`${ctx.province}, ngày ${pad2(ctx.day)} tháng ${pad2(ctx.month)} năm ${ctx.year}`, '', 'BÁO CÁO');
  out.push(`sơ kết ${pick(rng, V.FIELDS)} năm ${ctx.year}`, '');
  const per = Math.ceil(targetChars / V.REPORT_SECTIONS.length);
  for (const h of V.REPORT_SECTIONS) {
    out.push(`## ${h}`, '');
    body(rng, ctx, { get left() { return 0; }, cite: cites.cite }, per / 2, out);
    const share = Math.ceil(cites.left / 3);
    const sub = { left: share, cite() { this.left--; return cites.cite(); } };
    body(rng, ctx, sub, per / 2, out);
  }
  while (cites.left > 0) out.push(`- Thực hiện ${cites.cite()}.`);
  out.push('', 'Nơi nhận:', '- Ban Thường vụ Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.', '', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', '', person(rng), '');
  return out.join('\n');
}

/** Damage a file the way real exports are damaged: NFD, CRLF, zero-width characters, entities, Ð. */
function degrade(rng, text, stats) {
  const r = rng();
  if (r < 0.015) {
    const parts = [];
    let last = 0;
    for (let k = int(rng, 2, 8); k > 0; k--) {
      const at = last + Math.floor(rng() * (text.length - last) / k);
      parts.push(text.slice(last, at), pick(rng, ['\u200B', '\u200C', '\u200D', '\uFEFF']));
      last = at;
    }
    parts.push(text.slice(last));
    text = parts.join('');
    stats.zeroWidthFiles++;
  }
  if (rng() < 0.005) {
    text = text.replace(/ô/g, '&ocirc;').replace(/ê/g, '&ecirc;');
    stats.entityFiles++;
  }
  if (rng() < 0.005) {
    text = text.replace(/Đ/g, 'Ð');
    stats.ethFiles++;
  }
  if (rng() < 0.05) {
    text = text.normalize('NFD');
    stats.nfdFiles++;
  }
  if (rng() < 0.04) {
    text = text.replace(/\n/g, '\r\n');
    stats.crlfFiles++;
  }
  return text;
}

function slug(rng) {
  return `${pick(rng, V.SLUG_WORDS)}-${pick(rng, V.SLUG_WORDS)}`;
}

function newStats() {
  return { files: 0, bytes: 0, citations: 0, nfdFiles: 0, crlfFiles: 0, zeroWidthFiles: 0, entityFiles: 0, ethFiles: 0, mdFiles: 0, largeFiles: 0 };
}

/** Which article indices are the very large files (1–4 MB): about one per 2,500 articles. */
function largeIndices(n, seed) {
  const rng = mulberry32(seed ^ 0x1a26e);
  const count = Math.max(1, Math.round(n / 2500));
  const set = new Set();
  while (set.size < Math.min(count, n)) set.add(Math.floor(rng() * n));
  return set;
}

/** Generates article `i` of the corpus; returns its relative path and text. */
export function article(world, i, large, stats) {
  const rng = mulberry32(mix(world.seed, i));
  const year = 2010 + Math.floor(rng() * 17);
  const month = int(rng, 1, 12);
  const day = int(rng, 1, 28);
  const ctx = { year, month, day, province: pick(rng, V.PROVINCES), cite: null };
  const isReport = !large && rng() < 0.08;
  // Sizes are log-normal around 6 K characters (about 8 KB of UTF-8), 1.5 K to 40 K characters.
  let target = Math.min(40000, Math.max(1500, Math.exp(8.0 + 0.55 * (rng() * 2 - 1 + rng() * 2 - 1))));
  let count = 5 + Math.floor(55 * Math.pow(rng(), 2.2));
  if (large) {
    target = int(rng, 1, 4) * 750_000;
    count = Math.round(target / 250);
    stats.largeFiles++;
  }
  const cites = citer(rng, world, count, stats, ctx);
  ctx.cite = () => cites.cite();
  let text = isReport ? reportDraft(rng, world, ctx, cites, target) : newsArticle(rng, world, ctx, cites, target);
  text = degrade(rng, text, stats);
  const dir = `${year}/${pad2(month)}${isReport ? '/bao-cao' : ''}`;
  const name = `${String(i).padStart(6, '0')}-${isReport ? 'bao-cao-so-ket' : slug(rng)}${large ? '-lon' : ''}.${isReport ? 'md' : 'txt'}`;
  if (isReport) stats.mdFiles++;
  return { rel: `${dir}/${name}`, text };
}

/** The 20 KB report draft the benchmark opens and types into. */
export function draft(world) {
  const rng = mulberry32(mix(world.seed, 0xd7af7));
  const ctx = { year: 2026, month: 11, day: 20, province: 'Quảng Ninh', cite: null };
  const stats = newStats();
  const cites = citer(rng, world, 35, stats, ctx);
  ctx.cite = () => cites.cite();
  let text = reportDraft(rng, world, ctx, cites, 3000);
  // A draft being written has mistakes: the ones of sample/du-thao and domain.md §3, so every keystroke
  // re-computes real diagnostics and fixes, not an empty list.
  const slips = 'Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21- CT/TU, ngày 22/12/2021 về tăng cường sự lãnh đạo của Đảng '
    + 'đối với hoạt động của Mặt trận ở khu dân cư; tiếp tục thực hiện Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị, '
    + 'Nghị quyết số 25–NQ/TƯ, Quyết định số 34-NQ/TW, Quyết định 89-QD/TW và Chỉ thị 43-CT/TW ngày 31/02/2015 của Ban Bí thư.\n\n';
  const at = text.indexOf('## 1. Công tác lãnh đạo');
  if (at >= 0) {
    const after = text.indexOf('\n\n', at) + 2;
    text = text.slice(0, after) + slips + text.slice(after);
  }
  // Trim at a paragraph, then pad, to 20 KB of UTF-8 so the per-keystroke figure is comparable between runs.
  while (Buffer.byteLength(text) > 20480) text = text.slice(0, text.lastIndexOf('\n\n', text.length - 2) + 1);
  while (Buffer.byteLength(text) < 20000) text += '\n' + fill(rng, pick(rng, V.PLAIN_SENTENCES), ctx) + '\n';
  return text;
}

function writeRange(world, dir, from, to, large) {
  const stats = newStats();
  const made = new Set();
  for (let i = from; i < to; i++) {
    const { rel, text } = article(world, i, large.has(i), stats);
    const file = path.join(dir, rel);
    const parent = path.dirname(file);
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    const buf = Buffer.from(text, 'utf8');
    fs.writeFileSync(file, buf);
    stats.files++;
    stats.bytes += buf.length;
  }
  return stats;
}

function merge(a, b) {
  for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
  return a;
}

/**
 * Writes the corpus for `size` articles unless an up-to-date one is there; returns its summary
 * ({ dir, draft, files, bytes, citations, … }). Uses `jobs` worker threads.
 */
export async function ensureCorpus({ size, seed = 7, out = DEFAULT_OUT, force = false, jobs = Math.min(2, os.availableParallelism?.() ?? 2), log = console.error } = {}) {
  const n = parseSize(size);
  const name = typeof size === 'string' ? size.toLowerCase() : String(n);
  const dir = path.join(out, name);
  const summaryFile = path.join(out, `${name}.json`);
  if (!force && fs.existsSync(summaryFile)) {
    const s = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
    if (s.version === GENERATOR_VERSION && s.seed === seed && s.articles === n && fs.existsSync(s.dir)) {
      if (s.draftVersion !== DRAFT_VERSION || !fs.existsSync(s.draft)) {
        fs.mkdirSync(path.dirname(s.draft), { recursive: true });
        fs.writeFileSync(s.draft, draft(makeWorld(seed)));
        s.draftVersion = DRAFT_VERSION;
        fs.writeFileSync(summaryFile, JSON.stringify(s, null, 2) + '\n');
      }
      return s;
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(summaryFile, { force: true });
  fs.mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const large = largeIndices(n, seed);
  const chunks = [];
  const per = Math.ceil(n / jobs);
  for (let j = 0; j < jobs; j++) chunks.push([j * per, Math.min(n, (j + 1) * per)]);
  const parts = await Promise.all(chunks.filter(([a, b]) => a < b).map(([from, to]) => new Promise((resolve, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { seed, dir, from, to, large: [...large] } });
    w.once('message', resolve);
    w.once('error', reject);
  })));
  const stats = parts.reduce(merge, newStats());
  const world = makeWorld(seed);
  const draftFile = path.join(dir, 'du-thao', 'ban-thao-20kb.md');
  fs.mkdirSync(path.dirname(draftFile), { recursive: true });
  fs.writeFileSync(draftFile, draft(world));
  const ms = performance.now() - t0;
  const summary = {
    version: GENERATOR_VERSION, draftVersion: DRAFT_VERSION, seed, articles: n, dir, draft: draftFile, directives: world.directives.length,
    generateMs: Math.round(ms), mbPerSecond: +((stats.bytes / 1e6) / (ms / 1000)).toFixed(1), avgBytes: Math.round(stats.bytes / stats.files), ...stats,
  };
  fs.writeFileSync(summaryFile, JSON.stringify(summary, null, 2) + '\n');
  log(`generated ${n} articles (${(stats.bytes / 1e6).toFixed(1)} MB) in ${(ms / 1000).toFixed(2)} s → ${dir}`);
  return summary;
}

if (!isMainThread) {
  const { seed, dir, from, to, large } = workerData;
  parentPort.postMessage(writeRange(makeWorld(seed), dir, from, to, new Set(large)));
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, def) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : def;
  };
  const summary = await ensureCorpus({
    size: opt('size', '10k'), seed: Number(opt('seed', 7)), out: path.resolve(opt('out', DEFAULT_OUT)),
    force: args.includes('--force'), jobs: Number(opt('jobs', Math.min(2, os.availableParallelism()))),
  });
  console.log(JSON.stringify(summary));
}
