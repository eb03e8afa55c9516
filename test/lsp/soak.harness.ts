/**
 * The soak run shared by `soak.test.ts` (bounded, inside `npm test`) and `node scripts/soak.mjs`
 * (thousands of operations): one server session takes random opens, edits, closes, saves and
 * disk changes (created, changed, deleted files); its memory is sampled from /proc as it goes;
 * at the end every document is closed and its answers must equal a fresh server's over the same
 * final files.
 */
import { readFileSync, rmSync, writeFileSync, mkdtempSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession, uriOf } from '../support/lspClient';

/** Options of a soak run. */
export interface SoakOptions {
  readonly ops: number;
  readonly seed: number;
  /** Files on disk at the start. */
  readonly files?: number;
  /** Directives cited (`1-CT/TW` … `n-CT/TW`). */
  readonly keys?: number;
  readonly log?: (line: string) => void;
}

/** What a soak run measured. */
export interface SoakResult {
  /** Resident memory of the server (MB) at each sample, the first after the warm-up. */
  readonly rssMB: number[];
  /** Keys whose references differ between the soaked server and a fresh one (empty when all agree). */
  readonly mismatches: string[];
  readonly ops: Record<string, number>;
  readonly seconds: number;
  /** References the fresh server gave, over all keys (the comparison is not vacuous). */
  readonly references: number;
}

/** A small seeded generator (mulberry32), so that a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The resident memory of a process, in MB (Linux). */
export function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Runs a soak session; resolves with its measurements. */
export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const random = prng(o.seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(random() * a.length)]!;
  const nFiles = o.files ?? 120;
  const nKeys = o.keys ?? 25;
  const log = o.log ?? (() => {});
  const line = () => {
    const n = 1 + Math.floor(random() * nKeys);
    return pick([
      `Thực hiện Chỉ thị số ${n}-CT/TW, ngày 0${1 + (n % 9)}/05/2015 của Ban Bí thư về công tác dân vận.`,
      `Quán triệt Chỉ thị ${n}-CT/TW trong toàn Đảng bộ.`,
      `Chỉ thị ${n} đã được triển khai.`,
      `Đoạn văn không có trích dẫn, dài vừa phải, để các dòng có độ dài khác nhau.`,
      `Theo Chỉ thị số ${n}–CT/TƯ của Ban Bí thư.`,
    ]);
  };
  const article = () => Array.from({ length: 2 + Math.floor(random() * 8) }, line).join(random() < 0.1 ? '\r\n' : '\n') + '\n';

  const folder = mkdtempSync(path.join(tmpdir(), 'vanban-soak-'));
  mkdirSync(path.join(folder, 'bai'));
  const names: string[] = [];
  for (let i = 0; i < nFiles; i++) { names.push(`bai/${i}.txt`); writeFileSync(path.join(folder, `bai/${i}.txt`), article()); }
  const probeText = '# Tra cứu\n\n' + Array.from({ length: nKeys }, (_, i) => `Chỉ thị số ${i + 1}-CT/TW.`).join('\n') + '\n';
  writeFileSync(path.join(folder, 'probe.md'), probeText);
  const probePosition = (k: number) => ({ line: 2 + k, character: 'Chỉ thị số '.length + 1 });

  /** Every key's references from the probe, as sorted `file line:char-line:char` strings. */
  const answers = async (s: LspSession): Promise<string[][]> => {
    const out: string[][] = [];
    const probe = uriOf(path.join(folder, 'probe.md'));
    for (let k = 0; k < nKeys; k++) {
      const refs: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] =
        await s.request('textDocument/references', { textDocument: { uri: probe }, position: probePosition(k), context: { includeDeclaration: true } });
      out.push(refs.map((r) => `${path.relative(folder, decodeURIComponent(new URL(r.uri).pathname))} ${r.range.start.line}:${r.range.start.character}-${r.range.end.line}:${r.range.end.character}`).sort());
    }
    return out;
  };

  const t0 = Date.now();
  const s = await LspSession.start({ folder });
  const counts: Record<string, number> = {};
  const rss: number[] = [];
  try {
    await s.ready();
    await s.open('probe.md', probeText);
    const open = new Map<string, TextDocument>();
    const change = async (doc: TextDocument, start: number, end: number, text: string) => {
      const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
      const next = TextDocument.update(doc, [{ range, text }], doc.version + 1);
      open.set(next.uri, next);
      await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: next.uri, version: next.version }, contentChanges: [{ range, text }] });
    };
    const watched = (rel: string, type: 1 | 2 | 3) => s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(folder, rel)), type }] });
    const sample = () => rss.push(rssMB(s.proc.pid!));

    for (let i = 0; i < o.ops; i++) {
      const r = random();
      const rel = pick(names);
      const file = path.join(folder, rel);
      const uri = uriOf(file);
      const doc = open.get(uri);
      let op: string;
      if (r < 0.15 && !doc && existsSync(file)) {
        op = 'open';
        const text = readFileSync(file, 'utf8');
        open.set(uri, TextDocument.create(uri, 'plaintext', 1, text));
        await s.open(rel, text);
      } else if (r < 0.5 && open.size > 0) {
        op = 'edit';
        const d = pick([...open.values()]);
        const len = d.getText().length;
        const at = Math.floor(random() * (len + 1));
        const cut = random() < 0.4 ? Math.min(len, at + Math.floor(random() * 60)) : at;
        await change(d, at, cut, random() < 0.7 ? line() + '\n' : '');
      } else if (r < 0.6 && open.size > 0) {
        op = 'close';
        const d = pick([...open.values()]);
        open.delete(d.uri);
        await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } });
      } else if (r < 0.65 && open.size > 0) {
        op = 'save';
        const d = pick([...open.values()]);
        writeFileSync(new URL(d.uri), d.getText());
        await watched(path.relative(folder, new URL(d.uri).pathname), 2);
      } else if (r < 0.85) {
        op = 'disk-change';
        const existed = existsSync(file);
        writeFileSync(file, article());
        await watched(rel, existed ? 2 : 1);
      } else if (r < 0.9) {
        op = 'disk-delete';
        rmSync(file, { force: true });
        await watched(rel, 3);
      } else {
        op = 'disk-create';
        // New files come from a bounded set of names, so that the corpus stays the same size on
        // average and memory can be judged flat.
        const fresh = `bai/moi-${Math.floor(random() * nFiles)}.txt`;
        if (!names.includes(fresh)) names.push(fresh);
        const existed = existsSync(path.join(folder, fresh));
        writeFileSync(path.join(folder, fresh), article());
        await watched(fresh, existed ? 2 : 1);
      }
      counts[op] = (counts[op] ?? 0) + 1;
      // A request now and then keeps the client in step with the server (and exercises it).
      if (i % 10 === 9) {
        const d = open.size > 0 ? pick([...open.values()]) : undefined;
        if (d) await s.request('textDocument/diagnostic', { textDocument: { uri: d.uri } });
        else await s.request('textDocument/references', { textDocument: { uri: uriOf(path.join(folder, 'probe.md')) }, position: probePosition(0), context: { includeDeclaration: true } });
      }
      if (i >= o.ops / 4 && i % Math.max(1, Math.floor(o.ops / 20)) === 0) sample();
      if (i % 1000 === 999) log(`[soak] ${i + 1} operations, server RSS ${rssMB(s.proc.pid!).toFixed(0)} MB`);
    }
    // The editor closes everything: what is on disk is the truth.
    for (const d of open.values()) await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } });
    sample();

    const fresh = await LspSession.start({ folder });
    let want: string[][];
    try {
      await fresh.ready();
      await fresh.open('probe.md', probeText);
      want = await answers(fresh);
    } finally {
      await fresh.stop();
    }
    // Closing re-reads files asynchronously: wait for the soaked server to settle.
    let got = await answers(s);
    for (let i = 0; i < 200 && JSON.stringify(got) !== JSON.stringify(want); i++) {
      await new Promise((res) => setTimeout(res, 50));
      got = await answers(s);
    }
    const mismatches: string[] = [];
    for (let k = 0; k < nKeys; k++) {
      if (JSON.stringify(got[k]) !== JSON.stringify(want[k])) mismatches.push(`${k + 1}-CT/TW: soaked ${got[k]!.length} references, fresh ${want[k]!.length}`);
    }
    return { rssMB: rss, mismatches, ops: counts, seconds: (Date.now() - t0) / 1000, references: want.reduce((n, x) => n + x.length, 0) };
  } finally {
    await s.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
