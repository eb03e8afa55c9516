// The extension is installed in the real VS Code and activates when a user opens an article or a
// draft of the workspace.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { EXTENSION_ID, openFile, poll } = require('./helpers');

describe('activation', () => {
  it('the extension is installed from the repository', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.equal(extension.packageJSON.displayName, 'Vanban — trích dẫn văn bản');
  });

  for (const file of ['bai-viet/001_a2587cab5026f246.txt', 'du-thao/bao-cao-so-ket-2026.md']) {
    it(`activates when ${file} is opened`, async () => {
      const { document } = await openFile(file);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString());
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      await poll(() => extension.isActive, (active) => active, `${EXTENSION_ID} becomes active`);
    });
  }
});
