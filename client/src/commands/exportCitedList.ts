/**
 * "Vanban: Export the list of cited directives": pick the scope (this document or the workspace)
 * and the format (Markdown or CSV); the server builds the list and it opens in a new untitled
 * document (`danh-muc-van-ban.md` / `.csv`), which the server does not index.
 */
import * as vscode from 'vscode';
import type { ScratchDocuments } from '../scratch';
import { EXPORT_CITED_LIST, type ExportCitedListParams, type Server } from '../server';

/** The command id. */
export const EXPORT_CITED = 'vanban.exportCitedList';

/** What the command may be given instead of asking. */
export interface ExportOptions {
  readonly scope?: 'document' | 'workspace';
  readonly format?: 'markdown' | 'csv';
}

/**
 * Runs the command. Options skip the picks, for tests and keybindings. Returns the new document,
 * or undefined when the user cancelled or nothing could be exported.
 */
export async function exportCitedList(server: Server, scratch: ScratchDocuments, options: ExportOptions = {}): Promise<vscode.TextDocument | undefined> {
  const editor = vscode.window.activeTextEditor;
  const scope = options.scope ?? (await vscode.window.showQuickPick(
    [
      ...(editor ? [{ label: vscode.l10n.t('This document'), description: vscode.workspace.asRelativePath(editor.document.uri), scope: 'document' as const }] : []),
      { label: vscode.l10n.t('The whole workspace'), description: '', scope: 'workspace' as const },
    ],
    { title: vscode.l10n.t('Export the list of cited directives'), placeHolder: vscode.l10n.t('Which directives?') },
  ))?.scope;
  if (!scope) return undefined;
  if (scope === 'document' && !editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to export its cited directives.'));
    return undefined;
  }
  const format = options.format ?? (await vscode.window.showQuickPick(
    [
      { label: 'Markdown', description: vscode.l10n.t('A table to paste into a report'), format: 'markdown' as const },
      { label: 'CSV', description: vscode.l10n.t('For a spreadsheet'), format: 'csv' as const },
    ],
    { title: vscode.l10n.t('Export the list of cited directives'), placeHolder: vscode.l10n.t('Which format?') },
  ))?.format;
  if (!format) return undefined;
  const params: ExportCitedListParams = scope === 'document' && editor
    ? { scope, format, uri: editor.document.uri.toString(), text: editor.document.getText() }
    : { scope, format };
  let result;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Listing the cited directives…') },
      () => server.request(EXPORT_CITED_LIST, params),
    );
  } catch {
    void vscode.window.showWarningMessage(vscode.l10n.t('The Vanban language server is not running.'));
    return undefined;
  }
  if (result.directives === 0) {
    void vscode.window.showInformationMessage(scope === 'document'
      ? vscode.l10n.t('This document cites no directive.')
      : vscode.l10n.t('No directive is cited in this workspace yet.'));
    return undefined;
  }
  return scratch.open(vscode.l10n.t('cited-directives'), format === 'markdown' ? '.md' : '.csv', result.text);
}
