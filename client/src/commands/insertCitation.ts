/**
 * "Vanban: Insert directive citation": a quick pick over every directive the workspace cites or the
 * catalog knows (those out of force last, marked; then the most cited first), searchable by number,
 * symbol, type word and title words with or without accents, then a choice between the full and the
 * short citation, inserted at the cursor(s).
 */
import * as vscode from 'vscode';
import { haystackOf, matchesQuery } from '../pickFilter';
import { PICKABLE_DIRECTIVES, type PickableDirective, type Server } from '../server';
import { articlesText, citationsText, isOutOfForce } from '../tree';

/** The command id. */
export const INSERT_CITATION = 'vanban.insertCitation';

interface DirectiveItem extends vscode.QuickPickItem {
  readonly directive: PickableDirective;
  readonly haystack: string;
}

/** Picks a directive; resolves undefined when the user cancels. */
function pickDirective(directives: readonly PickableDirective[]): Promise<PickableDirective | undefined> {
  const all: DirectiveItem[] = directives.map((d) => ({
    label: `${isOutOfForce(d) ? '$(warning) ' : ''}${d.typeWord ? `${d.typeWord} ` : ''}${d.symbol}`,
    description: [d.date, d.body, isOutOfForce(d) ? d.statusText : undefined].filter(Boolean).join(' · '),
    detail: [d.title, d.citations > 0 ? `${citationsText(d.citations)} · ${articlesText(d.documents)}` : vscode.l10n.t('from the catalog, not cited yet')].filter(Boolean).join(' — '),
    directive: d,
    haystack: haystackOf(d),
  }));
  const qp = vscode.window.createQuickPick<DirectiveItem>();
  qp.title = vscode.l10n.t('Insert directive citation');
  qp.placeholder = vscode.l10n.t('Type a number, a symbol or words of the title');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.items = all;
  // VS Code's filter compares accents; items matching without accents are kept visible too.
  qp.onDidChangeValue((q) => { qp.items = all.map((i) => ({ ...i, alwaysShow: q.trim() !== '' && matchesQuery(i.haystack, q) })); });
  return new Promise((resolve) => {
    let picked: PickableDirective | undefined;
    qp.onDidAccept(() => { picked = qp.selectedItems[0]?.directive; qp.hide(); });
    qp.onDidHide(() => { qp.dispose(); resolve(picked); });
    qp.show();
  });
}

/** A directive chosen beforehand (from the tree, a test or a keybinding), and optionally the form. */
export interface CitationChoice {
  readonly id: string;
  readonly form?: 'full' | 'short';
}

/**
 * Runs the command. `choice` skips the directive pick (and the form pick when it says the form).
 * Returns the inserted text, or undefined when nothing was inserted.
 */
export async function insertCitation(server: Server, choice?: CitationChoice): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to insert a citation into.'));
    return undefined;
  }
  let directives: PickableDirective[];
  try {
    directives = await server.request(PICKABLE_DIRECTIVES);
  } catch {
    void vscode.window.showWarningMessage(vscode.l10n.t('The Vanban language server is not running.'));
    return undefined;
  }
  if (directives.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No directive is cited in this workspace yet.'));
    return undefined;
  }
  const directive = choice ? directives.find((d) => d.id === choice.id) : await pickDirective(directives);
  if (!directive) return undefined;
  let text: string | undefined;
  if (choice?.form) {
    text = directive[choice.form];
  } else if (directive.full === directive.short) {
    text = directive.full;
  } else {
    text = (await vscode.window.showQuickPick(
      [
        { label: directive.full, description: vscode.l10n.t('Full citation'), text: directive.full },
        { label: directive.short, description: vscode.l10n.t('Short citation'), text: directive.short },
      ],
      { title: vscode.l10n.t('Insert directive citation'), placeHolder: vscode.l10n.t('Full or short citation?') },
    ))?.text;
  }
  if (text === undefined) return undefined;
  const inserted = text;
  const ok = await editor.edit((b) => { for (const s of editor.selections) b.replace(s, inserted); });
  return ok ? inserted : undefined;
}
