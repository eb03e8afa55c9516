// Helpers shared by the extension-host tests: locating fixture files, opening them, and polling
// VS Code until a result appears (the language server answers asynchronously, so tests wait for
// the state a user would eventually see instead of sleeping a fixed time).
const assert = require('node:assert/strict');
const vscode = require('vscode');

/** The extension under test (publisher.name from the repository's package.json). */
const EXTENSION_ID = 'vanban.vanban';

/** The URI of a file of the fixture workspace, given its path relative to the workspace root. */
function fileUri(relativePath) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Opens a fixture file in an editor, as a user clicking it in the Explorer would. */
async function openFile(relativePath) {
  const document = await vscode.workspace.openTextDocument(fileUri(relativePath));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

/**
 * Calls `probe` every 100 ms until `accept(result)` holds, then returns that result; after
 * `timeoutMs` fails with `message` and the last result seen.
 */
async function poll(probe, accept, message, timeoutMs = 20_000) {
  const t0 = Date.now();
  let last;
  for (;;) {
    last = await probe();
    if (accept(last)) return last;
    if (Date.now() - t0 > timeoutMs) {
      assert.fail(`${message} (waited ${timeoutMs} ms; last result: ${inspect(last)})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function inspect(value) {
  try { return JSON.stringify(value, null, 0)?.slice(0, 1500); } catch { return String(value); }
}

/** The position of the `occurrence`-th (0-based) appearance of `needle` in the document. */
function positionOf(document, needle, occurrence = 0, delta = 0) {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${occurrence + 1} times in ${document.uri.path}`);
  }
  return document.positionAt(at + delta);
}

/** The range of the `occurrence`-th appearance of `needle` in the document. */
function rangeOf(document, needle, occurrence = 0) {
  const start = positionOf(document, needle, occurrence);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + needle.length));
}

/** Plain text of hover contents (MarkdownString or MarkedString values), joined. */
function hoverText(hovers) {
  return (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** A workspace-relative path of a URI, for readable assertions. */
function relative(uri) {
  return vscode.workspace.asRelativePath(uri, false);
}

/** Decodes VS Code's semantic tokens into "text type[+modifiers]" strings, in text order. */
async function semanticTokensOf(document) {
  const legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await poll(() => vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', document.uri),
    (t) => t?.data?.length > 0, `semantic tokens of ${document.uri.path}`);
  const out = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dLine;
    char = dLine === 0 ? char + dChar : dChar;
    const modifiers = legend.tokenModifiers.filter((_, bit) => mods & (1 << bit));
    const text = document.getText(new vscode.Range(line, char, line, char + length));
    out.push(`${text} ${[legend.tokenTypes[type], ...modifiers].join('+')}`);
  }
  return out;
}

module.exports = { EXTENSION_ID, fileUri, openFile, poll, positionOf, rangeOf, hoverText, relative, semanticTokensOf };
