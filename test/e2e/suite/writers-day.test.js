// A writer's day in the real VS Code (issue 13): what a new user trips over while drafting a
// report, asked through VS Code's own commands on the fixture workspace (five articles, two drafts).
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const { EXTENSION_ID, fileUri, openFile, poll, positionOf, rangeOf, hoverText } = require('./helpers');

const SEED_001 = 'bai-viet/001_a2587cab5026f246.txt';
const DRAFT = 'du-thao/bao-cao-so-ket-2026.md';
const NEWS_DRAFT = 'du-thao/tin-hoi-nghi.txt';

const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);
const vanbanDiagnostics = (document) => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'vanban');

/** Appends a line to the end of an open document and returns the position after it. */
async function appendLine(editor, text) {
  const document = editor.document;
  const end = document.lineAt(document.lineCount - 1).range.end;
  await editor.edit((e) => e.insert(end, `\n${text}`));
  return document.lineAt(document.lineCount - 1).range.end;
}

describe('a writer\'s day (issue 13)', () => {
  afterEach(async () => {
    // Every test leaves the fixture files as they are on disk.
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.isDirty && !editor.document.isUntitled) {
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
  });

  it('a section heading typed in full is not offered again, and Enter in a Markdown draft is a new line', async () => {
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get('acceptSuggestionOnEnter'), 'off');
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '---\ntype: bao-cao\n---\nBÁO CÁO\nsơ kết 6 tháng\n\nI- ĐẶC ĐIỂM TÌNH HÌNH\n\nNội dung.\n\nII- KẾ',
    });
    const editor = await vscode.window.showTextDocument(document);
    try {
      // While the heading is being typed, the missing section's skeleton is offered…
      const partial = document.lineAt(document.lineCount - 1).range.end;
      await poll(() => vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, partial),
        (l) => l?.items.some((i) => labelOf(i) === 'II- KẾT QUẢ THỰC HIỆN'), 'the section offered while typed');
      // …but once it is written in full nothing is: no suggestion to take Enter.
      await editor.edit((e) => e.insert(partial, 'T QUẢ THỰC HIỆN'));
      const full = document.lineAt(document.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, full);
      assert.deepEqual(list.items.filter((i) => /^[IVX]+- /.test(labelOf(i))).map(labelOf), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('code lenses name their directive, count the other articles, and the click lists exactly those', async () => {
    const { document } = await openFile(DRAFT);
    const lenses = await poll(() => vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri, 20),
      (ls) => ls?.some((l) => l.command?.title.startsWith('290-QĐ/TW')), 'code lenses of the draft');
    const titles = lenses.map((l) => l.command.title);
    assert.ok(titles.includes('290-QĐ/TW: 1 bài viết khác trích dẫn'), titles.join(' | '));
    assert.ok(titles.includes('43-CT/TW: 1 bài viết khác trích dẫn'), titles.join(' | '));
    // Line 25 cites four directives: each lens says which one it counts.
    const line25 = lenses.filter((l) => l.range.start.line === 24).map((l) => l.command.title.split(':')[0]);
    assert.deepEqual(line25, ['21-CT/TU', '34-NQ/TW', '43-CT/TW']);
    const { client } = vscode.extensions.getExtension(EXTENSION_ID).exports;
    for (const l of lenses.filter((x) => x.command.command)) {
      assert.equal(l.command.command, 'vanban.showCitingArticles');
      const n = Number(/: (\d+) bài viết khác/.exec(l.command.title)[1]);
      const [uri, position] = l.command.arguments;
      const locations = await client.sendRequest('vanban/citingArticles', { uri, position });
      assert.equal(locations.length, n, `${l.command.title}: the click lists ${locations.length}`);
      assert.ok(locations.every((loc) => !loc.uri.includes('/du-thao/')), 'no draft among them');
    }
  });

  it('the hover reads as the user\'s text: facts and citing documents first, sources in Vietnamese, untitled documents by their title', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Ghi chú: Quyết định số 290-QĐ/TW của Bộ Chính trị.' });
    try {
      const { document } = await openFile(SEED_001);
      const at = positionOf(document, '290-QĐ/TW', 0, 2);
      const text = hoverText(await poll(() => vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, at),
        (hs) => /Untitled-\d+:1/.test(hoverText(hs)), 'a hover listing the untitled document'));
      assert.doesNotMatch(text, /\[untitled:/, 'no raw URI as a name');
      assert.match(text, /\*\*Nguồn:\*\* danh mục có sẵn của Vanban · \*\*Độ tin cậy:\*\* theo nguồn đã dẫn, chưa đối chiếu văn bản gốc/);
      assert.match(text, /\*\*Quan hệ:\*\* bị thay thế bởi 23-QĐ\/TW từ ngày 30\/7\/2021/);
      assert.doesNotMatch(text, /seed \d|domain\.md|as cited|believed/);
      const order = ['**Trạng thái**', '**Ngày ban hành:**', 'Được trích dẫn trong', '**Theo danh mục:**', '**Nguồn:**'].map((s) => text.indexOf(s));
      assert.deepEqual([...order].sort((a, b) => a - b), order, `in this order: ${text}`);
    } finally {
      await vscode.window.showTextDocument(untitled);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('the same wrong symbols in a second draft stay unknown in both drafts', async () => {
    const second = fileUri('du-thao/ke-hoach-thang-12.md');
    fs.writeFileSync(second.fsPath, 'Kế hoạch\n\nThực hiện Quyết định số 34-NQ/TW, Nghị quyết 51/NQ-TW, Quyết định 89-QD/TW và Chỉ thị 92CT/TW.\n');
    try {
      const unknown = (document) => vanbanDiagnostics(document).filter((d) => codeOf(d) === 'unknown-directive').map((d) => document.getText(d.range)).sort();
      const { document: draft } = await openFile(DRAFT);
      const { document: copy } = await openFile('du-thao/ke-hoach-thang-12.md');
      const expected = ['34-NQ/TW', '51/NQ-TW', '89-QD/TW', '92CT/TW'];
      await poll(() => unknown(copy), (u) => JSON.stringify(u) === JSON.stringify(expected), 'unknown in the second draft');
      // The first draft is checked again once the second is indexed: still unknown.
      await poll(() => vscode.commands.executeCommand('vscode.executeReferenceProvider', draft.uri, positionOf(draft, '34-NQ/TW', 0, 1)),
        (ls) => ls?.length === 2, 'both drafts cite 34-NQ/TW');
      await vscode.window.showTextDocument(draft);
      await poll(() => unknown(draft), (u) => JSON.stringify(u) === JSON.stringify(expected), 'still unknown in the first draft');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      fs.rmSync(second.fsPath, { force: true });
    }
  });

  it('an incomplete first mention names what it lacks, and its fix adds only that', async () => {
    const { document } = await openFile(DRAFT);
    const diagnostics = await poll(() => vanbanDiagnostics(document), (ds) => ds.some((d) => codeOf(d) === 'incomplete-first-mention'), 'incomplete first mentions');
    const nq25 = diagnostics.find((d) => codeOf(d) === 'incomplete-first-mention' && document.getText(d.range) === '25–NQ/TƯ');
    assert.equal(nq25.message, 'Lần đầu nhắc đến 25-NQ/TW nên trích dẫn đầy đủ; còn thiếu trích yếu');
    assert.ok(!diagnostics.some((d) => codeOf(d) === 'incomplete-first-mention' && d.range.start.line === 14), 'none on the report\'s own subject line');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, nq25.range);
    const fix = actions.find((a) => a.title === 'Bổ sung trích yếu của 25-NQ/TW theo danh mục');
    assert.ok(fix, actions.map((a) => a.title).join(', '));
    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText().length - before.length, ' về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới'.length);
    assert.match(document.getText(), /\(khóa XI\) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, các cấp ủy/);
  });

  it('"Thay bằng 23-QĐ/TW" says it rewrites the date too; the impossible date is reported once, with the catalog\'s fix', async () => {
    const { document } = await openFile(DRAFT);
    const diagnostics = await poll(() => vanbanDiagnostics(document), (ds) => ds.some((d) => codeOf(d) === 'superseded'), 'superseded');
    const superseded = diagnostics.find((d) => codeOf(d) === 'superseded');
    const titles = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, superseded.range)).map((a) => a.title);
    assert.ok(titles.includes('Thay bằng 23-QĐ/TW, sửa cả ngày thành 30/7/2021'), titles.join(', '));
    const atDate = diagnostics.filter((d) => document.getText(d.range) === 'ngày 31/02/2015');
    assert.deepEqual(atDate.map(codeOf), ['date-invalid']);
    const fixes = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, atDate[0].range)).map((a) => a.title);
    assert.ok(fixes.includes('Sửa theo danh mục: ngày 14/5/2015'), fixes.join(', '));
  });

  it('completion details are short, with one date style; the full-citation fix title is not a whole citation', async () => {
    const { editor } = await openFile(NEWS_DRAFT);
    const at = await appendLine(editor, 'Thực hiện Chỉ thị số 4');
    const list = await poll(() => vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, at),
      (l) => l?.items.some((i) => labelOf(i) === '43-CT/TW'), 'completion of 43-CT/TW');
    const item = list.items.find((i) => labelOf(i) === '43-CT/TW');
    assert.match(String(item.detail), /^14\/5\/2015 · \d+ lần trích dẫn$/);
    assert.ok(String(item.detail).length <= 30, `a detail that fits the widget: ${item.detail}`);
    const diagnostics = await poll(() => vanbanDiagnostics(editor.document), (ds) => ds.some((d) => codeOf(d) === 'incomplete-first-mention'), 'incomplete first mention');
    const d = diagnostics.find((x) => codeOf(x) === 'incomplete-first-mention' && editor.document.getText(x.range) === '217-QÐ/TW');
    const titles = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', editor.document.uri, d.range)).map((a) => a.title);
    assert.ok(titles.includes('Bổ sung ngày ban hành và cơ quan ban hành của 217-QĐ/TW theo danh mục (ngày 12/12/2013; Bộ Chính trị)'), titles.join(', '));
  });

  it('every report template reads right before any placeholder is filled', async () => {
    const editor = await vscode.commands.executeCommand('vanban.newReport', 'Báo cáo sơ kết, tổng kết n năm thực hiện văn bản');
    try {
      const title = editor.document.getText().split('\n').find((l) => l.includes('năm thực hiện'));
      assert.equal(title, 'sơ kết 5 năm thực hiện Nghị quyết số …-NQ/TW, ngày … của Bộ Chính trị về …');
      // Leaving the template at once (Escape) keeps it as it reads.
      await vscode.commands.executeCommand('leaveSnippet');
      assert.equal(editor.document.getText().split('\n').find((l) => l.includes('năm thực hiện')), title);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('Markdown drafts get snippet suggestions as the writer types, and "baocao" is a snippet prefix', async () => {
    const quick = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get('quickSuggestions');
    assert.equal(quick.other, 'on');
    const { editor } = await openFile(DRAFT);
    const at = await appendLine(editor, 'baocao');
    const list = await poll(() => vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, at),
      (l) => l?.items.some((i) => labelOf(i) === 'baocao'), 'the baocao snippet');
    assert.equal(list.items.find((i) => labelOf(i) === 'baocao').kind, vscode.CompletionItemKind.Snippet);
  });

  it('the outline tells sections from directives and shows a type word as written, with its conflict', async () => {
    const { document } = await openFile(DRAFT);
    const outline = await poll(() => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri),
      (ss) => ss?.some((s) => s.name.startsWith('BÁO CÁO')), 'the outline of the draft');
    const flat = [];
    const walk = (ss) => { for (const s of ss) { flat.push(s); walk(s.children ?? []); } };
    walk(outline);
    const section = flat.find((s) => s.name === 'II- KẾT QUẢ THỰC HIỆN');
    const directive = flat.find((s) => /34-NQ\/TW$/.test(s.name));
    assert.equal(directive.name, 'Quyết định (ký hiệu NQ là Nghị quyết) 34-NQ/TW');
    assert.notEqual(section.kind, directive.kind, 'two different icons');
    assert.equal(section.kind, vscode.SymbolKind.String);
    assert.equal(directive.kind, vscode.SymbolKind.File);
  });

  it('the export lists what it can describe and names the rest below the table', async () => {
    await openFile(DRAFT);
    const md = await vscode.commands.executeCommand('vanban.exportCitedList', { scope: 'document', format: 'markdown' });
    try {
      const text = md.getText();
      assert.doesNotMatch(text, /\| 34-NQ\/TW \|/, 'no row of empty cells');
      assert.match(text, /\n\*Chưa đưa vào danh mục \(chưa xác định được văn bản, cần kiểm tra lại\): 34-NQ\/TW, 51-NQ\/TW, 92-CT\/TW, 89-QĐ\/TW\.\*\n$/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('the Eth message gives the code points of the two look-alike letters', async () => {
    const { document } = await openFile(NEWS_DRAFT);
    const diagnostics = await poll(() => vanbanDiagnostics(document), (ds) => ds.some((d) => codeOf(d) === 'symbol-eth'), 'symbol-eth');
    assert.equal(diagnostics.find((d) => codeOf(d) === 'symbol-eth').message,
      'Số hiệu "217-QÐ/TW" dùng chữ "Ð" (U+00D0, chữ Eth của tiếng Iceland) thay cho chữ "Đ" (U+0110) của tiếng Việt; viết đúng: 217-QĐ/TW');
  });

  it('one date style everywhere: the tree and the picker write dates as the report rule does', async () => {
    const { client } = vscode.extensions.getExtension(EXTENSION_ID).exports;
    const tree = await poll(() => client.sendRequest('vanban/directives'), (t) => t.groups.length > 0, 'the tree');
    const dates = tree.groups.flatMap((g) => g.directives.map((d) => `${d.symbol} ${d.date ?? ''}`.trim()));
    assert.ok(dates.includes('23-QĐ/TW 30/7/2021') && dates.includes('290-QĐ/TW 25/02/2010') && dates.includes('43-CT/TW 14/5/2015'), dates.join(', '));
    const picks = await client.sendRequest('vanban/pickableDirectives');
    assert.match(picks.find((p) => p.symbol === '25-NQ/TW').full, /ngày 03\/6\/2013 /);
  });

  it('the settings of each check have a title for a writer and explain every severity', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const nls = JSON.parse(fs.readFileSync(vscode.Uri.joinPath(ext.extensionUri, 'package.nls.vi.json').fsPath, 'utf8'));
    const categories = ext.packageJSON.contributes.configuration;
    const setting = Object.assign({}, ...categories.map((c) => c.properties))['vanban.diagnostics.catalog-bad-date'];
    const text = (s) => nls[/^%(.+)%$/.exec(s)?.[1]] ?? s;
    assert.match(text(setting.markdownDescription), /^\*\*Tệp danh mục: ngày viết sai\.\*\* /);
    assert.deepEqual(setting.markdownEnumDescriptions.map(text).map((s) => s.split(':')[0]), ['Tắt', 'Gợi ý', 'Thông tin', 'Cảnh báo', 'Lỗi']);
    // The configuration VS Code resolved knows the setting (the manifest loaded as a whole).
    assert.equal(vscode.workspace.getConfiguration('vanban').inspect('diagnostics.catalog-bad-date').defaultValue, 'error');
  });
});
