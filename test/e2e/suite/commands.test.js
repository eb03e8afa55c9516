// Every command the extension contributes runs in the real VS Code and does what its title says.
// Commands that ask with quick picks take the answers as arguments (as keybindings may), so the
// tests need no UI automation.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { EXTENSION_ID, openFile, poll, positionOf } = require('./helpers');

const SEED_001 = 'bai-viet/001_a2587cab5026f246.txt';

/** Closes the active editor without saving (scratch and untitled documents included). */
async function closeWithoutSaving() {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** What each contributed command is checked with; the last test makes sure none is left out. */
const checks = {
  async 'vanban.newReport'() {
    const editor = await vscode.commands.executeCommand('vanban.newReport', 'Báo cáo sơ kết 6 tháng');
    assert.ok(editor, 'a new editor');
    const doc = editor.document;
    assert.equal(doc.isUntitled, true);
    assert.equal(doc.languageId, 'vanban');
    const text = doc.getText();
    assert.match(text, /^ĐẢNG BỘ TỈNH …\nBAN THƯỜNG VỤ TỈNH ỦY\n\*\nSố {4}-BC\/TU\n/);
    assert.match(text, /\nI- ĐẶC ĐIỂM TÌNH HÌNH\n[\s\S]*\nII- KẾT QUẢ THỰC HIỆN\n[\s\S]*\nIII- ĐÁNH GIÁ CHUNG\n/);
    await closeWithoutSaving();
  },

  async 'vanban.insertCitation'() {
    const { document, editor } = await openFile('du-thao/tin-hoi-nghi.txt');
    const api = vscode.extensions.getExtension(EXTENSION_ID).exports;
    const directives = await poll(() => api.client.sendRequest('vanban/pickableDirectives'),
      (ds) => ds.some((d) => d.symbol === '290-QĐ/TW'), 'the directives offered by the picker');
    const d290 = directives.find((d) => d.symbol === '290-QĐ/TW');
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const inserted = await vscode.commands.executeCommand('vanban.insertCitation', { id: d290.id, form: 'full' });
    assert.match(inserted, /^Quyết định số 290-QĐ\/TW, ngày 25\/02\/2010 của Bộ Chính trị về ban hành quy chế công tác dân vận của hệ thống chính trị/i);
    assert.ok(document.getText().endsWith(inserted), 'inserted at the cursor');
    const short = await vscode.commands.executeCommand('vanban.insertCitation', { id: d290.id, form: 'short' });
    assert.equal(short, 'Quyết định số 290-QĐ/TW');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  },

  async 'vanban.exportCitedList'() {
    await openFile(SEED_001);
    const md = await vscode.commands.executeCommand('vanban.exportCitedList', { scope: 'document', format: 'markdown' });
    assert.ok(md, 'a document with the list');
    assert.match(md.fileName, /\.md$/);
    assert.match(md.getText(), /\| *[^|\n]*290-QĐ\/TW[^|\n]* *\|/, 'a Markdown table row for 290-QĐ/TW');
    for (const symbol of ['43-CT/TW', '290-QĐ/TW', '292-TB/TW', '217-QĐ/TW', '218-QĐ/TW']) assert.ok(md.getText().includes(symbol), symbol);
    await closeWithoutSaving();
    await openFile(SEED_001);
    const csv = await vscode.commands.executeCommand('vanban.exportCitedList', { scope: 'workspace', format: 'csv' });
    assert.match(csv.fileName, /\.csv$/);
    const rows = csv.getText().trim().split(/\r?\n/);
    assert.ok(rows.length > 10, `a header and a row per directive cited in the workspace (${rows.length} lines)`);
    assert.ok(rows.some((r) => r.includes('290-QĐ/TW') && r.includes('25/02/2010')), 'the 290-QĐ/TW row with its date');
    await closeWithoutSaving();
  },

  async 'vanban.findSuperseded'() {
    // The report draft (dated 20/11/2026) cites 290-QĐ/TW, replaced by 23-QĐ/TW in 2021.
    const stale = await poll(() => vscode.commands.executeCommand('vanban.findSuperseded', { pick: false }),
      (cs) => cs.some((c) => c.symbol === '290-QĐ/TW'), 'the stale citations');
    assert.ok(stale.some((c) => c.symbol === '290-QĐ/TW' && c.uri.endsWith('bao-cao-so-ket-2026.md') && /23-QĐ\/TW/.test(c.status)), JSON.stringify(stale));
    assert.ok(!stale.some((c) => c.uri.includes('/bai-viet/001_')), 'the 2015 article is judged at its own date');
  },

  async 'vanban.refreshDirectives'() {
    await vscode.commands.executeCommand('vanban.refreshDirectives');
  },

  async 'vanban.restartServer'() {
    await vscode.commands.executeCommand('vanban.restartServer');
    const { document } = await openFile(SEED_001);
    const at = positionOf(document, '290-QĐ/TW', 0, 2);
    await poll(() => vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, at),
      (hs) => hs?.some((h) => h.contents.some((c) => /Được trích dẫn trong 1 bài viết và 1 bản thảo/.test(c.value ?? c))), 'hover after the restart');
  },
};

describe('commands', () => {
  const contributed = vscode.extensions.getExtension(EXTENSION_ID).packageJSON.contributes.commands.map((c) => c.command);

  it('every contributed command has a check here and a handler in the extension', async () => {
    assert.deepEqual(contributed.filter((c) => !(c in checks)), [], 'contributed commands without a check in commands.test.js');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), [], 'contributed commands without a handler');
  });

  for (const [command, check] of Object.entries(checks)) {
    it(`${command} runs`, check);
  }
});
