// What a user meets in the editor, asked through VS Code's own commands (the same ones the editor
// UI uses), on the fixture workspace: five real articles (bai-viet/) and two drafts with typical
// mistakes (du-thao/). VS Code runs with display language Vietnamese.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');
const { fileUri, openFile, poll, positionOf, rangeOf, hoverText, relative } = require('./helpers');

const SEED_001 = 'bai-viet/001_a2587cab5026f246.txt';
const DRAFT = 'du-thao/bao-cao-so-ket-2026.md';
const NEWS_DRAFT = 'du-thao/tin-hoi-nghi.txt';

/** The code of a diagnostic (a string, or { value, target } when it links to documentation). */
function codeOf(d) {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

/** A diagnostic as a user reads it in the Problems panel: code and the text it underlines. */
function describeDiagnostic(document, d) {
  return `${codeOf(d)} ${document.getText(d.range)}`;
}

/** The diagnostics of a document, in text order, once they satisfy `accept`. */
async function diagnosticsOf(document, accept, message) {
  return poll(() => vscode.languages.getDiagnostics(document.uri)
    .filter((d) => d.source === 'vanban')
    .sort((a, b) => a.range.start.compareTo(b.range.start) || describeDiagnostic(document, a).localeCompare(describeDiagnostic(document, b))),
  accept, message);
}

/** Location or LocationLink → "file:line". */
function where(location) {
  const uri = location.targetUri ?? location.uri;
  const range = location.targetSelectionRange ?? location.targetRange ?? location.range;
  return `${relative(uri)}:${range.start.line + 1}`;
}

describe('editor features in the real VS Code', () => {
  it('VS Code runs with display language Vietnamese', () => {
    assert.equal(vscode.env.language, 'vi');
  });

  it('the report draft shows its mistakes as Vietnamese diagnostics with the right codes and ranges', async () => {
    const { document } = await openFile(DRAFT);
    // What the scanner sees, what the catalog knows (the draft is dated 20/11/2026: 290-QĐ/TW was
    // replaced by 23-QĐ/TW in 2021; four symbols are in no catalog; a draft's first mentions should
    // be full), and what the report checks expect.
    const expected = [
      'symbol-dash 25–NQ/TƯ', 'symbol-tu 25–NQ/TƯ', 'symbol-space 21- CT/TU', 'type-mismatch Quyết định',
      'date-invalid ngày 31/02/2015', 'symbol-party-as-state 51/NQ-TW', 'symbol-no-stroke 89-QD/TW', 'symbol-missing-hyphen 92CT/TW',
      // One finding for the impossible date (its fix takes the catalog's date).
      'superseded 290-QĐ/TW',
      'unknown-directive 34-NQ/TW', 'unknown-directive 51/NQ-TW', 'unknown-directive 89-QD/TW', 'unknown-directive 92CT/TW',
      // Not on the report's own subject line (23-QĐ/TW), nor on 21-CT/TU, whose sentence names its issuer.
      'incomplete-first-mention 25–NQ/TƯ', 'incomplete-first-mention 43-CT/TW',
      // A báo cáo sơ kết has a section IV between III and V; it is reported where it belongs.
      'report-missing-section III- ĐÁNH GIÁ CHUNG',
    ];
    const diagnostics = await diagnosticsOf(document, (ds) => ds.length >= expected.length, `${DRAFT} gets its diagnostics`);
    assert.deepEqual(diagnostics.map((d) => describeDiagnostic(document, d)).sort(), [...expected].sort());
    const superseded = diagnostics.find((d) => codeOf(d) === 'superseded');
    assert.deepEqual(superseded.tags, [vscode.DiagnosticTag.Deprecated]);
    for (const d of diagnostics) assert.match(d.message, /[ăâđêôơư]/u, `"${d.message}" is Vietnamese`);
    const tu = diagnostics.find((d) => describeDiagnostic(document, d) === 'symbol-tu 25–NQ/TƯ');
    assert.equal(tu.message, 'Số hiệu "25–NQ/TƯ" viết "TƯ" thay cho "TW"; viết đúng: 25-NQ/TW');
    assert.equal(tu.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('a plain-text draft is checked too: 217-QÐ/TW written with Eth', async () => {
    const { document } = await openFile(NEWS_DRAFT);
    const diagnostics = await diagnosticsOf(document, (ds) => ds.length >= 4, `${NEWS_DRAFT} gets its diagnostics`);
    // Dated 15/11/2026, it cites 217-QĐ/TW, replaced by 124-QĐ/TW in 2023 (the catalog believes so).
    assert.deepEqual(diagnostics.map((d) => describeDiagnostic(document, d)).sort(), [
      'incomplete-first-mention 217-QÐ/TW', 'incomplete-first-mention 43-CT/TW', 'superseded 217-QÐ/TW', 'symbol-eth 217-QÐ/TW',
    ]);
  });

  it('hovering 290-QĐ/TW in article 001 shows the directive: type, date, body, title, citing articles', async () => {
    const { document } = await openFile(SEED_001);
    const at = positionOf(document, '290-QĐ/TW', 0, 2);
    const text = hoverText(await poll(
      () => vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, at),
      (hs) => /Được trích dẫn trong/.test(hoverText(hs)), 'a hover for 290-QĐ/TW'));
    assert.match(text, /### Quyết định 290-QĐ\/TW/);
    assert.match(text, /\*\*Ngày ban hành:\*\* 25\/02\/2010/);
    assert.match(text, /\*\*Cơ quan ban hành:\*\* Bộ Chính trị/);
    assert.match(text, /quy chế công tác dân vận của hệ thống chính trị/i);
    // Article 001 and the report draft cite it.
    assert.match(text, /Được trích dẫn trong 1 bài viết và 1 bản thảo/);
  });

  it('go to definition from a draft lands on the fullest citation, in article 001', async () => {
    const { document } = await openFile(DRAFT);
    const at = positionOf(document, '43-CT/TW', 0, 1);
    const locations = await poll(
      () => vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, at),
      (ls) => ls?.length > 0, 'a definition for 43-CT/TW');
    assert.deepEqual(locations.map(where), [`${SEED_001}:4`]);
  });

  it('find all references lists every citation across articles and drafts', async () => {
    const { document } = await openFile(DRAFT);
    const at = positionOf(document, '43-CT/TW', 0, 1);
    const refs = await poll(
      () => vscode.commands.executeCommand('vscode.executeReferenceProvider', document.uri, at),
      (ls) => ls?.length >= 5, 'references of 43-CT/TW');
    const files = refs.map((l) => relative(l.uri)).sort();
    // Article 001 cites it three times (twice in full, once as "Chỉ thị 43"); each draft once.
    assert.deepEqual(files, [SEED_001, SEED_001, SEED_001, DRAFT, NEWS_DRAFT]);
  });

  it('code lenses name each directive and count the other articles citing it (drafts do not count)', async () => {
    const { document } = await openFile(SEED_001);
    const lenses = await poll(
      () => vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri, 10),
      (ls) => ls?.length >= 5, 'code lenses in article 001');
    // Article 001 is the only article citing these five; the drafts that cite them are not articles.
    assert.deepEqual(lenses.map((l) => `${l.range.start.line + 1}: ${l.command?.title}`), [
      '4: 43-CT/TW: chưa bài viết nào khác trích dẫn',
      '11: 290-QĐ/TW: chưa bài viết nào khác trích dẫn',
      '11: 292-TB/TW: chưa bài viết nào khác trích dẫn',
      '23: 217-QĐ/TW: chưa bài viết nào khác trích dẫn',
      '23: 218-QĐ/TW: chưa bài viết nào khác trích dẫn',
    ]);
    assert.ok(lenses.every((l) => l.command.command === ''), 'nothing to list: not clickable');
  });

  it('the command of a code lens (what a click runs) runs with its own arguments', async () => {
    const { document } = await openFile(DRAFT);
    const lenses = await poll(
      () => vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri, 10),
      (ls) => ls?.some((l) => l.command?.command === 'vanban.showCitingArticles'), 'a clickable code lens in the draft');
    lenses.splice(0, lenses.length, ...lenses.filter((l) => l.command.command));
    // It opens the references peek; closing it afterwards keeps the editor clean for later tests.
    await vscode.commands.executeCommand(lenses[0].command.command, ...(lenses[0].command.arguments ?? []));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('the outline of an article lists its directives with their citation counts', async () => {
    const { document } = await openFile(SEED_001);
    const symbols = await poll(
      () => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri),
      (ss) => ss?.length >= 5, 'document symbols of article 001');
    assert.deepEqual(symbols.map((s) => `${s.name} ${s.detail ?? ''}`.trim()), [
      'Chỉ thị 43-CT/TW ×3', 'Quyết định 290-QĐ/TW ×2', 'Thông báo kết luận 292-TB/TW ngày 18/9/2009 · Ban Bí thư', 'Quyết định 217-QĐ/TW', 'Quyết định 218-QĐ/TW',
    ]);
  });

  it('the outline of a report draft follows its sections, with the directives cited in each', async () => {
    const { document } = await openFile(DRAFT);
    const outline = await poll(
      () => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri),
      (ss) => ss?.some((s) => s.name.startsWith('BÁO CÁO')), 'the report outline of the draft');
    const report = outline.find((s) => s.name.startsWith('BÁO CÁO'));
    assert.deepEqual(report.children.map((s) => s.name), ['Quyết định 23-QĐ/TW', 'I- ĐẶC ĐIỂM TÌNH HÌNH', 'II- KẾT QUẢ THỰC HIỆN', 'III- ĐÁNH GIÁ CHUNG', 'V- ĐỀ XUẤT, KIẾN NGHỊ']);
    assert.deepEqual(report.children[1].children.map((s) => s.name), ['Quyết định 290-QĐ/TW', 'Nghị quyết 25-NQ/TW']);
  });

  it('workspace symbol search finds directives by number and by title words without diacritics', async () => {
    const byNumber = await poll(
      () => vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', '290'),
      (ss) => ss?.some((s) => s.name === 'Quyết định 290-QĐ/TW'), 'workspace symbol 290');
    assert.equal(byNumber[0].name, 'Quyết định 290-QĐ/TW');
    const byTitle = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'chat doc hoa hoc');
    assert.deepEqual(byTitle.map((s) => s.name).sort(), ['Chỉ thị 43-CT/TW', 'Thông báo kết luận 292-TB/TW']);
  });

  it('completion after "Quyết định số 29" in the 2026 draft offers 23-QĐ/TW first, then 290-QĐ/TW struck through', async () => {
    const { document, editor } = await openFile(DRAFT);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\nTiếp tục quán triệt Quyết định số 29'));
    const at = document.lineAt(document.lineCount - 1).range.end;
    const list = await poll(
      () => vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, at),
      (l) => l?.items.some((i) => labelOf(i) === '290-QĐ/TW'), 'completion of 290-QĐ/TW');
    const symbol = list.items.find((i) => labelOf(i) === '290-QĐ/TW');
    const full = list.items.find((i) => labelOf(i) === '290-QĐ/TW — trích dẫn đầy đủ');
    assert.ok(full, `a full-citation item among ${list.items.map(labelOf).join(', ')}`);
    assert.equal(String(symbol.detail), '25/02/2010 · hết hiệu lực');
    assert.deepEqual(symbol.tags, [vscode.CompletionItemTag.Deprecated]);
    assert.match(insertTextOf(full), /^290-QĐ\/TW, ngày 25\/02\/2010 của Bộ Chính trị/);
    // The successor comes first, though "29" is not how its symbol starts: VS Code sorts by sortText among equal matches.
    const successor = list.items.find((i) => labelOf(i) === '23-QĐ/TW');
    assert.ok(successor && successor.sortText < symbol.sortText, `23-QĐ/TW before 290-QĐ/TW among ${list.items.map(labelOf).join(', ')}`);
    assert.match(successor.filterText, /^290-QĐ\/TW /);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('completion offers the report snippets (bc-soket expands to a report skeleton)', async () => {
    const { document, editor } = await openFile(DRAFT);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\n\nbc-sok'));
    const at = document.lineAt(document.lineCount - 1).range.end;
    const list = await poll(
      () => vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, at),
      (l) => l?.items.some((i) => labelOf(i) === 'bc-soket'), 'the bc-soket snippet');
    const snippet = list.items.find((i) => labelOf(i) === 'bc-soket');
    assert.equal(snippet.kind, vscode.CompletionItemKind.Snippet);
    assert.match(insertTextOf(snippet), /BÁO CÁO/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the quick fix "Sửa thành 25-NQ/TW" rewrites the symbol and its diagnostics go away', async () => {
    const { document } = await openFile(DRAFT);
    const before = await diagnosticsOf(document, (ds) => ds.some((d) => describeDiagnostic(document, d) === 'symbol-tu 25–NQ/TƯ'), 'symbol-tu on 25–NQ/TƯ');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, rangeOf(document, '25–NQ/TƯ'));
    const fix = actions.find((a) => a.title === 'Sửa thành 25-NQ/TW');
    assert.ok(fix, `a quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(vscode.CodeActionKind.QuickFix.contains(fix.kind));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const line = document.lineAt(positionOf(document, 'Nghị quyết số 25').line).text;
    assert.match(line, /Nghị quyết số 25-NQ\/TW, ngày 03\/6\/2013/);
    const after = await diagnosticsOf(document, (ds) => !ds.some((d) => /^symbol-(dash|tu) /.test(describeDiagnostic(document, d))), 'symbol-dash and symbol-tu gone after the fix');
    assert.equal(after.length, before.length - 2, 'the other mistakes are still reported');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the quick fix of the missing section inserts "IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP" between III and V', async () => {
    const { document } = await openFile(DRAFT);
    const diagnostics = await diagnosticsOf(document, (ds) => ds.some((d) => codeOf(d) === 'report-missing-section'), 'report-missing-section');
    const missing = diagnostics.find((d) => codeOf(d) === 'report-missing-section');
    assert.equal(missing.message, 'Thiếu mục "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP" của báo cáo sơ kết');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, missing.range);
    const fix = actions.find((a) => /^Thêm mục "IV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP"/.test(a.title));
    assert.ok(fix, `a quick fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /III- ĐÁNH GIÁ CHUNG[\s\S]*\nIV- PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP\n[\s\S]*\nV- ĐỀ XUẤT, KIẾN NGHỊ/);
    await diagnosticsOf(document, (ds) => !ds.some((d) => codeOf(d) === 'report-missing-section'), 'report-missing-section gone after the fix');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('typing a new mistake in a draft updates its diagnostics, undoing it clears them', async () => {
    const { document, editor } = await openFile(NEWS_DRAFT);
    const describe = (ds) => ds.map((d) => describeDiagnostic(document, d)).sort();
    const initial = describe(await diagnosticsOf(document, (ds) => ds.some((d) => codeOf(d) === 'symbol-eth'), `${NEWS_DRAFT} has its diagnostics`));
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\nHội nghị cũng nhắc Chỉ thị số 05–CT/TW, ngày 30/02/2016.'));
    const typed = describe(await diagnosticsOf(document, (ds) => ds.some((d) => codeOf(d) === 'date-invalid'), 'the new mistakes are reported'));
    for (const d of ['symbol-dash 05–CT/TW', 'date-invalid ngày 30/02/2016', ...initial]) assert.ok(typed.includes(d), `${d} among ${typed.join(', ')}`);
    await vscode.commands.executeCommand('undo');
    await diagnosticsOf(document, (ds) => JSON.stringify(describe(ds)) === JSON.stringify(initial), 'back to the first diagnostics after undo');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('an article written to disk outside the editor shows up in references, and leaves when deleted', async () => {
    const { document } = await openFile(SEED_001);
    const at = positionOf(document, '290-QĐ/TW', 0, 1);
    const file = fileUri('bai-viet/moi-tu-ngoai.txt');
    const refsToNewFile = async () => (await vscode.commands.executeCommand('vscode.executeReferenceProvider', document.uri, at) ?? [])
      .filter((l) => l.uri.toString() === file.toString());
    fs.writeFileSync(file.fsPath, 'Ngày đăng: 01/02/2023 08:00\nQuán triệt Quyết định số 290-QĐ/TW của Bộ Chính trị.\n');
    const found = await poll(refsToNewFile, (ls) => ls.length === 1, 'the new file is indexed');
    assert.equal(found[0].range.start.line, 1);
    fs.rmSync(file.fsPath);
    await poll(refsToNewFile, (ls) => ls.length === 0, 'the deleted file is dropped');
  });
});

function labelOf(item) {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function insertTextOf(item) {
  const t = item.insertText ?? labelOf(item);
  return typeof t === 'string' ? t : t.value;
}
