// With VS Code's display language English, what the extension shows is English.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { openFile, poll, positionOf, hoverText } = require('../suite/helpers');

describe('VS Code in English', () => {
  it('VS Code runs with display language English', () => {
    assert.match(vscode.env.language, /^en\b/);
  });

  it('diagnostics of the report draft are in English', async () => {
    const { document } = await openFile('du-thao/bao-cao-so-ket-2026.md');
    const diagnostics = await poll(() => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'vanban'),
      (ds) => ds.length >= 8, 'the draft gets its diagnostics');
    const tu = diagnostics.find((d) => (d.code?.value ?? d.code) === 'symbol-tu');
    assert.equal(tu.message, 'Symbol "25–NQ/TƯ" writes "TƯ" for "TW"; canonical form: 25-NQ/TW');
    // Quoted text comes from the document and report kinds keep their Vietnamese names (terms of
    // art); none of the Vietnamese message wording may remain.
    for (const d of diagnostics) {
      assert.doesNotMatch(d.message.replace(/"[^"]*"/g, ''), /Số hiệu|viết đúng|không|Tên loại|Thiếu mục|Ngày|Văn bản/u, `"${d.message}" is English`);
    }
  });

  it('the hover card of 290-QĐ/TW is in English', async () => {
    const { document } = await openFile('bai-viet/001_a2587cab5026f246.txt');
    const at = positionOf(document, '290-QĐ/TW', 0, 2);
    const text = hoverText(await poll(
      () => vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, at),
      (hs) => /Cited in/.test(hoverText(hs)), 'an English hover for 290-QĐ/TW'));
    assert.match(text, /\*\*Date:\*\* 25\/02\/2010/);
    assert.match(text, /\*\*Issued by:\*\* Bộ Chính trị/);
    assert.match(text, /Cited in 1 article and 1 draft/);
    // The relation's date is the replacement's, said so; the source reads as a user's text.
    assert.match(text, /\*\*Relations:\*\* replaced by 23-QĐ\/TW as of 30\/7\/2021/);
    assert.match(text, /\*\*Source:\*\* Vanban's built-in catalog · \*\*Confidence:\*\* from the source given/);
    assert.doesNotMatch(text, /seed \d|domain\.md/);
  });

  it('code lenses are in English', async () => {
    const { document } = await openFile('bai-viet/001_a2587cab5026f246.txt');
    const lenses = await poll(
      () => vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri, 10),
      (ls) => ls?.length >= 5, 'code lenses in article 001');
    assert.equal(lenses[0].command.title, '43-CT/TW: cited in no other article');
  });
});
