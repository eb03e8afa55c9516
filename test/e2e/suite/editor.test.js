// The editor experience beyond requests: colouring (semantic tokens) of plain-text files, folding
// of report sections, settings taking effect live, and untitled documents.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { fileUri, openFile, poll, positionOf, semanticTokensOf } = require('./helpers');

const SEED_001 = 'bai-viet/001_a2587cab5026f246.txt';
const DRAFT = 'du-thao/bao-cao-so-ket-2026.md';

describe('editor experience', () => {
  it('a plain-text article is coloured: type word, symbol, date, issuing body, title', async () => {
    const { document } = await openFile(SEED_001);
    const tokens = await semanticTokensOf(document);
    const at = tokens.indexOf('Quyết định keyword');
    assert.ok(at >= 0, `a type-word token among ${tokens.slice(0, 12).join(' | ')}`);
    const first290 = tokens.indexOf('290-QĐ/TW macro');
    assert.ok(first290 > 0, '290-QĐ/TW is a Party symbol token, not struck through in a 2015 article');
    assert.deepEqual(tokens.slice(first290 - 1, first290 + 4), [
      'Quyết định keyword', '290-QĐ/TW macro', 'ngày 25/2/2010 number', 'Bộ Chính trị namespace',
      'Về ban hành quy chế công tác dân vận của hệ thống chính trị string',
    ]);
  });

  it('report sections fold', async () => {
    const { document } = await openFile(DRAFT);
    const ranges = await poll(() => vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', document.uri),
      (rs) => rs?.length > 0, 'folding ranges of the draft');
    const section1 = positionOf(document, 'I- ĐẶC ĐIỂM TÌNH HÌNH').line;
    assert.ok(ranges.some((r) => r.start === section1 && r.end > section1), `section I (line ${section1 + 1}) folds`);
  });

  it('severity settings take effect without a restart', async () => {
    const { document } = await openFile(DRAFT);
    const config = vscode.workspace.getConfiguration('vanban', document.uri);
    const codes = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'vanban')
      .map((d) => `${typeof d.code === 'object' ? d.code.value : d.code}:${vscode.DiagnosticSeverity[d.severity]}`);
    await poll(codes, (cs) => cs.includes('symbol-tu:Warning') && cs.includes('symbol-dash:Warning'), 'the default severities');
    try {
      await config.update('diagnostics.symbol-tu', 'off', vscode.ConfigurationTarget.Workspace);
      await config.update('diagnostics.symbol-dash', 'error', vscode.ConfigurationTarget.Workspace);
      await poll(codes, (cs) => !cs.some((c) => c.startsWith('symbol-tu:')) && cs.includes('symbol-dash:Error'), 'symbol-tu off and symbol-dash an error');
    } finally {
      await config.update('diagnostics.symbol-tu', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('diagnostics.symbol-dash', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await poll(codes, (cs) => cs.includes('symbol-tu:Warning') && cs.includes('symbol-dash:Warning'), 'back to the defaults');
  });

  it('an untitled document is checked as the user types', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Quán triệt Nghị quyết số 25–NQ/TƯ của Ban Chấp hành Trung ương.' });
    await vscode.window.showTextDocument(document);
    const diagnostics = await poll(() => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'vanban'),
      (ds) => ds.length >= 3, 'diagnostics of the untitled document');
    // An untitled document is a draft: its first mention should be a full citation too.
    assert.deepEqual(diagnostics.map((d) => `${d.code} ${document.getText(d.range)}`).sort(), ['incomplete-first-mention 25–NQ/TƯ', 'symbol-dash 25–NQ/TƯ', 'symbol-tu 25–NQ/TƯ']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
