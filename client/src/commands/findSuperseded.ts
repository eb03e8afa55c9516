/**
 * "Vanban: Find citations of superseded directives": every citation in the workspace of a
 * directive that was out of force on the date of the text citing it, in a quick pick; choosing
 * one opens it.
 */
import * as vscode from 'vscode';
import { SUPERSEDED_CITATIONS, type Server, type StaleCitation } from '../server';

/** The command id. */
export const FIND_SUPERSEDED = 'vanban.findSuperseded';

interface Item extends vscode.QuickPickItem {
  readonly citation: StaleCitation;
}

/** Lists the stale citations and returns them; `{ pick: false }` returns them without asking (tests, keybindings). */
export async function findSuperseded(server: Server, options: { pick?: boolean } = {}): Promise<StaleCitation[]> {
  const stale = await server.request(SUPERSEDED_CITATIONS);
  if (options.pick === false) return stale;
  if (stale.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No citation of a superseded directive in the workspace.'));
    return stale;
  }
  const items: Item[] = stale.map((c) => ({
    label: `$(warning) ${c.symbol}`,
    description: `${vscode.workspace.asRelativePath(vscode.Uri.parse(c.uri))}:${c.range.start.line + 1}`,
    detail: c.status,
    citation: c,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Citations of superseded directives ({0})', stale.length),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) {
    const { start, end } = picked.citation.range;
    await vscode.window.showTextDocument(vscode.Uri.parse(picked.citation.uri), {
      selection: new vscode.Range(start.line, start.character, end.line, end.character),
    });
  }
  return stale;
}
