/**
 * Faults and bursts of events, through the built server: a branch switch rewriting a thousand
 * files at once, settings changed while running, and requests that throw or make no sense. The
 * server answers them all and its answers follow the files on disk without a restart.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LspSession, positionOf, uriOf } from '../support/lspClient';

const N = 1000;
const article = (i: number, n: number) => `Bài ${i}\n\nThực hiện Chỉ thị số ${n}-CT/TW của Ban Bí thư về công tác dân vận.\n`;

/** Polls `fn` until it returns true (the server processes notifications asynchronously). */
async function until(what: string, fn: () => Promise<boolean>): Promise<void> {
  for (let i = 0; !(await fn()); i++) {
    assert.ok(i < 3000, `never: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('robustness: bursts of events and failing requests', function () {
  this.timeout(180000);
  let folder: string;
  let s: LspSession;
  let draft: { uri: string; text: string };
  const refs = async (needle: string): Promise<{ uri: string }[]> =>
    s.request('textDocument/references', { textDocument: { uri: draft.uri }, position: positionOf(draft.text, needle), context: { includeDeclaration: true } });

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'vanban-events-'));
    mkdirSync(path.join(folder, 'nhanh'));
    for (let i = 0; i < N; i++) writeFileSync(path.join(folder, 'nhanh', `${i}.txt`), article(i, 10));
    writeFileSync(path.join(folder, 'du-thao.md'), '# Dự thảo\n\nChỉ thị số 10-CT/TW và Chỉ thị số 11-CT/TW; Nghị quyết số 25–NQ/TƯ.\n');
    s = await LspSession.start({ folder });
    await s.ready();
    draft = await s.open('du-thao.md');
    assert.equal((await refs('10-CT/TW')).length, N + 1);
  });
  after(async () => { await s.stop(); rmSync(folder, { recursive: true, force: true }); });

  it('a thousand files rewritten at once (a branch switch) are reflected without a restart', async () => {
    for (let i = 0; i < N; i++) writeFileSync(path.join(folder, 'nhanh', `${i}.txt`), article(i, 11));
    // Some files were deleted on the new branch, and the same file may be reported twice.
    for (let i = 0; i < 100; i++) rmSync(path.join(folder, 'nhanh', `${i}.txt`));
    const changes = Array.from({ length: N }, (_, i) => ({ uri: uriOf(path.join(folder, 'nhanh', `${i}.txt`)), type: i < 100 ? 3 : 2 }));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [...changes, ...changes.slice(500, 600)] });
    await until('the new branch is indexed', async () => (await refs('11-CT/TW')).length === N - 100 + 1);
    assert.equal((await refs('10-CT/TW')).length, 1);
    // The server kept its index: a hover works on the next request.
    const h = await s.request('textDocument/hover', { textDocument: { uri: draft.uri }, position: positionOf(draft.text, '11-CT/TW') });
    assert.match(h.contents.value, /Chỉ thị 11-CT\/TW/);
  });

  it('vanban.files.include changed at run time drops and brings back files', async () => {
    s.settings = { files: { include: ['**/*.md'] } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await until('only Markdown is indexed', async () => (await refs('11-CT/TW')).length === 1);
    s.settings = {};
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await until('text files are back', async () => (await refs('11-CT/TW')).length === N - 100 + 1);
  });

  it('severities changed at run time change the diagnostics', async () => {
    // Only the symbol codes are watched: other checkers (the catalog) may add their own.
    const codes = async () => (await s.request('textDocument/diagnostic', { textDocument: { uri: draft.uri } })).items
      .map((d: { code: string }) => d.code).filter((c: string) => c.startsWith('symbol-')).join();
    assert.equal(await codes(), 'symbol-dash,symbol-tu');
    s.settings = { diagnostics: { 'symbol-tu': 'off' } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await until('symbol-tu is off', async () => (await codes()) === 'symbol-dash');
    s.settings = {};
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await until('symbol-tu is back', async () => (await codes()) === 'symbol-dash,symbol-tu');
  });

  it('requests that throw or make no sense are answered, and the server stays up', async () => {
    const { uri } = draft;
    const far = { line: 1e9, character: 1e9 };
    const odd: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri }, position: far }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -5, character: -1 } }],
      ['textDocument/definition', { textDocument: { uri }, position: { line: 'x', character: null } }],
      ['textDocument/references', { textDocument: { uri }, position: far, context: { includeDeclaration: true } }],
      ['textDocument/completion', { textDocument: { uri }, position: far }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
      ['textDocument/hover', { textDocument: { uri: 'file:///khong/mo.txt' }, position: { line: 0, character: 0 } }],
      ['textDocument/hover', {}],
      ['textDocument/codeLens', { textDocument: null }],
      ['workspace/symbol', { query: 12 }],
      ['textDocument/documentSymbol', { textDocument: { uri: 'untitled:Untitled-1' } }],
    ];
    for (const [method, params] of odd) {
      // An error response is as good as an empty answer: what matters is that one comes.
      await s.request(method, params).catch((e: Error) => e);
    }
    assert.equal(s.proc.exitCode, null);
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(draft.text, '10-CT/TW') });
    assert.match(h.contents.value, /Chỉ thị 10-CT\/TW/);
  });
});
