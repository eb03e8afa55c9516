/**
 * Drives the built server (`server/out/server.js --stdio`) like an editor does, for the LSP
 * integration tests: spawn, initialize on a folder, send requests, and wait for notifications by
 * polling their arrival (never by sleeping a fixed time).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** The repository root (tests run from out/test/…). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'server', 'out', 'server.js');

/** Copies a fixture folder to a fresh temporary folder, so tests may change files on disk. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-lsp-'));
  cpSync(path.join(ROOT, 'test', 'fixtures', name), dir, { recursive: true });
  return dir;
}

/** A `file:` URI for a path. */
export const uriOf = (p: string): string => pathToFileURL(p).toString();

/** Options for a test session. */
export interface SessionOptions {
  readonly folder: string;
  readonly locale?: string;
  /** Whether the client supports pull diagnostics (VS Code does); otherwise the server pushes. */
  readonly pull?: boolean;
  readonly settings?: Record<string, unknown>;
  readonly initializationOptions?: Record<string, unknown>;
}

/** One running server and the messages it has sent. */
export class LspSession {
  readonly conn: MessageConnection;
  readonly proc: ChildProcess;
  readonly notifications: { method: string; params: any }[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown>;

  private constructor(readonly opts: SessionOptions) {
    this.settings = opts.settings ?? {};
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification((method, params) => { this.notifications.push({ method, params }); });
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'vanban' ? this.settings : null)));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/codeLens/refresh', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.listen();
  }

  /** Starts a server and initializes it on `opts.folder`. */
  static async start(opts: SessionOptions): Promise<LspSession> {
    const s = new LspSession(opts);
    const pull = opts.pull ?? true;
    await s.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(opts.folder),
      workspaceFolders: [{ uri: uriOf(opts.folder), name: path.basename(opts.folder) }],
      locale: opts.locale ?? 'vi',
      initializationOptions: opts.initializationOptions ?? {},
      capabilities: {
        workspace: { configuration: true, codeLens: { refreshSupport: true }, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: {
          ...(pull && { diagnostic: { dynamicRegistration: false } }),
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        },
      },
    });
    await s.conn.sendNotification('initialized', {});
    return s;
  }

  /** Waits until a notification matching `pred` has arrived (polling, up to `timeoutMs`). */
  async waitFor(method: string, pred: (params: any) => boolean = () => true, timeoutMs = 20000): Promise<any> {
    const t0 = Date.now();
    for (;;) {
      const hit = this.notifications.find((n) => n.method === method && pred(n.params));
      if (hit) return hit.params;
      if (Date.now() - t0 > timeoutMs) throw new Error(`no ${method} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Waits for the index to be complete. */
  ready(): Promise<any> {
    return this.waitFor('vanban/indexStatus', (p) => p.state === 'ready');
  }

  /** Opens a file of the folder in the "editor" (its disk text, unless `text` is given). */
  async open(rel: string, text?: string): Promise<{ uri: string; text: string }> {
    const file = path.join(this.opts.folder, rel);
    const t = text ?? readFileSync(file, 'utf8');
    const uri = uriOf(file);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: rel.endsWith('.md') ? 'markdown' : 'plaintext', version: 1, text: t } });
    return { uri, text: t };
  }

  /** Sends a request. */
  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  /** Shuts the server down and waits for it to exit. */
  async stop(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch { /* already gone */ }
    await new Promise<void>((r) => { if (this.proc.exitCode !== null) r(); else { this.proc.once('exit', () => r()); setTimeout(() => { this.proc.kill(); r(); }, 3000); } });
    this.conn.dispose();
  }
}

/** The LSP position of the `n`-th occurrence (0-based) of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, n = 0, delta = 1): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${n} not found`);
  }
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = edits.map((e) => ({ s: offset(e.range.start), e: offset(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}
