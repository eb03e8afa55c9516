/**
 * "Vanban: New report from template": pick one of the whole-report snippets shipped in
 * `snippets/bao-cao.code-snippets` and open a new untitled report with it, inserted as a snippet so
 * its tab stops and choices work.
 */
import * as vscode from 'vscode';
import { parseTemplates, type Template } from '../templates';

/** The command id. */
export const NEW_REPORT = 'vanban.newReport';

/** The snippet file holding the whole-report templates. */
export const TEMPLATES_FILE = 'snippets/bao-cao.code-snippets';

/** Reads the templates shipped with the extension. */
export async function loadTemplates(extensionUri: vscode.Uri): Promise<Template[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, TEMPLATES_FILE));
  return parseTemplates(new TextDecoder('utf-8').decode(bytes));
}

/**
 * Runs the command. `name` (a template's name) skips the pick, for tests and keybindings.
 * Returns the new editor, or undefined when the user cancelled.
 */
export async function newReport(extensionUri: vscode.Uri, name?: string): Promise<vscode.TextEditor | undefined> {
  let templates: Template[];
  try {
    templates = await loadTemplates(extensionUri);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the report templates: {0}', (e as Error).message));
    return undefined;
  }
  const template = name !== undefined
    ? templates.find((t) => t.name === name)
    : (await vscode.window.showQuickPick(
      templates.map((t) => ({ label: t.name, description: t.prefixes.find((p) => /^[\x20-\x7e]+$/.test(p)) ?? '', detail: t.description, template: t })),
      { title: vscode.l10n.t('New report from template'), placeHolder: vscode.l10n.t('Choose a template'), matchOnDescription: true, matchOnDetail: true },
    ))?.template;
  if (!template) return undefined;
  const doc = await vscode.workspace.openTextDocument({ language: 'vanban', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(template.body), new vscode.Position(0, 0));
  return editor;
}
