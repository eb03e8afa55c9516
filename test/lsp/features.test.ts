/**
 * LSP integration: the built server over stdio on a fixture workspace (the seed articles plus
 * drafts with typical mistakes), asserted from the protocol messages.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyEdits, copyFixture, LspSession, positionOf, uriOf } from '../support/lspClient';

const SEED_001 = 'bai-viet/001_a2587cab5026f246.txt';
const DRAFT = 'du-thao/bao-cao-so-ket-2026.md';
const SECOND_DRAFT = 'du-thao/ke-hoach-2026.md';

// The same answers whether files are scanned on the main thread (a small workspace), read from the
// persistent cache, or scanned on worker threads (forced here; a large workspace uses them by itself).
for (const cache of ['without a cache', 'warm from the persistent cache', 'scanned on index worker threads']) describe(`language server over stdio, ${cache}`, function () {
  let folder: string;
  let s: LspSession;
  before(async () => {
    folder = copyFixture('workspace');
    // A second draft repeating the first draft's wrong symbols (drafts must not vouch for each other).
    // It also mentions "Chỉ thị số 43" without citing it in full: the articles say which directive that is.
    writeFileSync(path.join(folder, SECOND_DRAFT), 'Kế hoạch\n\nThực hiện Quyết định số 34-NQ/TW, Nghị quyết 51/NQ-TW, Quyết định 89-QD/TW và Chỉ thị 92CT/TW.\n\nTiếp tục thực hiện Chỉ thị số 43 của Ban Bí thư.\n');
    const cacheDir = cache.startsWith('warm') ? mkdtempSync(path.join(tmpdir(), 'vanban-cache-')) : undefined;
    if (cacheDir) {
      // A first session fills the cache; the session under test starts from it.
      const first = await LspSession.start({ folder, initializationOptions: { cacheDir } });
      await first.ready();
      await first.stop();
      assert.ok(existsSync(path.join(cacheDir, 'index.bin')), 'the cache was written');
    }
    const workers = cache.includes('worker') ? { indexWorkers: 2 } : {};
    s = await LspSession.start({ folder, initializationOptions: cacheDir ? { cacheDir } : workers });
    await s.ready();
  });
  after(async () => { await s.stop(); rmSync(folder, { recursive: true, force: true }); });

  it(cache.includes('worker') ? 'the files were scanned on worker threads' : 'no worker thread was started for a small workspace', () => {
    const logs = s.notifications.filter((n) => n.method === 'window/logMessage').map((n) => String(n.params.message));
    const onWorkers = logs.find((m) => /files read and scanned on \d+ worker threads/.test(m));
    if (cache.includes('worker')) assert.match(onWorkers ?? '', /^\[index\] [1-9]\d* files read and scanned on 2 worker threads/);
    else assert.equal(onWorkers, undefined);
  });

  it('logs its start, the index (files, time, cache, skipped) and the catalogs to the output', async () => {
    const logs = () => s.notifications.filter((n) => n.method === 'window/logMessage').map((n) => String(n.params.message));
    assert.ok(logs().some((m) => /^\[start\] Vanban \d+\.\d+\.\d+ on Node v\d+/.test(m)), logs().join('\n'));
    const index = logs().find((m) => m.startsWith('[index] ') && m.includes(' files in '));
    // The same files give the same counts whether read, loaded from the cache or scanned on workers (a restart).
    assert.match(index ?? '', /^\[index\] 8 files in \d+ ms \((\d+) from the cache, (\d+) read and scanned, 0 skipped\): 5 articles, 3 drafts, 17 directives$/);
    if (cache.startsWith('warm')) assert.match(index!, /\(8 from the cache/);
    assert.ok(logs().some((m) => /^\[catalog\] \d+ workspace catalog files \(\d+ problems\), built-in catalog on$/.test(m)));
  });

  it('hover on 290-QĐ/TW in seed 001 shows what the workspace says about it', async () => {
    const { uri, text } = await s.open(SEED_001);
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '290-QĐ/TW') });
    const md: string = h.contents.value;
    assert.match(md, /### Quyết định 290-QĐ\/TW/);
    // The output says once that what the articles say was counted: as they were indexed, or
    // gathered at once when an article changed meanwhile (a small workspace).
    const gathered = s.notifications.filter((n) => n.method === 'window/logMessage'
      && /^\[catalog\] what 8 files say (?:gathered in \d+ ms|counted as they were indexed \(summed up in \d+ ms\))$/.test(String(n.params.message)));
    assert.equal(gathered.length, 1);
    assert.match(md, /\*\*Ngày ban hành:\*\* 25\/02\/2010/);
    assert.match(md, /\*\*Cơ quan ban hành:\*\* Bộ Chính trị/);
    assert.match(md, /về ban hành quy chế công tác dân vận của hệ thống chính trị/i);
    // Seed 001 and the draft both cite it; the draft is counted apart.
    assert.match(md, /Được trích dẫn trong 1 bài viết và 1 bản thảo/);
    assert.match(md, /\[bai-viet\/001\\_a2587cab5026f246\.txt:11\]\(file:\/\/.*001_a2587cab5026f246\.txt#L11\)/);
    // The two articles word the title differently only in case: that is no disagreement.
    assert.doesNotMatch(md, /trích dẫn\)/);
  });

  it('an article edited and closed without saving is found where the disk has its citations again', async () => {
    const draft = await s.open(DRAFT);
    const seedLines = async (uri: string) => ((await s.request('textDocument/references', {
      textDocument: { uri: draft.uri }, position: positionOf(draft.text, '290-QĐ/TW'), context: { includeDeclaration: true },
    })) as { uri: string; range: { start: { line: number } } }[]).filter((l) => l.uri === uri).map((l) => l.range.start.line);
    const seed = await s.open(SEED_001);
    const onDisk = await seedLines(seed.uri);
    assert.ok(onDisk.length > 0);
    // Three lines typed at the top and not saved: the editor's positions count while it is open…
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: seed.uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n\n\n' }] });
    assert.deepEqual(await seedLines(seed.uri), onDisk.map((l) => l + 3));
    // …and once it is closed, the disk's (the positions of the file as read must not have moved with the edits).
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: seed.uri } });
    let after: number[] = [];
    for (let i = 0; i < 100; i++) {
      after = await seedLines(seed.uri);
      if (after.join() === onDisk.join()) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(after, onDisk);
  });

  it('hover on the short mention "Chỉ thị 43" shows Chỉ thị 43-CT/TW', async () => {
    const { uri, text } = await s.open(SEED_001);
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Chỉ thị 43,') });
    assert.match(h.contents.value, /### Chỉ thị 43-CT\/TW/);
    assert.match(h.contents.value, /14\/5\/2015/);
    assert.match(h.contents.value, /Ban Bí thư/);
    assert.equal(h.range.start.line, positionOf(text, 'Chỉ thị 43,').line);
  });

  it('a short mention no full citation of its text explains is resolved by the articles: hover and references', async () => {
    const { uri, text } = await s.open(SECOND_DRAFT);
    const at = positionOf(text, 'Chỉ thị số 43');
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: at });
    assert.match(h.contents.value, /“Chỉ thị số 43” — nhắc ngắn, bài không trích dẫn đầy đủ; theo danh mục và các bài viết, đó là 43-CT\/TW\./);
    assert.match(h.contents.value, /### Chỉ thị 43-CT\/TW/);
    const seed = await s.open(SEED_001);
    const refs: { uri: string; range: { start: { line: number } } }[] = await s.request('textDocument/references', {
      textDocument: { uri: seed.uri }, position: positionOf(seed.text, '43-CT/TW'), context: { includeDeclaration: true },
    });
    assert.ok(refs.some((r) => r.uri === uri && r.range.start.line === at.line), JSON.stringify(refs));
  });

  it('definition goes to the fullest citation, references span articles and drafts', async () => {
    const draft = await s.open(DRAFT);
    const at = positionOf(draft.text, '43-CT/TW');
    const def = await s.request('textDocument/definition', { textDocument: { uri: draft.uri }, position: at });
    assert.equal(def.uri, uriOf(path.join(folder, SEED_001)));
    assert.equal(def.range.start.line, 3);
    const refs: { uri: string }[] = await s.request('textDocument/references', { textDocument: { uri: draft.uri }, position: at, context: { includeDeclaration: true } });
    const files = refs.map((r) => path.relative(folder, new URL(r.uri).pathname));
    // Seed 001 cites it twice in full and once as "Chỉ thị 43"; the two drafts once each.
    assert.deepEqual(files.filter((f) => f === SEED_001).length, 3);
    assert.ok(files.includes(DRAFT));
    assert.ok(files.includes('du-thao/tin-hoi-nghi.txt'));
  });

  it('code lens names each directive and counts the other articles citing it; a click lists exactly those', async () => {
    type Lens = { range: { start: { line: number } }; command: { title: string; command: string; arguments?: unknown[] } };
    const seed = await s.open(SEED_001);
    const seedLenses: Lens[] = await s.request('textDocument/codeLens', { textDocument: { uri: seed.uri } });
    // Seed 001 is the only article citing these: the drafts do not count, nor does the seed itself.
    assert.deepEqual(seedLenses.map((l) => `${l.range.start.line}: ${l.command.title}`), [
      '3: 43-CT/TW: chưa bài viết nào khác trích dẫn',
      '10: 290-QĐ/TW: chưa bài viết nào khác trích dẫn',
      '10: 292-TB/TW: chưa bài viết nào khác trích dẫn',
      '22: 217-QĐ/TW: chưa bài viết nào khác trích dẫn',
      '22: 218-QĐ/TW: chưa bài viết nào khác trích dẫn',
    ]);
    assert.ok(seedLenses.every((l) => l.command.command === ''), 'nothing to list: not clickable');
    const draft = await s.open(DRAFT);
    const lenses: Lens[] = await s.request('textDocument/codeLens', { textDocument: { uri: draft.uri } });
    const l290 = lenses.find((l) => l.command.title.startsWith('290-QĐ/TW'))!;
    assert.equal(l290.command.title, '290-QĐ/TW: 1 bài viết khác trích dẫn');
    assert.equal(l290.command.command, 'vanban.showCitingArticles');
    // A lens says where it is, not its locations (asked for on click): [uri, position].
    const [lensUri, at] = l290.command.arguments as [string, { line: number; character: number }];
    assert.equal(l290.command.arguments!.length, 2);
    const locs: { uri: string }[] = await s.request('vanban/citingArticles', { uri: lensUri, position: at });
    assert.deepEqual(locs.map((l) => path.basename(l.uri)), ['001_a2587cab5026f246.txt'], 'the click lists the one article the lens counts');
    for (const l of lenses.filter((x) => x.command.command)) {
      const n = Number(/: (\d+) bài viết khác/.exec(l.command.title)?.[1]);
      const [u, p] = l.command.arguments as [string, { line: number; character: number }];
      assert.equal((await s.request('vanban/citingArticles', { uri: u, position: p })).length, n, l.command.title);
    }
  });

  it('workspace symbols find directives by number, symbol and title words', async () => {
    const byNumber: { name: string }[] = await s.request('workspace/symbol', { query: '290' });
    assert.equal(byNumber[0]!.name, 'Quyết định 290-QĐ/TW');
    const byTitle: { name: string }[] = await s.request('workspace/symbol', { query: 'chat doc hoa hoc' });
    assert.deepEqual(byTitle.map((x) => x.name).sort(), ['Chỉ thị 43-CT/TW', 'Thông báo kết luận 292-TB/TW']);
  });

  it('document symbols: an article’s directives with their citations; a report’s sections with the citations inside', async () => {
    const { uri } = await s.open(SEED_001);
    const syms: { name: string; detail?: string; children: unknown[] }[] = await s.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(syms.map((x) => `${x.name} ${x.detail ?? ''}`.trim()), [
      'Chỉ thị 43-CT/TW ×3', 'Quyết định 290-QĐ/TW ×2', 'Thông báo kết luận 292-TB/TW ngày 18/9/2009 · Ban Bí thư', 'Quyết định 217-QĐ/TW', 'Quyết định 218-QĐ/TW',
    ]);
    const draft = await s.open(DRAFT);
    type Sym = { name: string; children?: Sym[] };
    const outline: Sym[] = await s.request('textDocument/documentSymbol', { textDocument: { uri: draft.uri } });
    const report = outline.find((x) => x.name.startsWith('BÁO CÁO'))!;
    assert.deepEqual(report.children!.map((x) => x.name), ['Quyết định 23-QĐ/TW', 'I- ĐẶC ĐIỂM TÌNH HÌNH', 'II- KẾT QUẢ THỰC HIỆN', 'III- ĐÁNH GIÁ CHUNG', 'V- ĐỀ XUẤT, KIẾN NGHỊ']);
    assert.deepEqual(report.children![1]!.children!.map((x) => x.name), ['Quyết định 290-QĐ/TW', 'Nghị quyết 25-NQ/TW']);
    const folds: { startLine: number; endLine: number }[] = await s.request('textDocument/foldingRange', { textDocument: { uri: draft.uri } });
    assert.ok(folds.some((f) => f.startLine === 16 && f.endLine === 18), 'section I folds');
  });

  it('diagnostics of the draft, and the text after each quick fix', async () => {
    const { uri, text } = await s.open(DRAFT);
    const report = await s.request('textDocument/diagnostic', { textDocument: { uri } });
    const got = report.items.map((d: any) => `${d.code} ${text.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character)}`);
    assert.deepEqual(got, [
      // Not on the report's own subject line (23-QĐ/TW), nor on 21-CT/TU, whose sentence names its body.
      'superseded 290-QĐ/TW',
      'symbol-dash 25–NQ/TƯ', 'symbol-tu 25–NQ/TƯ', 'incomplete-first-mention 25–NQ/TƯ',
      'symbol-space 21- CT/TU',
      'type-mismatch Quyết định', 'unknown-directive 34-NQ/TW', 'incomplete-first-mention 43-CT/TW',
      // One finding for the impossible date, with the catalog's date as its fix.
      'date-invalid ngày 31/02/2015',
      'symbol-party-as-state 51/NQ-TW', 'unknown-directive 51/NQ-TW', 'symbol-no-stroke 89-QD/TW', 'unknown-directive 89-QD/TW',
      'symbol-missing-hyphen 92CT/TW', 'unknown-directive 92CT/TW',
      'report-missing-section III- ĐÁNH GIÁ CHUNG',
    ]);
    assert.ok(report.items.every((d: any) => d.source === 'vanban' && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(d.message)), 'messages are Vietnamese');
    const fixed = async (needle: string, title: string) => {
      const d = report.items.find((x: any) => text.split('\n')[x.range.start.line]!.slice(x.range.start.character).startsWith(needle));
      const actions: any[] = await s.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const a = actions.find((x) => x.title === title);
      assert.ok(a, `no action "${title}" among ${actions.map((x) => x.title).join(', ')}`);
      return applyEdits(text, a.edit.changes[uri]);
    };
    const diffOf = (after: string) => {
      let i = 0;
      while (text[i] === after[i]) i++;
      let j = 0;
      while (text[text.length - 1 - j] === after[after.length - 1 - j] && j < text.length - i) j++;
      return [text.slice(i, text.length - j), after.slice(i, after.length - j)];
    };
    assert.deepEqual(diffOf(await fixed('25–NQ/TƯ', 'Sửa thành 25-NQ/TW')), ['–NQ/TƯ', '-NQ/TW']);
    assert.deepEqual(diffOf(await fixed('21- CT/TU', 'Sửa thành 21-CT/TU')), [' ', '']);
    assert.deepEqual(diffOf(await fixed('Quyết định', 'Sửa tên loại thành "Nghị quyết"')), ['Quyết định', 'Nghị quyết']);
    assert.deepEqual(diffOf(await fixed('Quyết định', 'Sửa số hiệu thành 34-QĐ/TW')), ['NQ', 'QĐ']);
    assert.deepEqual(diffOf(await fixed('51/NQ-TW', 'Sửa thành 51-NQ/TW')), ['/NQ-', '-NQ/']);
    assert.deepEqual(diffOf(await fixed('89-QD/TW', 'Sửa thành 89-QĐ/TW')), ['D', 'Đ']);
    assert.deepEqual(diffOf(await fixed('92CT/TW', 'Sửa thành 92-CT/TW')), ['', '-']);
    // The draft is dated 20/11/2026: 290-QĐ/TW was replaced by 23-QĐ/TW on 30/7/2021.
    assert.deepEqual(diffOf(await fixed('290-QĐ/TW', 'Thay bằng 23-QĐ/TW, sửa cả ngày thành 30/7/2021')), ['90-QĐ/TW, ngày 25/02/2010', '3-QĐ/TW, ngày 30/7/2021']);
    assert.deepEqual(diffOf(await fixed('25–NQ/TƯ', 'Bổ sung trích yếu của 25-NQ/TW theo danh mục')),
      ['', ' về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới']);
    assert.deepEqual(diffOf(await fixed('ngày 31/02/2015', 'Sửa theo danh mục: ngày 14/5/2015')), ['31/02', '14/5']);
    const superseded = report.items.find((d: any) => d.code === 'superseded');
    assert.deepEqual(superseded.tags, [2], 'superseded carries the Deprecated tag');
    const withSection = await fixed('III- ĐÁNH GIÁ CHUNG', report.items.at(-1) && (await s.request('textDocument/codeAction', { textDocument: { uri }, range: report.items.at(-1).range, context: { diagnostics: [report.items.at(-1)] } }))[0].title);
    assert.match(withSection, /2\. Hạn chế, khuyết điểm và nguyên nhân\n[\s\S]*IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP[\s\S]*V- ĐỀ XUẤT, KIẾN NGHỊ/);
  });

  it('the same wrong symbols in two drafts stay unknown in both: drafts do not vouch for each other', async () => {
    for (const rel of [DRAFT, SECOND_DRAFT]) {
      const { uri, text } = await s.open(rel);
      const report = await s.request('textDocument/diagnostic', { textDocument: { uri } });
      const unknown = report.items.filter((d: any) => d.code === 'unknown-directive')
        .map((d: any) => text.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character));
      assert.deepEqual(unknown, ['34-NQ/TW', '51/NQ-TW', '89-QD/TW', '92CT/TW'], rel);
    }
  });

  it('an unknown directive can be added to a new workspace catalog, which then knows it', async () => {
    const { uri, text } = await s.open(DRAFT);
    const report = await s.request('textDocument/diagnostic', { textDocument: { uri } });
    const d = report.items.find((x: any) => x.code === 'unknown-directive');
    const actions: any[] = await s.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const add = actions.find((a) => a.title.startsWith('Thêm 34-NQ/TW vào danh mục'))!;
    const [create, change] = add.edit.documentChanges;
    assert.equal(create.kind, 'create');
    const catalogFile = path.join(folder, 'vanban.catalog.yaml');
    assert.equal(create.uri, uriOf(catalogFile));
    const yaml = applyEdits('', change.edits);
    assert.match(yaml, /symbol: "?34-NQ\/TW"?/, yaml);
    // The editor applies the edit and saves the file; the watcher tells the server.
    writeFileSync(catalogFile, yaml);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(catalogFile), type: 1 }] });
    for (let i = 0; ; i++) {
      const again = await s.request('textDocument/diagnostic', { textDocument: { uri } });
      const line = text.split('\n')[d.range.start.line]!;
      if (!again.items.some((x: any) => x.code === 'unknown-directive' && line.slice(x.range.start.character).startsWith('34-NQ/TW'))) break;
      assert.ok(i < 300, 'the new catalog entry was not picked up');
      await new Promise((r) => setTimeout(r, 20));
    }
    rmSync(catalogFile);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(catalogFile), type: 3 }] });
  });

  it('hover adds the catalog: status as of the article’s date, relations, source', async () => {
    const { uri, text } = await s.open(SEED_001);
    const h = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '290-QĐ/TW') });
    assert.match(h.contents.value, /\*\*Trạng thái\*\* \(tính đến 13\/7\/2015\)\*\*:\*\* còn hiệu lực/);
    assert.match(h.contents.value, /\*\*Quan hệ:\*\* bị thay thế bởi 23-QĐ\/TW từ ngày 30\/7\/2021/);
    const draft = await s.open(DRAFT);
    const h2 = await s.request('textDocument/hover', { textDocument: { uri: draft.uri }, position: positionOf(draft.text, '290-QĐ/TW') });
    assert.match(h2.contents.value, /\(tính đến 20\/11\/2026\)\*\*:\*\* .*23-QĐ\/TW/);
  });

  it('completion after "Quyết định số": catalog and corpus, directives in force first, full citations', async () => {
    const { uri } = await s.open('du-thao/tin-hoi-nghi.txt', 'Ngày đăng: 01/02/2026 08:00\nThực hiện Quyết định số 2');
    const items: { label: string; detail: string; documentation?: string; tags?: number[]; textEdit: { newText: string } }[] = await s.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 25 } });
    assert.equal(items[0]!.label, '23-QĐ/TW');
    assert.equal(items[1]!.textEdit.newText, '23-QĐ/TW, ngày 30/7/2021 của Bộ Chính trị về ban hành Quy chế công tác dân vận của hệ thống chính trị');
    const old = items.find((i) => i.label === '290-QĐ/TW')!;
    // A short detail (the widget cuts long ones mid-word), the status in the documentation, struck through.
    assert.equal(old.detail, '25/02/2010 · hết hiệu lực');
    assert.match(old.documentation ?? '', /^bị thay thế bởi 23-QĐ\/TW từ ngày 30\/7\/2021/);
    assert.deepEqual(old.tags, [1]);
    assert.ok(items.indexOf(old) > items.findIndex((i) => i.label === '218-QĐ/TW'), 'in force before superseded');
    assert.ok(items.every((i) => /^\d+-QĐ\/TW/.test(i.label)), 'only Quyết định after "Quyết định số"');
    // Closing the unsaved text brings the file's disk text back for the other tests.
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('a workspace catalog file: its problems in place, hover and completion of fields, definition from a citation to its entry', async () => {
    const file = path.join(folder, 'vanban.catalog.yaml');
    const yaml = 'directives:\n  - symbol: 43-CT/TW\n    date: 2015-05-14\n    body: Ban Bí thư\n    colour: red\n    relations:\n      - kind: replaces\n        symbol: 290-QĐ/TW\n  - symbol: 44-CT/TW\n    date: 2015-13-45\n';
    writeFileSync(file, yaml);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    const cat = await s.open('vanban.catalog.yaml');
    const report = await s.request('textDocument/diagnostic', { textDocument: { uri: cat.uri } });
    const lines = yaml.split('\n');
    const got = report.items.map((d: any) => `${d.code} ${lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character)}`);
    assert.ok(got.includes('catalog-unknown-field colour'), got.join(', '));
    assert.ok(got.some((g: string) => g.startsWith('catalog-bad-date')), got.join(', '));
    const hover = await s.request('textDocument/hover', { textDocument: { uri: cat.uri }, position: { line: 2, character: 5 } });
    assert.match(hover.contents.value, /^\*\*date\*\*/);
    const fields: { label: string }[] = await s.request('textDocument/completion', { textDocument: { uri: cat.uri }, position: { line: 3, character: 4 } });
    assert.ok(fields.some((f) => f.label === 'title'), 'field names are offered');
    // Definition from a citation in an article lands on the catalog entry.
    const seed = await s.open(SEED_001);
    for (let i = 0; ; i++) {
      const def = await s.request('textDocument/definition', { textDocument: { uri: seed.uri }, position: positionOf(seed.text, '43-CT/TW') });
      if (def?.uri === cat.uri) { assert.equal(def.range.start.line, 1); break; }
      assert.ok(i < 300, 'definition never reached the catalog entry');
      await new Promise((r) => setTimeout(r, 20));
    }
    await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: cat.uri } });
    rmSync(file);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
  });

  it('completion at the start of a line in a report offers its missing standard sections', async () => {
    const { uri, text } = await s.open(DRAFT);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('V- ĐỀ XUẤT'));
    const edited = [...lines.slice(0, at), 'IV', ...lines.slice(at)].join('\n');
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const items: { label: string; textEdit: { newText: string } }[] = await s.request('textDocument/completion', { textDocument: { uri }, position: { line: at, character: 2 } });
    const section = items.find((i) => /PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP/.test(i.label));
    assert.ok(section, items.map((i) => i.label).join(', '));
    assert.match(section.textEdit.newText, /^IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP/);
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
  });

  it('lists the citations of superseded directives across the workspace, judged at each text’s date', async () => {
    let stale: { uri: string; symbol: string; status: string; asOf: string }[] = [];
    for (let i = 0; i < 300 && stale.length < 2; i++) {
      stale = await s.request('vanban/supersededCitations', null);
      if (stale.length < 2) await new Promise((r) => setTimeout(r, 20));
    }
    // 290-QĐ/TW is fine in the 2015 article but not in the 2026 draft; 217-QĐ/TW was replaced in 2023.
    assert.deepEqual(stale.map((c) => `${path.relative(folder, new URL(c.uri).pathname)} ${c.symbol} ${c.asOf}`), [
      'du-thao/bao-cao-so-ket-2026.md 290-QĐ/TW 2026-11-20',
      'du-thao/tin-hoi-nghi.txt 217-QÐ/TW 2026-11-15',
    ]);
    assert.match(stale[0]!.status, /23-QĐ\/TW/);
  });

  it('answers in English when the editor runs in English', async () => {
    const en = await LspSession.start({ folder, locale: 'en' });
    try {
      await en.ready();
      const { uri } = await en.open(DRAFT);
      const report = await en.request('textDocument/diagnostic', { textDocument: { uri } });
      assert.match(report.items.find((d: any) => d.code === 'symbol-tu').message, /writes "TƯ" for "TW"/);
    } finally { await en.stop(); }
  });

  it('severity settings turn a code off or up', async () => {
    s.settings = { diagnostics: { 'symbol-tu': 'off', 'symbol-dash': 'error' } };
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const { uri } = await s.open(DRAFT);
    for (let i = 0; ; i++) {
      const report = await s.request('textDocument/diagnostic', { textDocument: { uri } });
      const codes = report.items.map((d: any) => `${d.code}:${d.severity}`);
      if (!codes.includes('symbol-tu:2') && codes.includes('symbol-dash:1')) break;
      assert.ok(i < 200, `settings not applied: ${codes}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    s.settings = {};
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('a file written on disk outside the editor shows up in references without a restart', async () => {
    const file = path.join(folder, 'bai-viet', 'moi.txt');
    writeFileSync(file, 'Ngày đăng: 01/02/2023 08:00\nQuán triệt Quyết định số 290-QĐ/TW của Bộ Chính trị.\n');
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    const { uri, text } = await s.open(SEED_001);
    for (let i = 0; ; i++) {
      const refs: { uri: string }[] = await s.request('textDocument/references', { textDocument: { uri }, position: positionOf(text, '290-QĐ/TW'), context: { includeDeclaration: true } });
      if (refs.some((r) => r.uri === uriOf(file))) break;
      assert.ok(i < 500, 'new file never indexed');
      await new Promise((r) => setTimeout(r, 10));
    }
    rmSync(file);
    await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
    for (let i = 0; ; i++) {
      const refs: { uri: string }[] = await s.request('textDocument/references', { textDocument: { uri }, position: positionOf(text, '290-QĐ/TW'), context: { includeDeclaration: true } });
      if (!refs.some((r) => r.uri === uriOf(file))) break;
      assert.ok(i < 500, 'deleted file still referenced');
      await new Promise((r) => setTimeout(r, 10));
    }
  });
});

describe('semantic tokens over stdio', () => {
  it('colours the citations of a plain-text article', async () => {
    const folder = copyFixture('workspace');
    const s = await LspSession.start({ folder });
    try {
      const { uri, text } = await s.open(SEED_001);
      const res: { data: number[] } = await s.request('textDocument/semanticTokens/full', { textDocument: { uri } });
      const lines = text.split('\n');
      const got: string[] = [];
      let line = 0;
      let ch = 0;
      for (let i = 0; i < res.data.length; i += 5) {
        const [dl, dc, len, type] = res.data.slice(i, i + 5) as [number, number, number, number];
        line += dl;
        ch = dl ? dc : ch + dc;
        got.push(`${type}:${lines[line]!.slice(ch, ch + len)}`);
      }
      // keyword (1), macro (0), number (2), namespace (3), string (5) for the first citation of 43-CT/TW.
      assert.deepEqual(got.slice(0, 5), ['1:Chỉ thị', '0:43-CT/TW', '2:ngày 14/5/2015', '3:Ban Bí thư', '5:về tăng cường sự lãnh đạo của Đảng đối với công tác giải quyết hậu quả chất độc hóa học do Mỹ sử dụng trong chiến tranh ở Việt Nam']);
    } finally {
      await s.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('persistent index cache', () => {
  it('a stale or corrupt cache is detected and rebuilt', async () => {
    const folder = copyFixture('workspace');
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'vanban-cache-'));
    const refsOf290 = async (sess: LspSession) => {
      const { uri, text } = await sess.open(SEED_001);
      const refs: { uri: string }[] = await sess.request('textDocument/references', { textDocument: { uri }, position: positionOf(text, '290-QĐ/TW'), context: { includeDeclaration: true } });
      return refs.map((r) => path.relative(folder, new URL(r.uri).pathname)).sort();
    };
    // Sessions are stopped even when an assertion fails, or the test run would wait for them.
    const sessions: LspSession[] = [];
    const start = async () => { const sess = await LspSession.start({ folder, initializationOptions: { cacheDir } }); sessions.push(sess); return sess; };
    try {
      const first = await start();
      await first.ready();
      const expected = await refsOf290(first);
      await first.stop();
      // Stale: a file changed on disk while the server was down.
      writeFileSync(path.join(folder, 'bai-viet', '002_da88098bcd1f51d2.txt'), 'Ngày đăng: 02/02/2016 08:00\nThực hiện Quyết định 290-QĐ/TW của Bộ Chính trị.\n');
      const stale = await start();
      await stale.ready();
      assert.deepEqual(await refsOf290(stale), [...expected, 'bai-viet/002_da88098bcd1f51d2.txt'].sort());
      await stale.stop();
      // Changed without a trace: same size, same modification time (a tool restored it). The file
      // was indexed within two seconds of its last change, so the cache kept its hash and checks it.
      const sneaky = path.join(folder, 'bai-viet', 'lang-le.txt');
      const when = new Date(Math.floor(Date.now() / 1000) * 1000);
      writeFileSync(sneaky, 'Ngày đăng: 03/03/2016 08:00\nBàn về Quyết định 999-QĐ/TW của Bộ Chính trị.\n');
      utimesSync(sneaky, when, when);
      const racy = await start();
      await racy.ready();
      await racy.stop();
      writeFileSync(sneaky, 'Ngày đăng: 03/03/2016 08:00\nBàn về Quyết định 290-QĐ/TW của Bộ Chính trị.\n');
      utimesSync(sneaky, when, when);
      const hashed = await start();
      await hashed.ready();
      assert.deepEqual(await refsOf290(hashed), [...expected, 'bai-viet/002_da88098bcd1f51d2.txt', 'bai-viet/lang-le.txt'].sort());
      await hashed.stop();
      rmSync(sneaky);
      // Corrupt: garbage in both files; the server ignores them and indexes from disk.
      writeFileSync(path.join(cacheDir, 'index.bin'), 'garbage');
      writeFileSync(path.join(cacheDir, 'index.json'), '{"magic":"vanban-index-cache","format":1,"scanner":-1');
      const corrupt = await start();
      await corrupt.ready();
      assert.deepEqual(await refsOf290(corrupt), [...expected, 'bai-viet/002_da88098bcd1f51d2.txt'].sort());
      await corrupt.stop();
    } finally {
      await Promise.all(sessions.map((sess) => sess.stop()));
      rmSync(folder, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
