/**
 * Bad input on disk, through the built server: a folder the test fills with every kind of odd
 * file users keep (binary, empty, huge, invalid UTF-8, BOMs, UTF-16, CRLF and lone CR, NFD,
 * zero-width characters, HTML entities, a FIFO, a folder named like a text file, dangling and
 * looping symlinks, three thousand files in one folder). The server must stay up, index what can
 * be read, place every citation where the editor shows it, and say what it skipped.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LspSession, uriOf } from '../support/lspClient';

/** The LSP position of `needle` in a decoded text, with `\r\n`, `\r` and `\n` all ending lines. */
function positionIn(text: string, needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${JSON.stringify(text.slice(0, 80))}`);
  const lines = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

const CITATION = 'Chỉ thị số 43-CT/TW, ngày 14/05/2015 của Ban Bí thư về tăng cường công tác dân vận';
const body = (eol: string) => ['Tin hội nghị', '', `Căn cứ ${CITATION}.`, 'Hết.'].join(eol) + eol;

/** Files whose citation of 43-CT/TW must be found, as bytes on disk and the text the editor shows. */
const readable: { name: string; bytes: Buffer; text: string }[] = (() => {
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  const lf = body('\n');
  const utf16be = (s: string) => { const b = Buffer.from(s, 'utf16le'); for (let i = 0; i < b.length; i += 2) { const t = b[i]!; b[i] = b[i + 1]!; b[i + 1] = t; } return b; };
  const nfd = lf.normalize('NFD');
  const zw = lf.replace('Căn cứ ', 'Căn\u200B cứ \u200B');
  const entity = lf.replace('Chỉ thị', 'Ch&#7881; th&#7883;');
  const invalid = Buffer.concat([utf8('Tin h'), Buffer.from([0xc3, 0x28, 0xff]), utf8(lf.slice(5))]);
  return [
    { name: 'lf.txt', bytes: utf8(lf), text: lf },
    { name: 'bom.txt', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(lf)]), text: lf },
    { name: 'utf16le.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lf, 'utf16le')]), text: lf },
    { name: 'utf16be.txt', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(lf)]), text: lf },
    { name: 'crlf.txt', bytes: utf8(body('\r\n')), text: body('\r\n') },
    { name: 'cr.txt', bytes: utf8(body('\r')), text: body('\r') },
    { name: 'nfd.txt', bytes: utf8(nfd), text: nfd },
    { name: 'zero-width.txt', bytes: utf8(zw), text: zw },
    { name: 'entity.md', bytes: utf8(entity), text: entity },
    { name: 'invalid-utf8.txt', bytes: invalid, text: new TextDecoder('utf-8').decode(invalid) },
    { name: 'thu-muc.txt/trong.txt', bytes: utf8(lf), text: lf },
  ];
})();

describe('robustness: odd files on disk', function () {
  this.timeout(120000);
  let folder: string;
  let s: LspSession;
  let draft: { uri: string; text: string };

  const refsTo43 = async (): Promise<{ uri: string; range: { start: { line: number; character: number } } }[]> =>
    s.request('textDocument/references', { textDocument: { uri: draft.uri }, position: positionIn(draft.text, '3-CT/TW'), context: { includeDeclaration: true } });
  const rel = (uri: string) => path.relative(folder, decodeURIComponent(new URL(uri).pathname));
  const logs = () => s.notifications.filter((n) => n.method === 'window/logMessage').map((n) => String(n.params.message));

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'vanban-robust-'));
    mkdirSync(path.join(folder, 'thu-muc.txt'));
    for (const f of readable) writeFileSync(path.join(folder, f.name), f.bytes);
    writeFileSync(path.join(folder, 'rong.txt'), '');
    writeFileSync(path.join(folder, 'nhi-phan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    // Over the default 5 MB: skipped with a notice unless vanban.files.maxSizeMB allows it.
    writeFileSync(path.join(folder, 'lon.txt'), `Căn cứ Chỉ thị số 99-CT/TW của Ban Bí thư.\n${'Đoạn văn dài không có trích dẫn nào cả. '.repeat(150000)}\n`);
    execFileSync('mkfifo', [path.join(folder, 'ong.txt')]);
    symlinkSync(path.join(folder, 'khong-con.txt'), path.join(folder, 'treo.txt'));
    symlinkSync('tu-tro.txt', path.join(folder, 'tu-tro.txt'));
    mkdirSync(path.join(folder, 'vong'));
    symlinkSync('..', path.join(folder, 'vong', 'lai'));
    mkdirSync(path.join(folder, 'nhieu'));
    for (let i = 0; i < 3000; i++) writeFileSync(path.join(folder, 'nhieu', `${i}.txt`), `Bài ${i}: thực hiện Chỉ thị số 7-CT/TW của Ban Bí thư.\n`);
    writeFileSync(path.join(folder, 'du-thao.md'), `# Dự thảo\n\nTheo Chỉ thị số 43-CT/TW và Chỉ thị số 7-CT/TW.\n`);
    s = await LspSession.start({ folder });
    await s.ready();
    draft = await s.open('du-thao.md');
  });
  after(async () => { await s.stop(); rmSync(folder, { recursive: true, force: true }); });

  it('finds the citation in every readable file, at the position the editor shows', async () => {
    const refs = await refsTo43();
    const got = refs.filter((r) => rel(r.uri) !== 'du-thao.md').map((r) => `${rel(r.uri)} ${r.range.start.line}:${r.range.start.character}`).sort();
    const want = readable.map((f) => { const p = positionIn(f.text, '43-CT/TW'); return `${f.name} ${p.line}:${p.character}`; }).sort();
    assert.deepEqual(got, want);
    // The loop through vong/lai was walked once: no file is listed twice.
    assert.equal(new Set(refs.map((r) => r.uri)).size, refs.length);
  });

  it('three thousand files in one folder are all indexed and requests are answered', async () => {
    const refs: unknown[] = await s.request('textDocument/references', { textDocument: { uri: draft.uri }, position: positionIn(draft.text, '7-CT/TW'), context: { includeDeclaration: true } });
    assert.equal(refs.length, 3001);
    const h = await s.request('textDocument/hover', { textDocument: { uri: draft.uri }, position: positionIn(draft.text, '7-CT/TW') });
    assert.match(h.contents.value, /Chỉ thị 7-CT\/TW/);
  });

  it('a large workspace is scanned on worker threads and what its corpus says counted as files arrive, then offered', async () => {
    assert.ok(logs().some((m) => /^\[index\] 3\d{3} files read and scanned on \d+ worker threads/.test(m)), logs().join('\n'));
    // 7-CT/TW is in no catalog: only what the corpus says (3,000 articles) can offer it, once gathered.
    const { uri } = await s.open('cho-go.txt', 'Thực hiện Chỉ thị số 7');
    for (let i = 0; ; i++) {
      const items: { label: string; detail?: string }[] = await s.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 22 } });
      const seven = items.find((x) => x.label === '7-CT/TW');
      if (seven) break;
      assert.ok(i < 300, `7-CT/TW was never offered: ${items.map((x) => x.label).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    // The output says, once, when hovers and diagnostics started judging by the whole corpus:
    // counted as the files came from the workers, not gathered after the index.
    assert.equal(logs().filter((m) => /^\[catalog\] what 3\d{3} files say counted as they were indexed \(summed up in \d+ ms\)$/.test(m)).length, 1, logs().join('\n'));
    assert.ok(!logs().some((m) => /files say gathered/.test(m)), logs().join('\n'));
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('says what it skipped and why: binary, too large, not valid UTF-8', async () => {
    const log = logs();
    assert.ok(log.some((m) => /\[skip\].*nhi-phan\.txt: binary file/.test(m)), log.join('\n'));
    assert.ok(log.some((m) => /\[skip\].*lon\.txt: \d+\.\d MB > 5\.0 MB/.test(m)), log.join('\n'));
    assert.ok(log.some((m) => /\[warn\].*invalid-utf8\.txt: not valid UTF-8/.test(m)), log.join('\n'));
    const sym: { name: string }[] = await s.request('workspace/symbol', { query: '99-CT' });
    assert.deepEqual(sym, []);
    // The status the editor shows counts the skipped files (the binary one, the large one, …).
    const status = await s.request('vanban/indexStatus', null);
    assert.ok(status.skipped >= 2, JSON.stringify(status));
  });

  it('watched-file events for a FIFO, a folder, a vanished file and another host neither hang nor crash', async () => {
    writeFileSync(path.join(folder, 'moi.txt'), `Mới: ${CITATION}.\n`);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uriOf(path.join(folder, 'ong.txt')), type: 1 },
        { uri: uriOf(path.join(folder, 'thu-muc.txt')), type: 2 },
        { uri: uriOf(path.join(folder, 'da-xoa.txt')), type: 1 },
        { uri: 'file://may-khac/chia-se/bai.txt', type: 2 },
        { uri: 'file:///%E0%A4%A.txt', type: 2 },
        { uri: uriOf(path.join(folder, 'moi.txt')), type: 1 },
      ],
    });
    // The batch goes on past the odd entries: the new file is indexed.
    for (let i = 0; !(await refsTo43()).some((r) => rel(r.uri) === 'moi.txt'); i++) {
      assert.ok(i < 500, 'moi.txt was never indexed');
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(s.proc.exitCode, null);
  });

  it('a document opened and closed under another host’s URI does not take the server down', async () => {
    const uri = 'file://may-khac/chia-se/bai.txt';
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: CITATION } });
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const refs = await refsTo43();
    assert.ok(!refs.some((r) => r.uri === uri));
    assert.equal(s.proc.exitCode, null);
  });

  it('a file deleted after it was listed disappears from the answers on its change event', async () => {
    rmSync(path.join(folder, 'crlf.txt'));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(folder, 'crlf.txt')), type: 2 }] });
    for (let i = 0; (await refsTo43()).some((r) => rel(r.uri) === 'crlf.txt'); i++) {
      assert.ok(i < 500, 'crlf.txt is still referenced');
      await new Promise((r) => setTimeout(r, 20));
    }
  });

  it('a file opened under a URI encoded differently (as VS Code encodes parentheses) is not counted twice', async () => {
    const file = path.join(folder, 'bai viet (ban 2).txt');
    writeFileSync(file, body('\n'));
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    for (let i = 0; !(await refsTo43()).some((r) => rel(r.uri) === path.basename(file)); i++) {
      assert.ok(i < 500, 'the file was never indexed');
      await new Promise((r) => setTimeout(r, 20));
    }
    // VS Code writes every character outside [A-Za-z0-9-._~/] percent-encoded.
    const vscodeUri = 'file://' + file.split('/').map((p) => encodeURIComponent(p).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())).join('/');
    assert.notEqual(vscodeUri, uriOf(file));
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: vscodeUri, languageId: 'plaintext', version: 1, text: body('\n') } });
    const count = async () => (await refsTo43()).filter((r) => decodeURIComponent(new URL(r.uri).pathname) === file).length;
    assert.equal(await count(), 1);
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: vscodeUri } });
    // Closed, the disk version comes back (read asynchronously), once.
    for (let i = 0; !(await refsTo43()).some((r) => r.uri === uriOf(file)); i++) {
      assert.ok(i < 500, 'the disk version never came back');
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.equal(await count(), 1);
  });

  it('vanban.files.maxSizeMB changed at run time indexes the large file', async () => {
    s.settings = { files: { maxSizeMB: 10 } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    for (let i = 0; ; i++) {
      const sym: { name: string }[] = await s.request('workspace/symbol', { query: '99-CT' });
      if (sym.some((x) => x.name === 'Chỉ thị 99-CT/TW')) break;
      assert.ok(i < 1000, 'lon.txt never indexed');
      await new Promise((r) => setTimeout(r, 20));
    }
  });
});
